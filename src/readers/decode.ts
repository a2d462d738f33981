// Bytes to text, refusing what is not a readable UTF-8 document: each refusal says why.
import { DyadError } from '../errors.js';
import { cleanText } from '../text/clean.js';

/** One document larger than this is refused: news reports are far smaller, corpora go through `dyad code`. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

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
  // UTF-16 is full of NUL bytes, so its byte-order mark is looked for before the binary test
  const utf16 = utf16Bom(buf);
  if (!utf16 && looksBinary(buf)) throw new DyadError('E_INPUT_BINARY', `${name}: this is a binary file, not text or HTML`);
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch (e) {
    if (utf16) throw new DyadError('E_INPUT_ENCODING', `${name}: starts as ${utf16.toUpperCase()} (byte-order mark) but is not valid ${utf16.toUpperCase()}; convert it to UTF-8`, { cause: e });
    const at = firstInvalidUtf8(buf);
    throw new DyadError('E_INPUT_ENCODING', `${name}: not valid UTF-8 (first bad byte at offset ${at}); convert it, e.g. iconv -f latin1 -t utf-8`, { cause: e });
  }
  if (text.trim() === '') throw new DyadError('E_INPUT_EMPTY', `${name}: the document is empty`);
  return cleanText(text);
}

/** 'utf-16le' or 'utf-16be' when the bytes open with that byte-order mark. */
export function utf16Bom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Offset of the first byte that breaks UTF-8, for the error message, by the well-formed byte
 * sequences of the Unicode standard (table 3-7): overlong forms, surrogates and code points past
 * U+10FFFF are errors too. -1 when the bytes are valid.
 */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    // the allowed range of the second byte depends on the first; later bytes are 80..BF
    let len = 0, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) { len = 3; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { len = 4; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = buf[i + k];
      // a sequence cut off or broken is reported where it starts (where a hex dump shows it)
      if (c === undefined || (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf)) return i;
    }
    i += len;
  }
  return -1;
}

/**
 * The opening of a file as text, in the encoding its byte-order mark names (UTF-8 without one):
 * a file's kind is told from its text, since the bytes of UTF-16 text match no markup. Not
 * fatal: a character cut at the end of the slice only becomes U+FFFD.
 */
export function headText(buf: Uint8Array, bytes = 1024): string {
  return new TextDecoder(utf16Bom(buf) ?? 'utf-8').decode(buf.subarray(0, bytes)).trimStart();
}

/** An RSS, RDF or Atom feed is told apart from other XML and HTML by its root element. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 512).trimStart();
  return /^<\?xml[^>]*>\s*<(rss|feed|rdf:RDF)\b/.test(head) || /^<(rss|feed)\b/.test(head);
}

/** HTML is told apart from plain text by its opening markup. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') ||
    /<(body|article|p|div|head|title)[\s>]/.test(head);
}
