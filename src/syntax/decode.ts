// Greedy decoding, move first: at each step the best-scoring legal move (SHIFT, LEFT, RIGHT),
// then, for an arc, the best label seen in that direction in training.
import { State, SHIFT, LEFT, RIGHT, type Move } from './system.js';
import { RELATIVE } from '../lang/en/words.js';
import { extract, fnv, MAX_FEATURES, UD_TAGS, type Encoded } from './features.js';
import { argmax, type ParserScorer } from './model.js';

/** Best legal move in state `st` by the move scores `m` (SHIFT, LEFT, RIGHT). */
export function bestMove(st: State, m: Float32Array): Move {
  let best: Move = SHIFT, score = -Infinity;
  if (st.canShift()) score = m[SHIFT];
  if (st.canLeft() && m[LEFT] > score) { best = LEFT; score = m[LEFT]; }
  if (st.canRight() && (m[RIGHT] > score || score === -Infinity)) best = RIGHT;
  return best;
}

/** Scratch buffers reused across sentences (parsing allocates only the state). */
export class Decoder {
  readonly rows = new Int32Array(MAX_FEATURES);
  readonly m = new Float32Array(3);
  readonly ls: Float32Array;
  /** labels seen on left / right arcs in training (the others are never predicted) */
  readonly leftOk: Uint8Array;
  readonly rightOk: Uint8Array;
  constructor(readonly model: ParserScorer, leftOk: boolean[], rightOk: boolean[]) {
    this.ls = new Float32Array(model.L);
    this.leftOk = Uint8Array.from(leftOk, Number);
    this.rightOk = Uint8Array.from(rightOk, Number);
  }

  /** The label for arc move `move` in the state whose features are in `rows`. */
  label(nf: number, move: Move): number {
    const m = this.model, ok = move === LEFT ? this.leftOk : this.rightOk;
    if (m.label) return m.label(this.rows, nf, move as 1 | 2, ok, this.ls);
    m.labels(this.rows, nf, move as 1 | 2, this.ls);
    return argmax(this.ls, ok.length, ok);
  }

  /** the state of the last parse, reused for the next (parse's result is read before then) */
  private last: State | null = null;

  parse(e: Encoded): State {
    const st = (this.last = this.last ? this.last.reuse(e.n) : new State(e.n));
    const verb = soleVerb(e);
    while (!st.done) {
      // a move that is the only legal one needs no move scores (about one in seven): SHIFT while
      // ROOT is alone on the stack, RIGHT once the buffer is empty (which needs its label only)
      if (st.sp === 1) { st.apply(SHIFT, -1); continue; }
      if (st.b > st.n) { st.apply(RIGHT, this.label(extract(st, e, this.rows, true), RIGHT)); continue; }
      // nor where the sentence's one verb (below) leaves one: with ROOT and one word on the stack
      // RIGHT is illegal, so LEFT onto the verb when it comes next, SHIFT when it is that word
      if (st.sp === 2 && verb >= 0) {
        if (st.b === verb) { st.apply(LEFT, this.label(extract(st, e, this.rows, true), LEFT)); continue; }
        if (st.stack[1] === verb) { st.apply(SHIFT, -1); continue; }
      }
      const nf = extract(st, e, this.rows);
      this.model.moves(this.rows, nf, this.m);
      // a sentence's one verb heads it: the words before it are attached before it is shifted
      // onto ROOT, and it never becomes another word's dependent
      if (st.b === verb) this.m[SHIFT] = -Infinity;
      if (st.stack[st.sp - 1] === verb) this.m[LEFT] = -Infinity;
      const move = bestMove(st, this.m);
      st.apply(move, move === SHIFT ? -1 : this.label(nf, move));
    }
    return st;
  }
}

const VERB = UD_TAGS.indexOf('VERB') + 2, AUX = UD_TAGS.indexOf('AUX') + 2, PUNCT = UD_TAGS.indexOf('PUNCT') + 2;
const NOMINALS = new Set(['NOUN', 'PROPN', 'PRON'].map((t) => UD_TAGS.indexOf(t) + 2));

/**
 * The position of the verb that must head the sentence, else -1: the sentence's only verb (by
 * the tagger; no auxiliary either), not an -ing form or an infinitive with "to", after a nominal
 * that can be its subject and no relative word, in a sentence closed by punctuation. Web text has many titles and fragments
 * ("Revised Article 4.6", "Thanks to all who volunteered") where such a verb is a modifier; a
 * news sentence is a clause, and a parser trained on web text reads "troops shelled the town" as
 * a noun phrase with a reduced relative.
 */
export function soleVerb(e: Encoded): number {
  let at = -1;
  for (let i = 1; i <= e.n; i++) {
    if (e.t[i] === AUX) return -1;
    if (e.t[i] !== VERB) continue;
    if (at >= 0) return -1;
    at = i;
  }
  if (at < 0 || e.suf[at] === ING || e.w[at - 1] === TO) return -1;
  if (e.t[e.n] !== PUNCT && (e.n < 2 || e.t[e.n - 1] !== PUNCT)) return -1;
  let subject = false;
  for (let i = 1; i < at; i++) {
    if (RELATIVE_WORDS.has(e.w[i])) return -1;
    if (NOMINALS.has(e.t[i])) subject = true;
  }
  return subject ? at : -1;
}

// the relative pronouns, "that", and relative "where" / "when", as the features hash words
const RELATIVE_WORDS = new Set([...RELATIVE, 'that', 'where', 'when'].map(fnv));
const ING = fnv('ing'), TO = fnv('to');
