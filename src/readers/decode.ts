// Bytes to text, refusing what is not a readable UTF-8 document: each refusal says why.
import { DyadError } from '../errors.js';

/** One document larger than this is refused: news reports are far smaller, corpora go through `dyad code`. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** True when the bytes look like a binary file: a NUL byte or many control characters early on. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Decode one document, or throw a DyadError that names the problem and the fix. */
export function decodeDocument(buf: Uint8Array, name = 'input', maxBytes = MAX_DOCUMENT_BYTES): string {
  if (buf.length > maxBytes) {
    throw new DyadError('E_INPUT_TOO_LARGE',
      `${name}: ${(buf.length / 1048576).toFixed(1)} MB is more than one document may be (${maxBytes / 1048576} MB); ` +
      'split it, or give a corpus as JSON Lines to `dyad code`');
  }
  if (looksBinary(buf)) throw new DyadError('E_INPUT_BINARY', `${name}: this is a binary file, not text or HTML`);
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch (e) {
    const at = firstInvalidUtf8(buf);
    throw new DyadError('E_INPUT_ENCODING', `${name}: not valid UTF-8 (first bad byte at offset ${at}); convert it, e.g. iconv -f latin1 -t utf-8`, { cause: e });
  }
  if (text.trim() === '') throw new DyadError('E_INPUT_EMPTY', `${name}: the document is empty`);
  return text;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const len = b < 0x80 ? 1 : (b >> 5) === 6 ? 2 : (b >> 4) === 14 ? 3 : (b >> 3) === 30 ? 4 : 0;
    if (len === 0 || i + len > buf.length) return i;
    for (let k = 1; k < len; k++) if ((buf[i + k] >> 6) !== 2) return i;
    i += len;
  }
  return -1;
}

/** HTML is told apart from plain text by its opening markup. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') ||
    /<(body|article|p|div|head|title)[\s>]/.test(head);
}
