// The pipeline for library users: createCoder() loads the dictionaries (from the cache when it
// holds them) and the HTML reader, synchronously. The command line opens a coder with
// open-coder.ts instead, which loads the HTML reader only when a record needs it.
import type { Doc, InputRecord } from '../doc/types.js';
import { loadLexicon, type Lexicon, type LoadOptions } from '../dictionaries/lexicon.js';
import { cachedLexicon } from '../dictionaries/cache.js';
import { htmlToArticle } from '../ingest/html.js';
import { codeRecord, type AnalyzeOptions } from './code-record.js';
import { checkStages, STAGES } from './stages.js';

export { toDocumentRecord } from './code-record.js';

/** `ready(rec)` before `analyze(rec)` loads what the record needs (open-coder.ts); here everything is loaded. */
export interface Coder { lexicon: Lexicon; analyze(rec: InputRecord, opts?: AnalyzeOptions): Doc; ready(rec: InputRecord): Promise<void> }

/** Build a coder: the dictionaries are compiled once (and cached on disk, see cache.ts). */
export function createCoder(opts: LoadOptions & { today?: string } = {}): Coder {
  checkStages(STAGES);
  const lexicon = cachedLexicon(opts, loadLexicon);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  return { lexicon, analyze: (rec, o) => analyzeRecord(rec, lexicon, today, o), ready: async () => {} };
}

/** Code one input record into a Doc with events. */
export function analyzeRecord(rec: InputRecord, lex: Lexicon, today: string, opts: AnalyzeOptions = {}): Doc {
  return codeRecord(rec, lex, today, htmlToArticle, opts);
}
