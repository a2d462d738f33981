// "Syria's foreign minister condemned the attack", "China criticised the probe", "the RSF denied
// the accusation": an act named again by a definite noun with no actor in its phrase is the act
// the story told before; its doer is the target of what is said of it.
import type { Mention, Token } from '../doc/types.js';
import type { Sentence } from './sentence.js';
import type { EventSink } from './emit.js';
import { children, treeObject } from './tree.js';
import { GENERIC_ACT_NOUNS } from '../lang/en/words.js';

/** How many sentences back the act may have been told. */
const REACH = 6;
/** What is said of an act, whose target is its doer: denial, praise, criticism, rejection. */
const SAID_OF = /^(016|05|11|12)/;
const DEFINITE = new Set(['the', 'this', 'these', 'that', 'those']);

/** The doers of the act the object of v names again, when `code` is said of an act; else none. */
export function actAntecedent(sx: Sentence, sink: EventSink, v: number, code: string, sources: Mention[]): Mention[] {
  if (!SAID_OF.test(code) || !sink.doers.length || !sx.canParse()) return [];
  // (the parse is asked for only if an event noun follows the verb)
  const { nouns } = sx.cx.lex;
  const actNoun = (t: Token) => nouns.has(t.lemma) || nouns.has(t.lower) || GENERIC_ACT_NOUNS.has(t.lemma);
  if (!sx.toks.slice(v + 1, sx.b).some(actNoun)) return [];
  const p = sx.tree();
  const obj = p ? treeObject(sx, p, v) : null;
  if (!p || !obj || obj.actors.length) return [];
  const noun = sx.toks[obj.node];
  const entries = sx.cx.lex.nouns.get(noun.lemma) ?? sx.cx.lex.nouns.get(noun.lower);
  const generic = !entries && GENERIC_ACT_NOUNS.has(noun.lemma);
  if ((!entries && !generic) || !children(sx, p, obj.node, 'det').some((d) => DEFINITE.has(sx.toks[d].lower))) return [];
  if (generic) return lastDoers(sx, sink, sources, 1, () => true, noun.lemma);
  const roots = new Set(entries!.map((e) => e.code.slice(0, 2)));
  // (a call and a demand are one act told in two words: "called on Kosovo to withdraw ... Kurti rejected the demand")
  if (roots.has('10') || roots.has('02')) roots.add('10').add('02');
  return lastDoers(sx, sink, sources, REACH, (root) => roots.has(root), noun.lemma);
}

/**
 * The doers of the latest act by someone else, `reach` sentences back at most, whose root fits:
 * all its doers ("U.S. and British warplanes"), those whose act has the noun's own word first
 * ("the strikes": "struck", not "fired missiles").
 */
function lastDoers(sx: Sentence, sink: EventSink, sources: Mention[], reach: number, fits: (root: string) => boolean, lemma: string): Mention[] {
  const mine = (m: Mention) => sources.some((s) => s.entity === m.entity || s.code === m.code);
  const near = sink.doers.filter((d) => d.sentence >= sx.span.i - reach && d.sentence <= sx.span.i && fits(d.root) && !mine(d.src));
  const same = near.filter((d) => sx.toks[tokenAtChar(sx, d.at)]?.lemma === lemma);
  const found = same.length ? same : near;
  const last = found.length ? found[found.length - 1].sentence : -1;
  const out: Mention[] = [];
  for (const d of found) if (d.sentence === last && !out.some((m) => m.code === d.src.code)) out.push(d.src);
  return out;
}

/** The document token that starts at character c (tokens are in order). */
function tokenAtChar(sx: Sentence, c: number): number {
  let lo = 0, hi = sx.toks.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (sx.toks[mid].start <= c) lo = mid; else hi = mid - 1; }
  return lo;
}
