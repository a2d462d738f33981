// A participle the parse takes for the main verb: "Protesters demanding the release of the leader
// clashed with police" is parsed with "demanding" as the root and "clashed" as a clause on
// "release", so the clash would lose its subject (and pass for what is demanded). A root that is
// a bare "-ing" form right after its subject, with exactly one finite past verb after it that has
// no subject of its own, is a participial modifier of that subject; the finite verb is the main one.
import type { Parse } from '../syntax/parser.js';
import type { Sentence } from './sentence.js';

type Tree = { head: (k: number) => number; rel: (k: number) => string; subjectOf: (k: number) => number | undefined };

/** The participial root whose subject the finite verb at v really has, when the parse misread it as the root; else -1. */
export function misreadRoot(sx: Sentence, p: Parse, v: number, t: Tree): number {
  const g = sx.groups.get(v);
  if (!g || !g.pastSimple || g.participle || sx.toks[v - 1]?.lower === 'to' || t.subjectOf(v) !== undefined) return -1;
  let r = v;
  for (let guard = 0; guard < 10 && t.rel(r) !== 'root'; guard++) r = t.head(r);
  const root = sx.groups.get(r);
  const subj = t.subjectOf(r);
  if (r >= v || t.rel(r) !== 'root' || !root?.participle || !sx.toks[r].lower.endsWith('ing') || subj === undefined || subj > r) return -1;
  // (two candidates, "leaders detained last week clashed", may hide a reduced relative: neither is taken)
  for (let k = r + 1; k < sx.b; k++) {
    const x = sx.groups.get(k);
    if (k !== v && x && x.pastSimple && !x.participle && sx.toks[k - 1]?.lower !== 'to' && t.subjectOf(k) === undefined) return -1;
  }
  return r;
}
