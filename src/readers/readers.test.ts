import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeDocument, looksBinary, looksLikeHtml, firstInvalidUtf8 } from './decode.js';
import { readJsonl, byteLines, asUtf8 } from './jsonl.js';
import { validateRecord, normaliseDate } from './record.js';
import { DyadError } from '../errors.js';

async function* chunks(...parts: (string | Uint8Array)[]) { for (const p of parts) yield typeof p === 'string' ? new TextEncoder().encode(p) : p; }
async function collect<T>(g: AsyncIterable<T>): Promise<T[]> { const out: T[] = []; for await (const x of g) out.push(x); return out; }
const code = (f: () => unknown) => { try { f(); } catch (e) { return (e as DyadError).code; } return null; };

describe('decodeDocument', () => {
  it.each([
    ['empty', new Uint8Array(0), 'E_INPUT_EMPTY'],
    ['only spaces', new TextEncoder().encode(' \n\t '), 'E_INPUT_EMPTY'],
    ['NUL bytes (binary)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]), 'E_INPUT_BINARY'],
    ['latin-1 é (invalid UTF-8)', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'E_INPUT_ENCODING'],
  ])('refuses %s', (_why, bytes, expected) => {
    expect(code(() => decodeDocument(bytes, 'x'))).toBe(expected);
  });
  it('refuses a document over the size limit, naming the size', () => {
    const big = new Uint8Array(2048).fill(0x61);
    expect(() => decodeDocument(big, 'big.txt', 1024)).toThrow(/big\.txt: 0\.0 MB is more than one document may be/);
  });
  it('decodes UTF-8 with accents and a BOM-free text', () => {
    expect(decodeDocument(new TextEncoder().encode('Côte d’Ivoire'), 'x')).toBe('Côte d’Ivoire');
  });
  it('finds the first invalid byte', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3, 0xa9, 0xff]))).toBe(3);
  });
  it('tells HTML from text', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('Russia said <b> is a tag')).toBe(false);
  });
  it('never throws anything but a DyadError on arbitrary bytes (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      try { decodeDocument(bytes, 'x'); } catch (e) { expect(e).toBeInstanceOf(DyadError); }
      expect(typeof looksBinary(bytes)).toBe('boolean');
    }));
  });
});

describe('readJsonl', () => {
  it('reports bad lines with their numbers and keeps the rest', async () => {
    const items = await collect(readJsonl(chunks('{"id":"a","text":"Iran met Iraq."}\n', 'not json\n', '\n', '{"id":"b"}\n', '[1]\n', '{"id":"c","text":"ok", "date":"2022-13-01"}\n', '{"id":7,"html":"<p>x</p>"}'), 'f.jsonl'));
    expect(items.map((i) => ('error' in i ? `${i.line}:${i.error.code}` : `${i.line}:${i.record.id}`))).toEqual([
      '1:a', '2:E_INPUT_JSON', '4:E_INPUT_RECORD', '5:E_INPUT_RECORD', '6:E_DATE', '7:7',
    ]);
    const bad = items[1] as { error: DyadError };
    expect(bad.error.message).toMatch(/^f\.jsonl:2: not JSON/);
  });
  it('reports an invalid UTF-8 line and goes on', async () => {
    const items = await collect(readJsonl(chunks(new Uint8Array([0x7b, 0xff, 0x7d, 0x0a]), '{"text":"fine"}\n')));
    expect('error' in items[0] && items[0].error.code).toBe('E_INPUT_ENCODING');
    expect('record' in items[1] && items[1].record.text).toBe('fine');
  });
  it('splits lines across chunk boundaries without losing bytes (property)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.string({ maxLength: 20 }).filter((s) => !s.includes('\n')), { maxLength: 8 }), fc.integer({ min: 1, max: 7 }), async (lines, cut) => {
      const bytes = new TextEncoder().encode(lines.join('\n'));
      const parts: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += cut) parts.push(bytes.subarray(i, i + cut));
      const got = (await collect(byteLines(chunks(...parts)))).map((l) => new TextDecoder().decode(l.bytes!));
      // a final newline ends the last line; it does not start an empty one
      const want = lines.join('\n') === '' ? [] : lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines;
      expect(got).toEqual(want);
    }));
  });
  it('skips a line longer than the limit', async () => {
    const got = await collect(byteLines(chunks('aaaaaaaaaa\nbb\n'), 5));
    expect(got.map((g) => g.bytes && new TextDecoder().decode(g.bytes))).toEqual([null, 'bb']);
  });
});

describe('validateRecord', () => {
  it('normalises ISO times to dates', () => {
    expect(validateRecord({ text: 'x', date: '2022-08-17T10:00:00Z' }, 'r').date).toBe('2022-08-17');
  });
  it.each([
    [{ text: 5 }, /"text" must be a string/],
    [{ title: 'x' }, /neither "text" nor "html"/],
    [{ text: '   ' }, /empty/],
    [{ text: 'x', date: '17/08/2022' }, /not a date/],
  ])('names the bad field: %j', (rec, msg) => {
    expect(() => validateRecord(rec, 'r')).toThrow(msg);
  });
  it('refuses impossible calendar dates', () => {
    expect(() => normaliseDate('2023-02-30')).toThrow(/not a real calendar date/);
  });
});

describe('asUtf8', () => {
  const utf16 = (text: string, be: boolean) => { const b = Buffer.from(text, 'utf16le'); if (be) b.swap16(); return Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), b]); };
  it.each([['LE', false], ['BE', true]] as const)('re-encodes UTF-16 %s streamed a byte at a time (the mark and surrogate pairs split)', async (_n, be) => {
    const text = '{"id":"a","text":"Côte d’Ivoire 😀"}\n';
    const bytes = utf16(text, be);
    const out = await collect(asUtf8(chunks(...[...bytes].map((b) => Uint8Array.of(b)))));
    expect(Buffer.concat(out).toString('utf8')).toBe(text);
  });
  it('passes other bytes through untouched, invalid UTF-8 included', async () => {
    const bytes = Uint8Array.of(0x61, 0xe9, 0x0a, 0x62);
    expect(Buffer.concat(await collect(asUtf8(chunks(bytes))))).toEqual(Buffer.from(bytes));
  });
});
