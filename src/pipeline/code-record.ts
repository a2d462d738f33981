// The pipeline: record -> ingest (furniture, HTML) -> text -> actors -> coreference -> events.
// The coder keeps no state between documents. The HTML reader comes in as a parameter, so a
// command that never meets HTML never loads it (open-coder.ts); this module binds it statically.
import type { Actor, Doc, DocumentRecord, Event, InputRecord, Mention, Quote, Sentence } from '../doc/types.js';
import type { Lexicon } from '../dictionaries/lexicon.js';
import type { HtmlArticle } from '../ingest/html.js';
import { findFurniture, blank } from '../ingest/furniture.js';
import { tokenize } from '../text/tokens.js';
import { findActors } from '../actors/match.js';
import { resolveCoreference } from '../actors/coref.js';
import { resolvePlaces } from '../places/resolve.js';
import { outsideDateline, placeInPhrase } from '../actors/context.js';
import { codeEvents } from '../events/code.js';
import { placeRef } from '../events/describe.js';
import { checkRecordSize, contentId } from '../readers/record.js';
import { cleanFields } from '../text/clean.js';
import { DyadError } from '../errors.js';

export type HtmlReader = (html: string, name?: string) => HtmlArticle;

/** Code one input record into a Doc with events. */
export function codeRecord(input: InputRecord, lex: Lexicon, today: string, htmlToArticle: HtmlReader | null): Doc {
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
  tokenize(doc);
  const found = findActors(doc, lex);
  const { places, focus } = resolvePlaces(doc, lex, found);
  // a seat of government that the document shows to be a namesake elsewhere is no government here
  const moved = places.filter((p) => p.replaced);
  if (moved.length) doc.mentions = doc.mentions.filter((m) => !moved.some((p) => p.tokens[0] === m.tokens[0] && m.rule.startsWith('actors:') && m.country === p.replaced && m.sector === 'GOV'));
  // the dateline ("PESHAWAR, Pakistan (Reuters) -") says where and who reports, not who acts
  if (focus.dateline) outsideDateline(doc, focus.dateline.span);
  placeInPhrase(doc, places);
  resolveCoreference(doc, lex.reportVerbs, lex.surnames);
  codeEvents(doc, lex, places, focus);
  doc.places = places.map(placeRef);
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
    actors: doc.mentions.map((m) => ({ code: m.code, country: m.country, sector: m.sector, name: m.resolvedFrom ?? m.name, text: doc.text.slice(m.start, m.end), span: [m.start, m.end] as [number, number], entity: m.entity, kind: m.kind, rule: m.rule, ...(m.evidence ? { evidence: m.evidence } : {}) })),
    places: doc.places ?? [],
    events: doc.events, quotes: doc.quotes, messages: doc.messages,
  };
}
