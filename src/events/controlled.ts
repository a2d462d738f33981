// The actors an object-control verb governs ("ordered the army to hunt down the kidnappers"): a
// bare force or body that a state's actor commands or urges is that state's ("Nigeria's president
// ordered the army": NGAMIL, was ---MIL; "the French president urged police to": FRACOP). Other
// bare ones stay as they are for the steps that follow.
import type { Mention } from '../doc/types.js';
import type { Sentence } from './sentence.js';
import { subjectOf } from './subjects.js';
import { hasCountry } from '../actors/context.js';
import { ADDRESS_VERBS, COMMAND_VERBS } from '../lang/en/words.js';

/** The controlled actors of the verb at v, each bare one its commander's where the verb commands. */
export function placedControlled(sx: Sentence, v: number, all: Mention[]): Mention[] {
  return all.map((m) => m.country !== '---' ? m : commanded(sx, v, m) ?? m);
}

/** A bare agent commanded or addressed by an actor of one state: that state's agent, or null. */
function commanded(sx: Sentence, v: number, m: Mention): Mention | null {
  if (m.kind !== 'agent' || !m.sector || !(COMMAND_VERBS.has(sx.toks[v].lemma) || ADDRESS_VERBS.has(sx.toks[v].lemma))) return null;
  const states = new Set((subjectOf(sx, v) ?? []).filter((x) => hasCountry(x) && !/^(IGO|NGO)/.test(x.country)).map((x) => x.country));
  if (states.size !== 1) return null;
  const [country] = states;
  return { ...m, code: `${country}${m.sector}`, country, rule: `${m.rule}+commander:${country}`, evidence: `country of the actor that commands it ("${sx.toks[v].text}")` };
}
