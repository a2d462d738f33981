// Country from context for an agent whose phrase names none ("police", "the army", "the foreign
// minister"): after the place in its own clause (src/events/sentence.ts), the dateline, then the
// country the document is about. The document's lead is counted without the agent's own sentence,
// so the other actor of the same event never lends its country ("Foreign Minister Qureshi met his
// Chinese counterpart" is not China's minister). When nothing decides, the agent stands alone.
import type { Doc, Mention } from '../doc/types.js';
import type { Focus } from '../places/focus.js';

export interface ContextCountry { country: string; rule: string; evidence: string }

const cache = new WeakMap<Focus, Map<number, ContextCountry | null>>();

/** The dateline's country, else the document's leading country outside sentence `sentence`. */
export function contextCountry(doc: Doc, focus: Focus | null, sentence: number): ContextCountry | null {
  if (!focus) return null;
  let bySentence = cache.get(focus);
  if (!bySentence) { bySentence = new Map(); cache.set(focus, bySentence); }
  if (bySentence.has(sentence)) return bySentence.get(sentence)!;
  let res: ContextCountry | null = null;
  if (focus.dateline) res = { country: focus.dateline.country, rule: `dateline:${focus.dateline.country}`, evidence: `country from the dateline "${focus.dateline.text}"` };
  else {
    const lead = leadOutside(doc, sentence);
    if (lead) res = { country: lead, rule: `document:${lead}`, evidence: `country the document is about (${lead}, most mentioned outside this sentence)` };
  }
  bySentence.set(sentence, res);
  return res;
}

/** Countries mentioned outside one sentence, earlier ones weighing more; the clear leader or null. */
function leadOutside(doc: Doc, sentence: number): string | null {
  const scores = new Map<string, number>();
  for (const m of doc.mentions) {
    const s = doc.tokens[m.tokens[0]].sentence;
    if (s === sentence || !/^[A-Z]{3}$/.test(m.country) || m.country === '---' || m.country === 'IGO' || m.country === 'NGO') continue;
    scores.set(m.country, (scores.get(m.country) ?? 0) + 1 + 2 / (1 + s));
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  const total = ranked.reduce((a, b) => a + b[1], 0);
  return ranked[0][1] >= total / 2 && (ranked.length === 1 || ranked[0][1] > 1.5 * ranked[1][1]) ? ranked[0][0] : null;
}

/** The agent alone, as CAMEO allows when no country is known: "COP", "REB", "GOV". */
export function agentAlone(m: Mention): Mention {
  return { ...m, code: m.sector, country: '', rule: `${m.rule}+alone`, evidence: 'no country in the phrase, clause, dateline or document: the agent alone' };
}
