// Matching PETRARCH-style patterns (`style: petrarch` entries): words before and after the verb,
// exact word forms, any words between unjoined tokens, and actor slots for the source ($), the
// target (+) and a compound actor (%).
import type { Mention } from '../doc/types.js';
import type { SlotPattern, SlotToken, VerbEntry } from '../dictionaries/lexicon.js';
import type { PatternMatch, SlotContext } from './patterns.js';

// how far apart two unjoined pattern words may be; PETRARCH bounds this by the verb phrase
const GAP = 12;

interface State { literal: number; slots: number; target: Mention[]; source: Mention[]; compound: Mention[] | null; consumed: number[] }
const fresh = (): State => ({ literal: 0, slots: 0, target: [], source: [], compound: null, consumed: [] });

/** The best pattern of a `style: petrarch` entry for the verb at `head` whose words end before `from`. */
export function matchSlots(entry: VerbEntry, head: number, from: number, ctx: SlotContext): PatternMatch | null {
  if (!entry.patterns) return { entry, literal: 0, end: from, target: [], consumed: new Set() };
  let best: (State & { end: number }) | null = null;
  for (const p of entry.patterns) {
    const slot = p.slot;
    if (!slot || !slot.needs.every((alts) => alts.some(ctx.has))) continue;
    const after = forward(slot.after, 0, from, ctx, fresh());
    if (!after) continue;
    const both = backward(slot, slot.before.length - 1, head - 1, ctx, after);
    if (both && (!best || both.literal * 4 + both.slots > best.literal * 4 + best.slots)) best = { ...both, end: after.end };
  }
  if (!best) return null;
  const m: PatternMatch = { entry, literal: best.literal, end: best.end, target: best.target, consumed: new Set(best.consumed) };
  if (best.source.length) m.source = best.source;
  if (best.compound) { m.source = best.compound; m.mutual = true; }
  return m;
}

/** Pattern tokens after the verb, left to right from token k. */
function forward(toks: SlotToken[], i: number, k: number, ctx: SlotContext, st: State): (State & { end: number }) | null {
  if (i === toks.length) return { ...st, end: k };
  const tok = toks[i];
  // a joined token ("~_out") starts right at k; any other may have words before it
  const stop = tok.joined ? k : Math.min(ctx.end - 1, k + GAP);
  for (let q = k; q <= stop; q++) {
    if (tok.kind === 'words') {
      for (const seq of tok.seqs) {
        if (!seqAt(ctx, q, seq)) continue;
        const used = seq.map((_, j) => q + j);
        const r = forward(toks, i + 1, q + seq.length, ctx, { ...st, literal: st.literal + 1, consumed: [...st.consumed, ...used] });
        if (r) return r;
      }
    } else if (tok.kind === 'skip') {
      const r = forward(toks, i + 1, q + 1, ctx, st);
      if (r) return r;
    } else {
      const m = ctx.mentionAt(q) ?? (tok.kind === 'target' && (i === 0 || toks[i - 1].kind === 'words') ? placeAfterWord(ctx, k, q) : null);
      if (!m) continue;
      const group = ctx.coordinated(m, ctx.end);
      if (tok.kind === 'compound' && group.length < 2) continue;
      const next = { ...st, slots: st.slots + 1 };
      if (tok.kind === 'source') next.source = group; else next.target = group;
      const r = forward(toks, i + 1, group[group.length - 1].tokens[1], ctx, next);
      if (r) return r;
    }
  }
  return null;
}

/** Pattern tokens before the verb, matched right to left from token k. */
function backward(p: SlotPattern, i: number, k: number, ctx: SlotContext, st: State & { end: number }): (State & { end: number }) | null {
  if (i < 0) return st;
  const tok = p.before[i];
  const joined = i === p.before.length - 1 ? p.verbJoined : p.before[i + 1].joined;
  const stop = joined ? k : Math.max(ctx.start, k - GAP);
  for (let q = k; q >= stop && q >= ctx.start; q--) {
    if (tok.kind === 'words') {
      for (const seq of tok.seqs) {
        const s = q - seq.length + 1;
        if (s < ctx.start || !seqAt(ctx, s, seq)) continue;
        const used = seq.map((_, j) => s + j);
        const r = backward(p, i - 1, s - 1, ctx, { ...st, literal: st.literal + 1, consumed: [...st.consumed, ...used] });
        if (r) return r;
      }
    } else if (tok.kind === 'skip') {
      const r = backward(p, i - 1, q - 1, ctx, st);
      if (r) return r;
    } else {
      const group = ctx.groupEndingAt(q);
      if (!group) continue;
      if (tok.kind === 'compound' && group.length < 2) continue;
      const next = { ...st, slots: st.slots + 1 };
      if (tok.kind === 'source') next.source = group;
      else if (tok.kind === 'compound') next.compound = group;
      else next.target = group;
      const r = backward(p, i - 1, group[0].tokens[0] - 1, ctx, next);
      if (r) return r;
    }
  }
  return null;
}

// words that may stand between a pattern's preposition and its place: "from the southern city of Kherson"
const PLACE_PHRASE = /^(DET|ADJ|NOUN|PROPN)$/;

/** A place right after the verb or a pattern word, within its noun phrase: the pattern says it stands for its state. */
function placeAfterWord(ctx: SlotContext, k: number, q: number): Mention | null {
  if (!ctx.placeAt || q - k > 4) return null;
  for (let j = k; j < q; j++) if (!PLACE_PHRASE.test(ctx.toks[j].pos) && ctx.toks[j].lower !== 'of') return null;
  return ctx.placeAt(q);
}

function seqAt(ctx: SlotContext, q: number, seq: string[]): boolean {
  if (q + seq.length > ctx.end) return false;
  for (let j = 0; j < seq.length; j++) if (ctx.toks[q + j].lower !== seq[j]) return false;
  return true;
}
