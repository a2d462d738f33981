// A coder for the command line and the workers: dictionaries from the cache, and the HTML reader
// (linkedom, Readability: a few hundred milliseconds) loaded only when an HTML record comes.
import type { LoadOptions } from '../dictionaries/dict-files.js';
import { loadLexiconCached } from '../dictionaries/cache.js';
import { codeRecord, type HtmlReader } from './code-record.js';
import { checkStages, STAGES } from './stages.js';
import type { Coder } from './analyze.js';

let reader: HtmlReader | null = null;
async function loadHtmlReader(): Promise<HtmlReader> { return (reader ??= (await import('../ingest/html.js')).htmlToArticle); }

/** Open a coder; `html: true` loads the HTML reader now (a server), else `ready(rec)` loads it when needed. */
export async function openCoder(opts: LoadOptions & { today?: string; html?: boolean } = {}): Promise<Coder> {
  checkStages(STAGES);
  const [lexicon] = await Promise.all([loadLexiconCached(opts), opts.html ? loadHtmlReader() : null]);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  return {
    lexicon,
    analyze: (rec, o) => codeRecord(rec, lexicon, today, reader, o),
    ready: async (rec) => { if (rec.html !== undefined && !reader) await loadHtmlReader(); },
  };
}
