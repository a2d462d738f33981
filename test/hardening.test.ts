// Issue 11: bounded cost for any input, readers that never crash. A fixed-seed slice of the fuzz
// suite (`npm run fuzz` runs the whole), and one regression test per input the issue measured.
// Time is only compared with an ordinary article's in the same run, with a generous bound (10x),
// so the tests hold on a loaded machine; `npm run fuzz` measures the 3x target.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoder, type Coder } from '../src/pipeline/analyze.js';
import { decodeDocument, firstInvalidUtf8 } from '../src/readers/decode.js';
import { readJsonl } from '../src/readers/jsonl.js';
import { feedRecords } from '../src/readers/feed.js';
import { htmlToArticle, MAX_HTML_DEPTH } from '../src/ingest/html.js';
import { cleanText } from '../src/text/clean.js';
import { cutLongRuns, MAX_SENTENCE_TOKENS, MAX_TOKEN } from '../src/text/tokens.js';
import { DyadError } from '../src/errors.js';
import { runFuzz, checkDoc } from '../scripts/fuzz-lib.mjs';
import * as G from '../scripts/cost-inputs.mjs';

let coder: Coder;
beforeAll(() => { coder = createCoder({ today: '2024-03-12' }); });

const code = (rec: { text?: string; html?: string }) => { const d = coder.analyze({ ...rec, date: '2024-03-12' }); checkDoc(d); return d; };
const refusal = (f: () => unknown) => { try { f(); } catch (e) { if (e instanceof DyadError) return e; throw e; } return null; };

const kb = (r: { text?: string; html?: string }) => (r.text ?? r.html)!.length / 1024;
/** Code `rec` once (checked), and its time per KB over an ordinary article's (the best of three runs). */
function codeAndRatio(rec: { text?: string; html?: string }) {
  const article = { text: G.articleOf(10) };
  let a = Infinity;
  for (let i = 0; i < 3; i++) { const t = performance.now(); code(article); a = Math.min(a, (performance.now() - t) / kb(article)); }
  const t = performance.now();
  const doc = code(rec);
  return { doc, ratio: (performance.now() - t) / kb(rec) / a };
}

describe('fuzz slice (fixed seed)', () => {
  it('readers and coder: no crash, no hang, span invariants hold', async () => {
    const r = await runFuzz({ analyze: coder.analyze, decodeDocument, readJsonl, feedRecords, htmlToArticle, cleanText, DyadError }, { seed: 11, runs: 25, hangMs: 20_000 });
    expect(r.crashes, JSON.stringify(r.crashes, null, 1)).toEqual([]);
    expect(r.hangs).toEqual([]);
    expect(r.inputs).toBe(150);
    expect(r.results).toBeGreaterThan(60); // why: most inputs are coded, not refused
  }, 240_000);
});

describe('inputs that took minutes (time per KB within 10x of an article)', () => {
  it('a 100,000-letter token', () => {
    const { doc: d, ratio } = codeAndRatio({ text: G.longToken(100_000) });
    expect(d.events.length).toBeGreaterThan(0);   // why: the words around it are still read
    expect(ratio).toBeLessThan(10);
  }, 120_000);
  it('2,000 nested <div>: flattened past the depth limit, with a message', () => {
    const { doc: d, ratio } = codeAndRatio({ html: G.deepDivs(2000) });
    expect(d.messages.some((m) => m.rule === 'ingest.html' && /nested more than 64 levels/.test(m.text))).toBe(true);
    expect(d.text).toMatch(/Polish Prime Minister Donald Tusk praised the deal/);
    expect(ratio).toBeLessThan(10);
  }, 120_000);
  it('10,000 nested <a>: no stack overflow', () => {
    const d = code({ html: G.deepLinks(10_000) });
    expect(d.text).toMatch(/Russia shelled Kharkiv/);
  }, 120_000);
  it('30,000 short sentences: each event kept once, linear time', () => {
    const { doc: d, ratio } = codeAndRatio({ text: G.manySentences(30_000) });
    expect(d.events).toHaveLength(30_000);
    expect(new Set(d.events.map((e) => e.id)).size).toBe(30_000);
    expect(ratio).toBeLessThan(10);
  }, 180_000);
  it('a repeated event in one sentence is kept once', () => {
    const d = code({ text: 'Russia condemned Ukraine and condemned Ukraine.' });
    const keys = d.events.map((e) => [e.sentence, e.trigger.span[0], e.cameo, e.source?.code, e.target?.code].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });
  it(`a sentence with no full stop is cut at ${MAX_SENTENCE_TOKENS} tokens, at a comma where it can`, () => {
    const d = code({ text: Array(400).fill('Russia condemned Ukraine, according to TASS').join(' ') });
    expect(Math.max(...d.sentences.map((s) => s.tokens[1] - s.tokens[0]))).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    expect(d.sentences.length).toBeGreaterThan(1);
    expect(d.text.slice(d.sentences[0].end - 1, d.sentences[0].end)).toBe(',');
  });
  it('over-long runs are cut for the tagger, keeping the length', () => {
    const s = `a ${'x'.repeat(350)} b`;
    const c = cutLongRuns(s);
    expect(c).toHaveLength(s.length);
    expect(c.split(' ').map((w) => w.length)).toEqual([1, MAX_TOKEN, MAX_TOKEN, MAX_TOKEN, 350 - 3 * MAX_TOKEN - 3, 1]);
    expect(cutLongRuns('plain words')).toBe('plain words');
  });
});

describe('readers: a clear message, never an internal error', () => {
  it.each([['<html'], ['<!doctype html>'], ['<html><head><title>only a title</title>']])('truncated HTML %j: E_HTML', (html) => {
    expect(refusal(() => coder.analyze({ html }))?.code).toBe('E_HTML');
  });
  it('a short HTML fragment is coded from its text', () => {
    const d = code({ html: '<p>Russia shelled Kharkiv on Monday, the governor said.</p><p>Ukraine condemned the attack.</p>' });
    expect(d.text).toBe('Russia shelled Kharkiv on Monday, the governor said.\n\nUkraine condemned the attack.');
    expect(d.events.length).toBeGreaterThan(0);
  });
  it(`HTML depth is capped at ${MAX_HTML_DEPTH} and the text kept`, () => {
    const a = htmlToArticle(`<html><body>${'<div>'.repeat(200)}<p>Deep text one.</p><p>Deep text two.</p>${'</div>'.repeat(200)}</body></html>`);
    expect(a.text).toMatch(/Deep text one\.\s+Deep text two\./);
    expect(a.notes[0]).toMatch(/flattened/);
  });
  it.each([['LE', false], ['BE', true]] as const)('UTF-16 %s with a byte-order mark is decoded', (_n, be) => {
    const text = 'Côte d’Ivoire and Ukraine signed an agreement. 😀';
    const bytes = new Uint8Array(2 + 2 * text.length);
    bytes[0] = be ? 0xfe : 0xff; bytes[1] = be ? 0xff : 0xfe;
    for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); bytes[2 + 2 * i + (be ? 1 : 0)] = c & 0xff; bytes[2 + 2 * i + (be ? 0 : 1)] = c >> 8; }
    expect(decodeDocument(bytes, 'x')).toBe(text);
  });
  it.each([
    ['overlong NUL C0 80', [0x61, 0x62, 0x63, 0xc0, 0x80], 3],
    ['overlong E0 80 80', [0x61, 0xe0, 0x80, 0x80], 1],
    ['surrogate ED A0 80', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['cut off at the end', [0x61, 0xe2, 0x82], 1],
  ])('invalid UTF-8 (%s) is reported at its offset', (_n, bytes, at) => {
    const buf = Uint8Array.from(bytes);
    expect(firstInvalidUtf8(buf)).toBe(at);
    expect(refusal(() => decodeDocument(buf, 'x'))?.message).toContain(`first bad byte at offset ${at}`);
  });
  it('NUL and lone surrogates become a space and U+FFFD: same length, spans valid', () => {
    const text = 'Russia\u0000 condemned Ukraine.\ud800 Poland praised Hungary.';
    const d = code({ text });
    expect(d.text).toHaveLength(text.length);
    expect(d.text).toBe('Russia  condemned Ukraine.\ufffd Poland praised Hungary.');
  });
  it('a record over 5 MB is refused with the reason', () => {
    expect(refusal(() => coder.analyze({ text: 'Russia condemned Ukraine. '.repeat(220_000) }))?.code).toBe('E_INPUT_TOO_LARGE');
  });
});

describe('dyad code: a per-record size limit, the run goes on', () => {
  it('skips a 5.2 MB record with a message and codes the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-big-'));
    try {
      const f = join(dir, 'in.jsonl');
      writeFileSync(f, [
        { id: 'a', date: '2024-03-12', text: 'Russia condemned Ukraine.' },
        { id: 'big', date: '2024-03-12', text: 'Russia condemned Ukraine. '.repeat(210_000) },
        { id: 'c', date: '2024-03-12', text: 'Poland praised Hungary.' },
      ].map((r) => JSON.stringify(r)).join('\n') + '\n');
      const r = spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'dyad'), 'code', f], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/in\.jsonl:2: the record's text is 5\.\d MB, more than one document may be \(5 MB\)/);
      expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).doc)).toEqual(['a', 'c']);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  }, 150_000);
});
