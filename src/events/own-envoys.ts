// "Algeria recalled its ambassador": a state recalls its own envoy, so the envoy, the state's own,
// is no party to the act; the act reduces relations with the state the envoy was sent to, named
// elsewhere in the sentence ("after Israel's strikes") or in the sentences before it. Where no
// other state is named, no event is coded rather than a state acting on itself.
import type { Mention } from '../doc/types.js';
import type { Sentence } from './sentence.js';

const NOT_STATES = /^(IGO|NGO|IMG|MNC|---)$/;
// how many sentences back the state the envoy was sent to is looked for
const BACK = 3;
const stateOf = (m: Mention) => /^[A-Z]{3}$/.test(m.country) && !NOT_STATES.test(m.country) ? m.country : null;

/**
 * The targets without the sources themselves (notSourceAgain); for a recall or break of diplomatic relations (161), a target of the source's own
 * state gives way to the other state named, or null: no event.
 */
export function targetsNotSelf(sx: Sentence, code: string, sources: Mention[], targets: Mention[]): Mention[] | null {
  const kept = notSourceAgain(code.slice(0, 2), sources, targets);
  if (code !== '161') return kept;
  const own = new Set(sources.map(stateOf).filter((c) => c !== null));
  const others = kept.filter((t) => !own.has(t.country));
  if (others.length || own.size === 0) return others.length ? others : kept;
  // ("Chile and Colombia recalled their ambassadors": an envoy named by a pronoun is no target either)
  const other = otherState(sx, own, sources[0]);
  return other ? [sx.countryOnly(other)] : targets.length ? null : kept;
}

/** The state other than `own` named nearest the source in the sentence, else the nearest named in the few sentences before it. */
function otherState(sx: Sentence, own: Set<string>, source: Mention): Mention | null {
  const named = (m: Mention) => m.kind !== 'pronoun' && stateOf(m) !== null && !own.has(m.country);
  const far = (m: Mention) => Math.abs(m.tokens[0] - source.tokens[0]);
  const here = sx.mentions.filter(named).sort((x, y) => far(x) - far(y))[0];
  if (here) return here;
  const first = sx.toks[sx.a].sentence - BACK;
  const before = sx.cx.doc.mentions.filter((m) => m.tokens[1] <= sx.a && sx.toks[m.tokens[0]].sentence >= first && named(m));
  return before.length ? before[before.length - 1] : null;
}

/**
 * Targets that are the source again: the same actor ("the Sovereign State of Biafra" placed in
 * Nigeria), and, for words said against a party (11-13), the source's own group named by its
 * possessive pronoun, the victim the words are about ("vowed revenge for the killing of its
 * commander", "condemned the attack on its convoy"), not their target.
 */
export function notSourceAgain(root: string, sources: Mention[], targets: Mention[]): Mention[] {
  const words = root === '11' || root === '12' || root === '13';
  return targets.filter((t) => !sources.some((x) => x === t || x.entity === t.entity ||
    (x.code === t.code && !t.entity.startsWith('country:') && !t.modifier && !x.modifier) ||
    (words && t.rule.endsWith('+possessor') && t.country === x.country)));
}
