// Building Event records: codes, scores and PLOVER category from the CAMEO table, a stable id,
// and one event per act, source and target however many words name them.
import type { Actor, Attribution, Doc, Event, Mention, Modality, PlaceRef, Quantity, TimeRef } from '../doc/types.js';
import type { Lexicon } from '../dictionaries/lexicon.js';
import { note } from './explain.js';
import { coupCode } from './coup.js';

// sectors of the public whose travel is no visit (042, 043)
const TRAVELLERS = new Set(['CVL', 'REF']);

export interface Emit {
  sentence: number; span: [number, number]; trigger: Event['trigger']; src: Mention; tgt: Mention | null;
  code: string; modality: Modality; attribution: Attribution | null; when: TimeRef | null; where: PlaceRef | null;
  quantity: Quantity | null; rule: string; confidence: number;
}

export class EventSink {
  readonly events: Event[] = [];
  /** the source each kept event had, as a mention (act-antecedent.ts reads who did an act named again later) */
  readonly doers: { sentence: number; root: string; src: Mention; at: number }[] = [];
  // keys of the events kept, so a repeat is found in constant time (a scan made long documents quadratic)
  private readonly ids = new Set<string>();
  private readonly acts = new Set<string>();
  constructor(private readonly doc: Doc, private readonly lex: Lexicon) {}

  /** Build one Event record and keep it unless it repeats one already made. */
  emit(x: Emit): void {
    if (x.src.country === '---') return note(this.doc, x.sentence, 'dropped', 'events.unknown-country', `${x.rule}: the source "${this.doc.text.slice(x.src.start, x.src.end)}" has no known country`);
    // (no event carries an actor with no code; a target that lost its code is dropped with a note)
    if (!x.src.code) return note(this.doc, x.sentence, 'dropped', 'events.empty-code', `${x.rule}: the source "${this.doc.text.slice(x.src.start, x.src.end)}" has no code`);
    if (x.tgt && !x.tgt.code) {
      note(this.doc, x.sentence, 'dropped', 'events.empty-code', `${x.rule}: the target "${this.doc.text.slice(x.tgt.start, x.tgt.end)}" has no code; coded with none`);
      x = { ...x, tgt: null };
    }
    // (a visit is a political actor's: "migrants travelling to Lampedusa", "refugees heading to the border" visit no one)
    if (/^04[23]/.test(x.code) && TRAVELLERS.has(x.src.sector)) return note(this.doc, x.sentence, 'dropped', 'events.travellers', `${x.rule}: "${this.doc.text.slice(x.src.start, x.src.end)}" travel; members of the public make no visit`);
    x = { ...x, code: coupCode(x.code, x.src, x.tgt) };
    const cam = this.lex.cameo.get(x.code)!;
    const ev: Event = {
      id: '', doc: this.doc.id, sentence: x.sentence, span: x.span, trigger: x.trigger,
      source: this.actor(x.src), target: x.tgt ? this.actor(x.tgt) : null,
      cameo: x.code, root: cam.root, quad: cam.quad, goldstein: cam.goldstein, label: cam.label,
      plover: { event: cam.plover, ...(cam.mode ? { mode: cam.mode } : {}), ...(cam.context ? { context: cam.context } : {}) },
      modality: x.modality, attribution: x.attribution, when: x.when, where: x.where, quantity: x.quantity, rule: x.rule,
      confidence: Math.round(100 * Math.max(0.1, x.confidence - (x.tgt ? 0 : 0.05))) / 100,
    };
    ev.id = eventId(ev);
    // the same event: the same id, or the same act in the same sentence between the same codes
    const act = [ev.sentence, ev.trigger.span[0], ev.cameo, ev.source?.code ?? '', ev.target === null ? '\u0001' : ev.target.code].join('|');
    if (this.ids.has(ev.id) || this.acts.has(act)) return note(this.doc, x.sentence, 'dropped', 'events.repeat', `${ev.cameo} ${ev.source?.code}->${ev.target?.code ?? '-'} repeats an event already coded`);
    this.ids.add(ev.id);
    this.acts.add(act);
    this.events.push(ev);
    this.doers.push({ sentence: ev.sentence, root: ev.root, src: x.src, at: x.trigger.span[0] });
    if (this.doc.explain) note(this.doc, x.sentence, 'event', x.rule, `${ev.cameo} ${ev.source?.code}->${ev.target?.code ?? '-'} ${ev.modality} on "${ev.trigger.text}"`);
  }

  private actor(m: Mention): Actor {
    return { code: m.code, country: m.country, sector: m.sector, name: m.resolvedFrom ?? m.name, text: this.doc.text.slice(m.start, m.end), span: [m.start, m.end], ...(m.evidence ? { evidence: m.evidence } : {}) };
  }
}

/** A stable id from what makes the event: same input and dictionaries, same id. */
export function eventId(e: Event): string {
  return hash64([e.doc, e.sentence, e.trigger.span[0], e.cameo, e.source?.code ?? '', e.target?.code ?? '', e.source?.span[0] ?? '', e.target?.span[0] ?? ''].join('|'));
}

/** Two 32-bit FNV-1a style passes with different multipliers: 16 hex digits, cheap and stable. */
function hash64(s: string): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
