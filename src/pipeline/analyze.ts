// The pipeline: record -> ingest (furniture, HTML) -> text -> actors -> coreference -> events.
// One Lexicon is loaded once and shared; the coder keeps no state between documents.
import type { Actor, Doc, DocumentRecord, Event, InputRecord, Mention, Quote, Sentence } from '../doc/types.js';
import { loadLexicon, type Lexicon, type LoadOptions } from '../dictionaries/lexicon.js';
import { findFurniture, blank } from '../ingest/furniture.js';
import { htmlToArticle } from '../ingest/html.js';
import { tokenize } from '../text/tokens.js';
import { findActors } from '../actors/match.js';
import { resolveCoreference } from '../actors/coref.js';
import { codeEvents } from '../events/code.js';
import { checkRecordSize, contentId } from '../readers/record.js';
import { cleanFields } from '../text/clean.js';
import { DyadError } from '../errors.js';

export interface Coder { lexicon: Lexicon; analyze(rec: InputRecord): Doc }

/** Build a coder: loads and compiles the dictionaries once. */
export function createCoder(opts: LoadOptions & { today?: string } = {}): Coder {
  const lexicon = loadLexicon(opts);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  return { lexicon, analyze: (rec) => analyzeRecord(rec, lexicon, today) };
}

/** Code one input record into a Doc with events. */
export function analyzeRecord(input: InputRecord, lex: Lexicon, today: string): Doc {
  // the readers did this already; a record given to the library directly gets it here
  const rec = cleanFields(input);
  checkRecordSize(rec, rec.id ?? 'record');
  let text: string;
  let title = rec.title ?? null;
  const notes: string[] = [];
  if (rec.text !== undefined) text = rec.text;
  else if (rec.html !== undefined) {
    const art = htmlToArticle(rec.html, rec.id ?? 'record');
    text = art.text;
    title ??= art.title;
    notes.push(...art.notes);
  } else throw new DyadError('E_INPUT_RECORD', 'the record has neither "text" nor "html"');
  const removed = findFurniture(text);
  const doc: Doc = {
    id: rec.id ?? contentId(rec), title, date: rec.date ?? today, dateGiven: rec.date !== undefined,
    url: rec.url ?? null, outlet: rec.outlet ?? null, text, clean: blank(text, removed), removed,
    sentences: [], tokens: [], mentions: [], events: [], quotes: [], messages: [],
  };
  for (const n of notes) doc.messages.push({ severity: 'warning', text: n, rule: 'ingest.html' });
  if (!doc.dateGiven) doc.messages.push({ severity: 'warning', text: `no publication date given: times are resolved against today (${today})`, rule: 'time.anchor' });
  tokenize(doc);
  const places = findActors(doc, lex);
  resolveCoreference(doc, lex.reportVerbs, lex.surnames);
  codeEvents(doc, lex, places);
  doc.quotes = findQuotes(doc);
  for (const s of doc.sentences) if (s.kind === 'headline') doc.messages.push({ severity: 'info', text: 'headline or sub-head: not coded (it restates the body)', rule: 'text.headline', place: [s.start, s.end] });
  return doc;
}

/** Quotations with their speaker: the subject of a nearby reporting verb, else the sentence's first actor. */
function findQuotes(doc: Doc): Quote[] {
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

/** The Document record of EVENT-SCHEMA.md. */
export function toDocumentRecord(doc: Doc): DocumentRecord {
  return {
    id: doc.id, title: doc.title, date: doc.date, url: doc.url, outlet: doc.outlet, text: doc.text,
    removed: doc.removed, sentences: doc.sentences.map((s) => ({ span: [s.start, s.end], kind: s.kind })),
    // each mention with the entity it resolves to (a dictionary id, or the words a pronoun stands for)
    actors: doc.mentions.map((m) => ({ code: m.code, country: m.country, sector: m.sector, name: m.resolvedFrom ?? m.name, text: doc.text.slice(m.start, m.end), span: [m.start, m.end] as [number, number], entity: m.entity, kind: m.kind, rule: m.rule })),
    events: doc.events, quotes: doc.quotes, messages: doc.messages,
  };
}
