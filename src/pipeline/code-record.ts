// The pipeline: record -> ingest (furniture, HTML) -> the stages of stages.ts (tokens, actors,
// places, coreference, syntax, events, report).
// The coder keeps no state between documents. The HTML reader comes in as a parameter, so a
// command that never meets HTML never loads it (open-coder.ts); this module binds it statically.
import type { Doc, DocumentRecord, InputRecord } from '../doc/types.js';
import type { Lexicon } from '../dictionaries/lexicon.js';
import type { HtmlArticle } from '../ingest/html.js';
import { findFurniture, blank } from '../ingest/furniture.js';
import { runStages } from './stages.js';
import { checkRecordSize, contentId } from '../readers/record.js';
import { cleanFields } from '../text/clean.js';
import { DyadError } from '../errors.js';

export interface AnalyzeOptions {
  explain?: boolean;
  /** milliseconds per stage, added up over the documents analysed with the same object */
  timings?: Record<string, number>;
}

export type HtmlReader = (html: string, name?: string) => HtmlArticle;

/** Code one input record into a Doc with events. */
/** `explain`: keep every stage's decisions on doc.explain (`dyad analyze --explain`). */
export function codeRecord(input: InputRecord, lex: Lexicon, today: string, htmlToArticle: HtmlReader | null, opts: AnalyzeOptions = {}): Doc {
  // the readers did this already; a record given to the library directly gets it here
  const rec = cleanFields(input);
  checkRecordSize(rec, rec.id ?? 'record');
  let text: string;
  let title = rec.title ?? null;
  const notes: string[] = [];
  if (rec.text !== undefined) text = rec.text;
  else if (rec.html !== undefined) {
    // a caller that did not load the HTML reader for an HTML record: a bug, reported as one
    if (!htmlToArticle) throw new Error('the HTML reader is not loaded for this record');
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
  if (opts.explain) doc.explain = [];
  runStages(doc, lex, opts.timings);
  return doc;
}

/** The Document record of EVENT-SCHEMA.md. */
export function toDocumentRecord(doc: Doc): DocumentRecord {
  return {
    id: doc.id, title: doc.title, date: doc.date, url: doc.url, outlet: doc.outlet, text: doc.text,
    removed: doc.removed, sentences: doc.sentences.map((s) => ({ span: [s.start, s.end], kind: s.kind })),
    // each mention with the entity it resolves to (a dictionary id, or the words a pronoun stands for)
    actors: doc.mentions.map((m) => ({ code: m.code, country: m.country, sector: m.sector, name: m.resolvedFrom ?? m.name, text: doc.text.slice(m.start, m.end), span: [m.start, m.end] as [number, number], entity: m.entity, kind: m.kind, rule: m.rule, ...(m.evidence ? { evidence: m.evidence } : {}) })),
    places: doc.places ?? [],
    events: doc.events, quotes: doc.quotes, messages: doc.messages,
  };
}
