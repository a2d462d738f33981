// Quotations in a coded document, each with its speaker.
import type { Actor, Doc, Event, Mention, Quote, Sentence } from '../doc/types.js';

/** Quotations with their speaker: the subject of a nearby reporting verb, else the sentence's first actor. */
export function findQuotes(doc: Doc): Quote[] {
  const out: Quote[] = [];
  const re = /["“]([^"“”\n]{12,}?)["”]/g;
  // look-ups by binary search and by sentence, not scans of the document per quote
  const firstEvent = new Map<number, Event>();
  for (const e of doc.events) if (e.source && !firstEvent.has(e.sentence)) firstEvent.set(e.sentence, e);
  for (let m; (m = re.exec(doc.clean));) {
    const start = m.index, end = m.index + m[0].length;
    const sentence = sentenceAt(doc.sentences, start);
    let speaker: Actor | null = null;
    if (sentence) {
      const ms = mentionsIn(doc.mentions, sentence.start, sentence.end).filter((x) => !x.modifier && x.country !== '---' && (x.end <= start || x.start >= end));
      const ev = firstEvent.get(sentence.i);
      const first = ev?.source ?? (ms[0] ? { code: ms[0].code, country: ms[0].country, sector: ms[0].sector, name: ms[0].resolvedFrom ?? ms[0].name, text: doc.text.slice(ms[0].start, ms[0].end), span: [ms[0].start, ms[0].end] as [number, number] } : null);
      speaker = first;
    }
    out.push({ text: m[1], speaker, span: [start, end] });
  }
  return out;
}

/** The sentence holding offset `at` (sentences are in text order, not overlapping). */
function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  let lo = 0, hi = sentences.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sentences[mid].start <= at) lo = mid + 1; else hi = mid; }
  const s = sentences[lo - 1];
  return s && s.start <= at && at < s.end ? s : undefined;
}

/** The mentions inside [from, to), by binary search (mentions are in text order). */
function mentionsIn(mentions: Mention[], from: number, to: number): Mention[] {
  let lo = 0, hi = mentions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid].start < from) lo = mid + 1; else hi = mid; }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < to; i++) if (mentions[i].end <= to) out.push(mentions[i]);
  return out;
}

