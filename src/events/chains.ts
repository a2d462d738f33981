// Chains of verbs: "plans to send", "may be prepared to deploy", "urged Iran to halt". The first
// verb heads the chain; frames along it (frames.yaml) say what the chain means for the act.
import type { Mention } from '../doc/types.js';
import type { Frame, Lexicon } from '../dictionaries/lexicon.js';
import { beFrames, type VerbGroup } from './verb-groups.js';
import type { Sentence } from './sentence.js';
import { GERUND_ASPECT_VERBS, OBJECT_CONTROL_VERBS, PARTICLES, TO_INFINITIVE_COMMANDS } from '../lang/en/words.js';
import { headOf, objectPurposeOf, relOf } from './tree.js';
import { isInstrument } from './instruments.js';
import { placedControlled } from './controlled.js';

export interface Link { g: VerbGroup; frames: Frame[] }
export interface Chain { links: Link[]; controlled: Mention[] | null }


/** The frames a verb group opens: "promise", "threaten", "be ready", "call on". */
export function framesFor(sx: Sentence, lex: Lexicon, g: VerbGroup): Frame[] {
  const { toks } = sx;
  const t = toks[g.head];
  const next = toks[g.head + 1];
  const out: Frame[] = [];
  for (const key of [t.lemma, t.lower]) for (const f of lex.frames.get(key) ?? []) {
    if (out.includes(f)) continue;
    if (f.verbs.some((w) => w[0] === key && w.length === 1 && f.kind !== 'report')) out.push(f);
    if (f.verbs.some((w) => w[0] === key && w.length === 2 && (next?.lower === w[1] || next?.lemma === w[1]))) out.push(f);
  }
  // "be ready/prepared/willing/expected to"
  if (g.aux.includes('be')) out.push(...beFrames(lex, t));
  return out;
}

/**
 * Is the verb at j a purpose of the link's verb, not its object's act: the parse makes it an
 * adverbial clause of a verb that opens no frame, or hangs it on the verb's actor object after a
 * verb whose object does not act ("summoned the ambassador to protest": the one who summoned
 * protests; "urged Iran to halt", "sent troops to help" stay the object's).
 */
function purpose(sx: Sentence, l: Link, j: number): boolean {
  if (l.frames.length || OBJECT_CONTROL_VERBS.has(sx.toks[l.g.head].lemma) || !sx.canParse()) return false;
  const p = sx.tree();
  if (!p) return false;
  return (relOf(sx, p, j) === 'advcl' && headOf(sx, p, j) === l.g.head) || objectPurposeOf(sx, p, j) === l.g.head;
}

/** Follow complements from the verb at v: "to VERB", a gerund after "resume" or "begin", or an object then "to VERB" (object control). */
export function buildChain(sx: Sentence, lex: Lexicon, v: number): Chain {
  const { toks, b, groups } = sx;
  const links: Link[] = [];
  let controlled: Mention[] | null = null;
  let cur = v;
  for (let guard = 0; guard < 6; guard++) {
    const g = groups.get(cur)!;
    links.push({ g, frames: framesFor(sx, lex, g) });
    let k = g.head + 1;
    // a particle or a frame's second word ("call on", "lash out")
    while (k < b && toks[k].pos === 'ADP' && PARTICLES.has(toks[k].lower) && toks[k + 1]?.lower !== 'to') k++;
    let next = -1;
    if ((toks[k]?.lower === 'to' && toks[k].pos === 'PART') || (toks[k]?.lower === 'to' && groups.has(k + 1))) {
      let j = k + 1;
      while (j < b && toks[j].pos === 'ADV') j++;
      if (groups.has(j)) next = j;
    } else if (GERUND_ASPECT_VERBS.has(g.lemma) && groups.has(k) && toks[k].lower.endsWith('ing')) {
      // "will resume shelling": the gerund is the act resumed
      next = k;
    } else if (sx.mentionAt(k) || (toks[k]?.lower === 'the' && sx.mentionAt(k + 1))) {
      // object control: "urged Iran to", "spurred former President Donald Trump to"
      const m = sx.mentionAt(k) ?? sx.mentionAt(k + 1)!;
      const all = sx.coordinated(m, b);
      // ("ordered police in Nairobi to release": where the object is does not end it)
      const after = pastPlace(sx, all[all.length - 1].tokens[1]);
      if (toks[after]?.lower === 'to') {
        let j = after + 1;
        while (j < b && toks[j].pos === 'ADV') j++;
        // ("used drones to attack Odesa": a weapon does not act; the user does)
        if (groups.has(j) && !purpose(sx, links[links.length - 1], j)) { next = j; controlled = all.every((x) => isInstrument(sx, x)) ? null : placedControlled(sx, g.head, all); }
      }
    }
    if (next < 0) break;
    sx.consumed.add(next);
    cur = next;
  }
  // a verb of speech that also commands ("told reporters that ...", "told parliament he would
  // resign") commands only with an infinitive complement: "told police to release"
  const last = links[links.length - 1];
  if (TO_INFINITIVE_COMMANDS.has(last.g.lemma)) last.frames = last.frames.filter((f) => f.kind !== 'demand');
  return { links, controlled };
}


/** The token after "in|from|of [the] PLACE" at k, or k: "police in Nairobi". */
function pastPlace(sx: Sentence, k: number): number {
  if (!/^(in|from|of)$/.test(sx.toks[k]?.lower ?? '')) return k;
  const at = sx.toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const p = sx.places.find((x) => x.tokens[0] === at);
  return p ? p.tokens[1] : k;
}
