// JSON Lines in constant memory: bytes are split on newlines and decoded line by line, so an
// invalid byte or a bad line is reported with its line number and the rest still flows.
import { DyadError } from '../errors.js';
import { validateRecord } from './record.js';
import { utf16Bom } from './decode.js';
import type { InputRecord } from '../doc/types.js';

export const MAX_LINE_BYTES = 16 * 1024 * 1024;

export type JsonlItem = { line: number; record: InputRecord } | { line: number; error: DyadError };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Split a byte stream into lines without holding more than one line (bounded) in memory. */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>, maxLine = MAX_LINE_BYTES): AsyncGenerator<{ line: number; bytes: Uint8Array | null }> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let overflow = false;
  let line = 0;
  for await (const chunk of chunks) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      const end = nl < 0 ? chunk.length : nl;
      if (!overflow) {
        if (size + (end - from) > maxLine) { overflow = true; parts = []; size = 0; }
        else if (end > from) { parts.push(chunk.subarray(from, end)); size += end - from; }
      }
      if (nl < 0) break;
      line++;
      yield { line, bytes: overflow ? null : concat(parts, size) };
      parts = []; size = 0; overflow = false;
      from = nl + 1;
    }
  }
  if (size > 0 || overflow) { line++; yield { line, bytes: overflow ? null : concat(parts, size) }; }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(size);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

/**
 * The bytes as UTF-8. UTF-16 (told by its byte-order mark) is re-encoded as it streams, so lines
 * are still split on the newline byte and memory stays constant; other bytes pass untouched (a
 * bad UTF-8 line is reported on its own later). The UTF-16 decoder is not fatal: a lone
 * surrogate becomes U+FFFD, which is what the text cleaner makes of it in any case.
 */
export async function* asUtf8(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let head: Uint8Array | null = new Uint8Array(0);
  let utf16: TextDecoder | null = null;
  const encoder = new TextEncoder();
  for await (const chunk of chunks) {
    let bytes = chunk;
    if (head) {
      // the mark is two bytes; a stream may hand over one at a time (only then are bytes joined:
      // the first chunk itself is not copied)
      head = head.length ? concat([head, chunk], head.length + chunk.length) : chunk;
      if (head.length < 2) continue;
      const bom = utf16Bom(head);
      if (bom) utf16 = new TextDecoder(bom);
      bytes = head; head = null;
    }
    yield utf16 ? encoder.encode(utf16.decode(bytes, { stream: true })) : bytes;
  }
  if (head?.length) yield head;
  const rest = utf16?.decode() ?? '';
  if (rest) yield encoder.encode(rest);
}

/** Parse JSON Lines (UTF-8, or UTF-16 with a byte-order mark) into input records; blank lines are skipped, bad ones reported as items. */
export async function* readJsonl(chunks: AsyncIterable<Uint8Array>, name = 'input'): AsyncGenerator<JsonlItem> {
  for await (const { line, bytes } of byteLines(asUtf8(chunks))) {
    const where = `${name}:${line}`;
    if (bytes === null) { yield { line, error: new DyadError('E_INPUT_TOO_LARGE', `${where}: line longer than ${MAX_LINE_BYTES / 1048576} MB`) }; continue; }
    let text: string;
    try { text = utf8.decode(bytes); } catch { yield { line, error: new DyadError('E_INPUT_ENCODING', `${where}: not valid UTF-8`) }; continue; }
    if (text.trim() === '') continue;
    let value: unknown;
    try { value = JSON.parse(text); } catch (e) {
      yield { line, error: new DyadError('E_INPUT_JSON', `${where}: not JSON (${(e as Error).message.replace(/\s+/g, ' ').slice(0, 80)})`) };
      continue;
    }
    try { yield { line, record: validateRecord(value, where) }; } catch (e) { yield { line, error: e as DyadError }; }
  }
}
