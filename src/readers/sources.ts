// Sources for `dyad ingest`: files, folders (recursively), feeds, JSON Lines, standard input.
// Everything streams: a folder is walked lazily, JSON Lines are read line by line.
import { createReadStream, readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { DyadError } from '../errors.js';
import type { InputRecord } from '../doc/types.js';
import { decodeDocument, headText, looksBinary, looksLikeFeed, looksLikeHtml, utf16Bom } from './decode.js';
import { readJsonl } from './jsonl.js';
import { feedRecords } from './feed.js';

export type SourceItem =
  | { record: InputRecord; origin: string }
  | { failed: DyadError; origin: string; id: string };

const TEXT = new Set(['.txt', '.text', '.md']);
const HTML = new Set(['.html', '.htm', '.xhtml']);
const JSONL = new Set(['.jsonl', '.ndjson']);
const FEED = new Set(['.xml', '.rss', '.atom']);

/** Every record of every source, in order; unreadable documents come as `failed` items. */
export async function* readSources(sources: string[]): AsyncGenerator<SourceItem> {
  for (const src of sources) {
    if (src === '-') { yield* jsonlItems(process.stdin, 'standard input'); continue; }
    if (!existsSync(src)) throw new DyadError('E_INPUT_NOT_FOUND', `${src}: no such file or folder`);
    if (statSync(src).isDirectory()) yield* walk(src);
    else yield* fileItems(src, true);
  }
}

async function* walk(dir: string): AsyncGenerator<SourceItem> {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) yield* walk(p);
    else if (st.isFile() && [...TEXT, ...HTML, ...JSONL, ...FEED].includes(extname(name).toLowerCase())) yield* fileItems(p, false);
  }
}

const failedId = (origin: string) => 'failed-' + createHash('sha1').update(origin).digest('hex').slice(0, 16);

async function* fileItems(path: string, named: boolean): AsyncGenerator<SourceItem> {
  const ext = extname(path).toLowerCase();
  if (JSONL.has(ext)) { yield* jsonlItems(createReadStream(path, { highWaterMark: 1 << 16 }), path); return; }
  let buf: Buffer;
  try { buf = readFileSync(path); } catch (e) { yield { failed: new DyadError('E_INPUT_NOT_FOUND', `${path}: cannot read (${(e as Error).message})`), origin: path, id: failedId(path) }; return; }
  // a named file of unknown kind is sniffed: JSON Lines, a feed, HTML or text, each told from
  // its text once decoded (UTF-16 too), never from its raw bytes
  if (named && !TEXT.has(ext) && !HTML.has(ext) && !FEED.has(ext) && looksLikeJsonl(buf)) { yield* jsonlItems((async function* () { yield buf; })(), path); return; }
  let text: string;
  try { text = decodeDocument(buf, path); } catch (e) { yield { failed: e as DyadError, origin: path, id: failedId(path) }; return; }
  if (FEED.has(ext) || looksLikeFeed(text)) {
    let recs: InputRecord[];
    try { recs = feedRecords(text, path); } catch (e) { yield { failed: e as DyadError, origin: path, id: failedId(path) }; return; }
    for (const [i, r] of recs.entries()) yield { record: r, origin: `${path}#${i + 1}` };
    return;
  }
  const hash = 'sha1-' + createHash('sha1').update(text).digest('hex').slice(0, 16);
  yield { record: HTML.has(ext) || looksLikeHtml(text) ? { id: hash, html: text } : { id: hash, text }, origin: path };
}

/**
 * JSON Lines by its first record, read from the file's opening: the file may be far larger than
 * one document may be, so it is not decoded whole. UTF-16 is full of NUL bytes: its byte-order
 * mark, not the binary test, says it is text.
 */
function looksLikeJsonl(buf: Uint8Array): boolean {
  return headText(buf).startsWith('{') && (utf16Bom(buf) !== null || !looksBinary(buf));
}

async function* jsonlItems(input: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<SourceItem> {
  for await (const item of readJsonl(input, name)) {
    if ('error' in item) yield { failed: item.error, origin: `${name}:${item.line}`, id: failedId(`${name}:${item.line}`) };
    else yield { record: item.record, origin: `${name}:${item.line}` };
  }
}
