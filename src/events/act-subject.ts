// A verb whose subject is the noun of an act of force with no actor of its own: "The invasion of Ukraine has
// displaced millions", "the shelling of Kharkiv killed five civilians". The noun's object ("of
// Ukraine") is what the act was done to, never its doer; the doer is its possessor or a "by" agent
// ("the bombing of the hospital by Russian jets killed 12"), else there is none to find by scanning.
import type { Mention } from '../doc/types.js';
import type { Sentence } from './sentence.js';
import { actorsOfNode, caseOf, children, placed } from './tree.js';
import { FORCE_CODE } from './means.js';

/** The doer of the act-noun subject of the verb at v: its possessor or "by" agent, or null; undefined where the subject is no act's noun. */
export function actNounDoer(sx: Sentence, v: number): Mention[] | null | undefined {
  const p = sx.tree();
  if (!p) return undefined;
  const subj = children(sx, p, v, 'nsubj')[0];
  if (subj === undefined || subj > v || sx.coveringMention(subj) || !forceNoun(sx, subj)) return undefined;
  const own = children(sx, p, subj, 'nmod');
  const by = own.concat(own.flatMap((m) => children(sx, p, m, 'nmod'))).find((o) => caseOf(sx, p, o) === 'by');
  const agent = children(sx, p, subj, 'nmod:poss')[0] ?? by;
  const doer = agent === undefined ? [] : placed(sx, actorsOfNode(sx, p, agent), true);
  return doer.length ? doer : null;
}

/**
 * Is the noun at k an act of force ("invasion", "shelling", "attack")? Its "of" phrase is what it
 * struck. `oneWord`: by an entry of that word alone (not "military action").
 */
export function forceNoun(sx: Sentence, k: number, oneWord = false): boolean {
  const t = sx.toks[k], nouns = sx.cx.lex.nouns;
  return (nouns.get(t.lemma) ?? nouns.get(t.lower) ?? []).some((e) => (!oneWord || e.words.length === 1) && FORCE_CODE.test(e.code));
}
