// The coder as a list of stages. Each stage names the Doc fields it reads and the ones it
// writes; the list is checked once, when a coder is built, so a stage that reads what nothing
// before it wrote is a start-up error, not a silent empty result. Every result lives on the Doc.
import type { Doc } from '../doc/types.js';
import type { Lexicon } from '../dictionaries/lexicon.js';
import { tokenize } from '../text/tokens.js';
import { findActors } from '../actors/match.js';
import { resolveCoreference } from '../actors/coref.js';
import { resolvePlaces } from '../places/resolve.js';
import { outsideDateline, placeInPhrase } from '../actors/context.js';
import { codeEvents } from '../events/code.js';
import { placeRef } from '../events/describe.js';
import { parseSentences } from '../syntax/stage.js';
import { findQuotes } from './quotes.js';

export type DocField = keyof Doc;

export interface Stage {
  name: string;
  requires: readonly DocField[];
  assigns: readonly DocField[];
  run(doc: Doc, lex: Lexicon): void;
}

/** What a record gives before any stage runs (src/pipeline/code-record.ts builds it). */
export const GIVEN: readonly DocField[] = ['id', 'title', 'date', 'dateGiven', 'url', 'outlet', 'text', 'clean', 'removed', 'messages'];

export const STAGES: readonly Stage[] = [
  { name: 'tokens', requires: ['clean'], assigns: ['sentences', 'tokens'], run: (doc) => tokenize(doc) },
  { name: 'actors', requires: ['tokens', 'sentences'], assigns: ['mentions', 'placeMentions'], run: (doc, lex) => { doc.placeMentions = findActors(doc, lex); } },
  { name: 'places', requires: ['mentions', 'placeMentions'], assigns: ['placeMentions', 'focus', 'mentions'], run: places },
  { name: 'coreference', requires: ['mentions'], assigns: ['mentions'], run: (doc, lex) => resolveCoreference(doc, lex.reportVerbs, lex.surnames) },
  { name: 'syntax', requires: ['tokens', 'sentences', 'mentions', 'placeMentions', 'focus'], assigns: ['parses'], run: parseSentences },
  { name: 'events', requires: ['tokens', 'mentions', 'placeMentions', 'focus', 'parses'], assigns: ['events'], run: (doc, lex) => codeEvents(doc, lex, doc.placeMentions!, doc.focus ?? null) },
  { name: 'report', requires: ['events', 'placeMentions', 'sentences'], assigns: ['places', 'quotes', 'messages'], run: report },
];

/** Check that every stage reads only what the record or an earlier stage wrote; throws otherwise. */
export function checkStages(stages: readonly Stage[], given: readonly DocField[] = GIVEN): void {
  const have = new Set<DocField>(given);
  for (const s of stages) {
    const missing = s.requires.filter((f) => !have.has(f));
    if (missing.length) throw new Error(`stage "${s.name}" requires ${missing.join(', ')}, which no earlier stage assigns`);
    for (const f of s.assigns) have.add(f);
  }
}

/** Gazetteer places, the document's focus, and what they say about the actors. */
function places(doc: Doc, lex: Lexicon): void {
  const { places: found, focus } = resolvePlaces(doc, lex, doc.placeMentions!);
  doc.placeMentions = found;
  doc.focus = focus;
  // a seat of government that the document shows to be a namesake elsewhere is no government here
  const moved = found.filter((p) => p.replaced);
  if (moved.length) doc.mentions = doc.mentions.filter((m) => !moved.some((p) => p.tokens[0] === m.tokens[0] && m.rule.startsWith('actors:') && m.country === p.replaced && m.sector === 'GOV'));
  // the dateline ("PESHAWAR, Pakistan (Reuters) -") says where and who reports, not who acts
  if (focus.dateline) outsideDateline(doc, focus.dateline.span);
  placeInPhrase(doc, found);
}

/** The document's places and quotations, and a note on each headline. */
function report(doc: Doc): void {
  doc.places = doc.placeMentions!.map(placeRef);
  doc.quotes = findQuotes(doc);
  for (const s of doc.sentences) if (s.kind === 'headline') doc.messages.push({ severity: 'info', text: 'headline or sub-head: not coded (it restates the body)', rule: 'text.headline', place: [s.start, s.end] });
}

/** Run the stages over a Doc in order; with `timings`, add each stage's milliseconds to it (npm run bench). */
export function runStages(doc: Doc, lex: Lexicon, timings?: Record<string, number>, stages: readonly Stage[] = STAGES): Doc {
  if (!timings) { for (const s of stages) s.run(doc, lex); return doc; }
  for (const s of stages) {
    const t = performance.now();
    s.run(doc, lex);
    timings[s.name] = (timings[s.name] ?? 0) + performance.now() - t;
  }
  // sentences are parsed when the events stage first asks for them: count that time as parsing
  const parsing = doc.parses?.ms ?? 0;
  timings.syntax = (timings.syntax ?? 0) + parsing;
  timings.events = (timings.events ?? 0) - parsing;
  return doc;
}
