// "Israel said its jets struck ...", "the president said his country would ...": a possessive
// pronoun, once resolved, gives its country to the bare group it owns ("its jets" are Israel's),
// and "his country" is the country itself. Left bare, the group would be placed where it acts
// (its jets striking Gaza would become Gaza's).
import type { Doc, Mention } from '../doc/types.js';
import { POSSESSIVE_DETERMINERS, STATE_NOUNS } from '../lang/en/words.js';

/** Give owned bare groups the country of their resolved possessive pronoun; make "his country" a country mention. */
export function resolvePossessed(doc: Doc): Mention[] {
  const toks = doc.tokens;
  const byStart = new Map(doc.mentions.map((m) => [m.tokens[0], m]));
  const added: Mention[] = [];
  // (the state's own name where the document gives it: "Iraq", not "Iraq president")
  const stateName = (c: string, fallback: string) => doc.mentions.find((x) => x.kind === 'country' && x.code === c)?.name ?? fallback;
  for (const p of doc.mentions) {
    if (p.kind !== 'pronoun' || !POSSESSIVE_DETERMINERS.has(toks[p.tokens[0]].lower) || p.tokens[1] - p.tokens[0] !== 1) continue;
    if (!/^[A-Z]{3}$/.test(p.country) || 'group' in p) continue;
    const k = p.tokens[1];
    const m = byStart.get(k);
    if (m && m.kind === 'agent' && m.country === '---' && m.sector) {
      owned(m, p.country, stateName(p.country, p.name), p.evidence);
    } else if (!m && STATE_NOUNS.has(toks[k]?.lower ?? '') && toks[k].sentence === toks[p.tokens[0]].sentence) {
      // (a mention of its own after the pronoun, which stays as it is)
      added.push({ ...p, start: toks[k].start, end: toks[k].end, tokens: [k, k + 1], code: p.country, sector: '', entity: p.country, name: stateName(p.country, p.name), rule: `${p.rule}+state` });
    }
  }
  whoseGroups(doc, byStart, stateName);
  return added;
}

/**
 * "Eritrea, whose troops fought alongside Ethiopian forces": a bare group after "whose" belongs to
 * the actor the relative clause describes, right before it (past a comma).
 */
function whoseGroups(doc: Doc, byStart: Map<number, Mention>, stateName: (c: string, fallback: string) => string): void {
  const toks = doc.tokens;
  const byEnd = new Map(doc.mentions.map((m) => [m.tokens[1], m]));
  for (let k = 1; k + 1 < toks.length; k++) {
    if (toks[k].lower !== 'whose') continue;
    const owner = byEnd.get(toks[k - 1].text === ',' ? k - 1 : k);
    const m = byStart.get(k + 1);
    if (!owner || !m || !/^[A-Z]{3}$/.test(owner.country) || owner.country === '---' || m.kind !== 'agent' || m.country !== '---' || !m.sector) continue;
    owned(m, owner.country, stateName(owner.country, owner.name), `"whose": the group of ${owner.name}`);
  }
}

/** The bare group m as the owner's: the owner's country, named after the state. */
function owned(m: Mention, country: string, state: string, evidence: string | undefined): void {
  Object.assign(m, { code: `${country}${m.sector}`, country, entity: `${country}${m.sector}`, name: `${state} ${m.name}`, rule: `${m.rule}+possessor`, evidence });
}
