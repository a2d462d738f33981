// The fuzz suite of issue 11, shared by `npm run fuzz` (over dist/) and the fixed-seed slice in
// `npm test` (over src/): generated inputs through every reader and the coder. An input may give a
// result or a DyadError; anything else thrown is a crash, and a result must keep the span invariants.
import fc from 'fast-check';
import * as G from './cost-inputs.mjs';

const enc = new TextEncoder();

// --- generators --------------------------------------------------------------------------------

const WORDS = ['Russia', 'Ukraine', 'Poland', 'Kim Jong Un', 'Putin', 'the United Nations', 'Hungary', 'the Kremlin', 'North Korea',
  'he', 'she', 'they', 'it', 'the two', 'the country', 'the governor', 'officials', 'troops', 'police',
  'condemned', 'met', 'said', 'signed an agreement with', 'threatened to attack', 'may expel', 'denied that', 'plans to send',
  'according to', 'according to TASS', 'reported', 'rejected', 'praised', 'shelled', 'killed', 'on Monday', 'last month', 'in Warsaw',
  'up to 500 troops', 'in 2019', '"', '“', '”', ',', '.', '!', '?', ':', ';', '(', ')', '\n', '\n\n', 'Read also:', '(Photo: AFP)',
  'U.S.', '100,000', '—', "'s", 'a.b.c.d.e.f', 'can\'t', 'Côte d’Ivoire', '😀', '\u0000', '\ud800', '\udfff', '\t', '\r\n', '\u00a0',
  'x'.repeat(150), 'A.'.repeat(80), '...', '@YouTube', 'https://example.org/a/b?c=d'];

const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' '));
const unicode = fc.string({ unit: 'binary', maxLength: 300 });
const textArb = fc.oneof({ weight: 4, arbitrary: words }, { weight: 1, arbitrary: unicode }, { weight: 1, arbitrary: fc.string({ maxLength: 300 }) });

const TAGS = ['div', 'p', 'a', 'span', 'article', 'section', 'h1', 'li', 'ul', 'table', 'tr', 'td', 'script', 'style', 'br', 'img', 'b', 'i', 'svg', 'template', 'iframe', 'title', 'head', 'body', 'html'];
const htmlTree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    words.map((w) => w.replace(/[<&]/g, ' ')),
    fc.record({ tag: fc.constantFrom(...TAGS), kids: fc.array(tie('node'), { maxLength: 5 }), close: fc.boolean() })
      .map(({ tag, kids, close }) => `<${tag}${tag === 'a' ? ' href="#"' : ''}>${kids.join('')}${close ? `</${tag}>` : ''}`)),
})).node;
/** A page: a tree, possibly nested deep, possibly cut anywhere. */
const htmlArb = fc.record({
  tree: htmlTree, depth: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2500 }) }), tag: fc.constantFrom('div', 'a', 'span', 'p', 'li', 'b'),
  whole: fc.boolean(), cut: fc.option(fc.nat(), { nil: undefined }),
}).map(({ tree, depth, tag, whole, cut }) => {
  let h = `<${tag}>`.repeat(depth) + tree + `</${tag}>`.repeat(depth);
  if (whole) h = `<!doctype html><html><head><title>T</title></head><body>${h}</body></html>`;
  return cut === undefined ? h : h.slice(0, cut % (h.length + 1));
});

/** Bytes: random, valid UTF-8 with a bad sequence put in, UTF-16 with a BOM, text with NUL bytes. */
const BAD_UTF8 = [[0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf0, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80], [0xff], [0x80], [0xe2, 0x82], [0xc3]];
const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc.record({ text: textArb, bad: fc.constantFrom(...BAD_UTF8), at: fc.nat() }).map(({ text, bad, at }) => {
    const b = enc.encode(text.replace(/\u0000/g, ' '));
    let k = at % (b.length + 1);
    while (k > 0 && k < b.length && (b[k] & 0xc0) === 0x80) k--; // at a character boundary
    return { bytes: Uint8Array.from([...b.subarray(0, k), ...bad, ...b.subarray(k)]), badAt: k };
  }),
  fc.record({ text: textArb, be: fc.boolean() }).map(({ text, be }) => ({ bytes: utf16(text, be), utf16: text })),
  textArb.map((t) => enc.encode(t + '\u0000' + t)),
);

function utf16(text, be) {
  const out = new Uint8Array(2 + 2 * text.length);
  out[0] = be ? 0xfe : 0xff; out[1] = be ? 0xff : 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (be ? 1 : 0)] = c & 0xff; out[2 + 2 * i + (be ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** JSON Lines: records with wrong types, `__proto__` and `constructor` keys, bad JSON, long and blank lines. */
const jsonlLine = fc.oneof(
  fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.nat())), text: fc.oneof(textArb, fc.integer(), fc.constant(null), fc.dictionary(fc.string(), fc.string())), date: fc.oneof(fc.constant('2024-02-30'), fc.constant('2024-03-12'), fc.string(), fc.integer()) }, { requiredKeys: [] }).map((r) => JSON.stringify(r)),
  fc.record({ html: htmlArb, title: textArb }).map((r) => JSON.stringify(r)),
  textArb.map((t) => `{"__proto__": {"text": ${JSON.stringify(t)}, "polluted": true}, "text": ${JSON.stringify(t)}}`),
  textArb.map((t) => `{"constructor": {"prototype": {"x": 1}}, "__proto__": null, "html": ${JSON.stringify(t)}}`),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 80 }),
  fc.constant(''),
);
const jsonlArb = fc.array(jsonlLine, { maxLength: 8 }).map((ls) => ls.join('\n'));

/** RSS and Atom feeds, well formed or cut, with items of generated HTML. */
const feedArb = fc.record({ atom: fc.boolean(), items: fc.array(fc.record({ title: textArb, body: htmlArb, date: fc.constantFrom('Tue, 12 Mar 2024 10:00:00 GMT', '2024-03-12T10:00:00Z', 'not a date', '') }), { maxLength: 4 }), cut: fc.option(fc.nat(), { nil: undefined }) })
  .map(({ atom, items, cut }) => {
    const x = (s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, ' ').replace(/[<&>]/g, (c) => ({ '<': '&lt;', '&': '&amp;', '>': '&gt;' })[c]);
    const body = items.map((it) => atom
      ? `<entry><title>${x(it.title)}</title><id>urn:${x(it.title).length}</id><updated>${it.date}</updated><content type="html">${x(it.body)}</content></entry>`
      : `<item><title>${x(it.title)}</title><pubDate>${it.date}</pubDate><description>${x(it.body)}</description></item>`).join('');
    const xml = atom ? `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>${body}</feed>` : `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>${body}</channel></rss>`;
    return cut === undefined ? xml : xml.slice(0, cut % (xml.length + 1));
  });

// --- checks ------------------------------------------------------------------------------------

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The span invariants of a coded document; throws naming the first broken one. */
export function checkDoc(doc) {
  const n = doc.text.length;
  const fail = (what) => { throw new Error(`invariant: ${what}`); };
  const inside = (s, what) => { if (!(Array.isArray(s) && s[0] >= 0 && s[0] <= s[1] && s[1] <= n)) fail(`${what} span ${JSON.stringify(s)} outside 0..${n}`); };
  if (doc.clean.length !== n) fail('clean text and text differ in length');
  if (doc.text.includes('\u0000') || LONE.test(doc.text)) fail('NUL or lone surrogate left in the text');
  let last = 0;
  for (const t of doc.tokens) {
    inside([t.start, t.end], 'token');
    if (t.start < last) fail('tokens out of order');
    if (doc.clean.slice(t.start, t.end) !== t.text) fail(`token "${t.text}" is not its span`);
    last = t.start;
  }
  for (const s of doc.sentences) { inside([s.start, s.end], 'sentence'); if (s.tokens[0] > s.tokens[1] || s.tokens[1] > doc.tokens.length) fail('sentence tokens'); }
  for (const r of doc.removed) inside(r.span, 'removed');
  for (const e of doc.events) {
    inside(e.span, 'event'); inside(e.trigger.span, 'trigger');
    for (const a of [e.source, e.target]) if (a) { inside(a.span, 'actor'); if (doc.text.slice(a.span[0], a.span[1]) !== a.text) fail('actor text is not its span'); if (!a.code) fail(`actor "${a.text}" has no code`); }
    for (const x of [e.attribution, e.where, e.quantity, e.when]) if (x?.span) inside(x.span, 'event part');
  }
  for (const q of doc.quotes) inside(q.span, 'quote');
}

// --- the runner --------------------------------------------------------------------------------

/**
 * The suites: each takes a generated input and the targets (the library's functions, from src or
 * dist) and returns the documents coded from it, or throws.
 */
export function suites(t) {
  const code = (rec) => { const d = t.analyze(rec); checkDoc(d); return d; };
  return [
    { name: 'decode (bytes)', arb: bytesArb, size: (x) => (x.bytes ?? x).length, run: (x) => {
      const bytes = x.bytes ?? x;
      let text;
      try { text = t.decodeDocument(bytes, 'fuzz'); } catch (e) {
        // an encoding error names the offset of the bad sequence, never -1
        if (e instanceof t.DyadError && e.code === 'E_INPUT_ENCODING' && !x.utf16 && !/offset (\d+)/.test(e.message)) throw new Error(`no offset: ${e.message}`);
        if (x.badAt !== undefined && e instanceof t.DyadError && e.code === 'E_INPUT_ENCODING') {
          const at = Number(/offset (\d+)/.exec(e.message)[1]);
          if (at > x.badAt) throw new Error(`bad byte put at ${x.badAt}, reported at ${at}`);
        }
        throw e;
      }
      if (x.utf16 !== undefined && x.utf16.trim() && text !== t.cleanText(x.utf16.replace(/^\ufeff/, ''))) throw new Error('UTF-16 not decoded to its text');
      return [code({ text, date: '2024-03-12' })];
    } },
    { name: 'text', arb: textArb, size: (s) => s.length, run: (s) => [code({ text: s, date: '2024-03-12' })] },
    { name: 'html', arb: htmlArb, size: (s) => s.length, run: (s) => { t.htmlToArticle(s, 'fuzz'); return [code({ html: s, date: '2024-03-12' })]; } },
    { name: 'rss/atom', arb: feedArb, size: (s) => s.length, run: (s) => t.feedRecords(s, 'fuzz').map((r) => { try { return code(r); } catch (e) { if (e instanceof t.DyadError) return null; throw e; } }).filter(Boolean) },
    { name: 'jsonl', arb: jsonlArb, size: (s) => s.length, run: async (s) => {
      const out = [];
      async function* one() { yield enc.encode(s); }
      for await (const item of t.readJsonl(one(), 'fuzz')) {
        if ('error' in item) { if (!(item.error instanceof t.DyadError)) throw item.error; continue; }
        if ({}.polluted !== undefined) throw new Error('__proto__ key polluted Object.prototype');
        try { out.push(code(item.record)); } catch (e) { if (!(e instanceof t.DyadError)) throw e; }
      }
      return out;
    } },
    { name: 'coder (words)', arb: words, size: (s) => s.length, run: (s) => [code({ text: s, date: '2024-03-12' })] },
  ];
}

/** Large hostile inputs, one each: what cost minutes or crashed before issue 11. */
export function bigInputs(scale = 1) {
  const n = (x) => Math.max(1, Math.round(x * scale));
  const caps = Array.from({ length: n(20000) }, (_, i) => ['Grand', 'Northern', 'Federal', 'Supreme', 'National', 'Council'][i % 6]).join(' ');
  return [
    ['ordinary article (10 KB)', { text: G.articleOf(10 * scale) }],
    ['long token (100,000 letters)', { text: G.longToken(n(100000)) }],
    ['2,000 nested <div>', { html: G.deepDivs(n(2000)) }],
    ['10,000 nested <a>', { html: G.deepLinks(n(10000)) }],
    ['30,000 short sentences', { text: G.manySentences(n(30000)) }],
    ['50,000 repeated words', { text: Array(n(50000)).fill('Russia').join(' ') }],
    ['capitalised words, one run', { text: caps + '.' }],
    ['"according to", repeated', { text: Array(n(5000)).fill('Russia condemned Ukraine, according to TASS according to officials according to').join(' ') + '.' }],
  ];
}

/** Run `runs` generated inputs per suite; counts, crashes (with the first few inputs) and timings. */
export async function runFuzz(t, { seed = 11, runs = 100, hangMs = 10_000, onSuite } = {}) {
  const report = { inputs: 0, results: 0, refused: 0, crashes: [], hangs: [], slowest: { msPerKb: 0, kb: 0, suite: '' }, bySuite: [] };
  const slow = []; // the slowest few per KB, timed again at the end: one run on a loaded machine may be a pause
  for (const s of suites(t)) {
    const row = { name: s.name, inputs: 0, results: 0, refused: 0, crashes: 0 };
    const inputs = fc.sample(s.arb, { seed, numRuns: runs });
    for (const x of inputs) {
      row.inputs++;
      const t0 = performance.now();
      try { row.results += (await s.run(x)).length; } catch (e) {
        if (e instanceof t.DyadError) row.refused++;
        else { row.crashes++; if (report.crashes.length < 5) report.crashes.push({ suite: s.name, error: String(e?.stack ?? e).slice(0, 400), input: JSON.stringify(x instanceof Uint8Array ? Array.from(x.slice(0, 64)) : x).slice(0, 300) }); }
      }
      let ms = performance.now() - t0;
      const kb = s.size(x) / 1024;
      // a hang happens again; a pause of a loaded machine (or its garbage collector) does not
      if (ms > hangMs) { const t1 = performance.now(); try { await s.run(x); } catch { /* counted above */ } ms = Math.min(ms, performance.now() - t1); }
      if (ms > hangMs) report.hangs.push({ suite: s.name, ms, kb, input: JSON.stringify(x instanceof Uint8Array ? `${x.length} bytes` : x).slice(0, 160) });
      // per KB only for inputs of a KB or more: below that the fixed cost of a document dominates
      if (kb >= 1) { slow.push({ msPerKb: ms / kb, kb, suite: s, x }); slow.sort((a, b) => b.msPerKb - a.msPerKb); slow.length = Math.min(slow.length, 5); }
    }
    report.inputs += row.inputs; report.results += row.results; report.refused += row.refused;
    report.bySuite.push(row);
    onSuite?.(row);
  }
  for (const w of slow) {
    let best = w.msPerKb * w.kb;
    for (let r = 0; r < 2; r++) { const t0 = performance.now(); try { await w.suite.run(w.x); } catch { /* counted above */ } best = Math.min(best, performance.now() - t0); }
    if (best / w.kb > report.slowest.msPerKb) report.slowest = { msPerKb: best / w.kb, kb: w.kb, suite: w.suite.name, input: JSON.stringify(w.x instanceof Uint8Array ? `${w.x.length} bytes` : w.x).slice(0, 160) };
  }
  return report;
}

/** Time per KB of each big input against the ordinary article, the best of `reps` runs each. */
export function costTable(analyze, DyadError, { scale = 1, reps = 3 } = {}) {
  const rows = [];
  analyze({ text: G.articleOf(10 * scale) }); // warm: the article is the baseline
  for (const [name, rec] of bigInputs(scale)) {
    const kb = (rec.text ?? rec.html).length / 1024;
    let best = Infinity, note = '';
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      try { const d = analyze({ ...rec, date: '2024-03-12' }); checkDoc(d); note = `${d.events.length} events`; } catch (e) {
        if (!(e instanceof DyadError)) throw e;
        note = `refused: ${e.message}`;
      }
      best = Math.min(best, performance.now() - t0);
    }
    rows.push({ name, kb, ms: best, msPerKb: best / kb, note });
  }
  const base = rows[0].msPerKb;
  for (const r of rows) r.ratio = r.msPerKb / base;
  return rows;
}
