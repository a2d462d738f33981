// The actors an object-control verb governs ("ordered the army to hunt down the kidnappers"): a
// bare force or body that a state's actor commands or urges is that state's ("Nigeria's president
// ordered the army": NGAMIL, was ---MIL; "the French president urged police to": FRACOP). Other
// bare ones stay as they are for the steps that follow.
import type { Mention } from '../doc/types.js';
import type { Sentence } from './sentence.js';
import { subjectOf } from './subjects.js';
import { contextCountry, hasCountry } from '../actors/context.js';
import { ADDRESS_VERBS, COMMAND_VERBS } from '../lang/en/words.js';

/** The controlled actors of the verb at v, each bare one its commander's where the verb commands. */
export function placedControlled(sx: Sentence, v: number, all: Mention[]): Mention[] {
  return all.map((m) => m.country !== '---' ? m : commanded(sx, v, m) ?? m);
}

/** A bare agent commanded or addressed by an actor of one state: that state's agent, or null. */
function commanded(sx: Sentence, v: number, m: Mention): Mention | null {
  const lemma = sx.toks[v].lemma;
  if (m.kind !== 'agent' || !m.sector || !(COMMAND_VERBS.has(lemma) || ADDRESS_VERBS.has(lemma))) return null;
  // a state urges other states' forces too ("the US urged the army to release Suu Kyi" in a story
  // about Myanmar): the country of the dateline or of the story comes first
  if (!COMMAND_VERBS.has(lemma)) {
    const c = contextCountry(sx.cx.doc, sx.cx.focus, sx.span.i, sx.cx.places);
    if (c) return { ...m, code: `${c.country}${m.sector}`, country: c.country, rule: `${m.rule}+${c.rule}`, evidence: c.evidence };
  }
  const states = new Set((subjectOf(sx, v) ?? []).filter((x) => hasCountry(x) && !/^(IGO|NGO)/.test(x.country)).map((x) => x.country));
  if (states.size !== 1) return null;
  const [country] = states;
  return { ...m, code: `${country}${m.sector}`, country, rule: `${m.rule}+commander:${country}`, evidence: `country of the actor that commands it ("${sx.toks[v].text}")` };
}
