// Part of npm run bench: start-up and memory in corpus size.
// - startup: a coding process (Node start, coder opened from the dictionary cache) and one
//   ingest worker thread (tinypool, until it can code), each in a fresh process;
// - linking and the Parquet and JSON Lines exports on corpora of 10,000 and 100,000 events,
//   each run in a child process whose own peak RSS is read (VmHWM; maxRSS where there is no /proc).
// The corpora are made from events the coder produced on real text, copied with new ids,
// documents, dyads and dates, so linking sees many keys as a growing corpus would.
// Run alone: node scripts/bench-scale.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => JSON.stringify(pathToFileURL(join(root, 'dist', p)).href);

/** Run an ES module snippet in a fresh Node process; its last stdout line is JSON. */
function child(script) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}
// the child's own peak: VmHWM belongs to its address space, made new by exec; maxRSS may carry the
// parent's peak across fork and exec (it did: every child of the full bench read the same 159 MB)
const maxRss = `await (async () => { try { return Number(/VmHWM:\\s+(\\d+)/.exec((await import('node:fs')).readFileSync('/proc/self/status', 'utf8'))[1]) / 1024; } catch { return process.resourceUsage().maxRSS / 1024; } })()`;

/** A coding process until it can code: best of three (a loaded machine only ever adds time). */
export function startup(runs = 3) {
  const proc = [], worker = [];
  for (let i = 0; i < runs; i++) {
    proc.push(child(`const { openCoder } = await import(${dist('pipeline/open-coder.js')}); await openCoder();
console.log(JSON.stringify({ sec: performance.now() / 1000, rss: ${maxRss} }));`));
    worker.push(child(`const { openPool } = await import(${dist('ingest/pool.js')});
const before = process.memoryUsage.rss(); const t = performance.now();
const pool = await openPool(1, {}, 60);
const r = { sec: (performance.now() - t) / 1000, rss: (process.memoryUsage.rss() - before) / 1048576, workerMs: pool.startup[0] };
await pool.close(); console.log(JSON.stringify(r));`));
  }
  const best = (xs, k) => Math.min(...xs.map((x) => x[k]));
  return { startupSec: +best(proc, 'sec').toFixed(2), startupRssMB: Math.round(best(proc, 'rss')), workerStartupSec: +best(worker, 'sec').toFixed(2), workerStartupRssMB: Math.round(best(worker, 'rss')) };
}

/** A SQLite corpus of `n` events copied from `sample` (coded events), ten to a document. */
export async function makeCorpus(path, n, sample, countries) {
  const { openSqlite } = await import(join(root, 'dist', 'store', 'sqlite', 'sqlite-store.js'));
  const store = openSqlite(path);
  let s = 7;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  let batch = [];
  for (let d = 0; d * 10 < n; d++) {
    const id = `scale-${d}`;
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0'), day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    const events = [];
    for (let k = 0; k < 10 && d * 10 + k < n; k++) {
      const e = structuredClone(pick(sample));
      const a = pick(countries), b = pick(countries);
      e.id = `${id}-e${k}`; e.doc = id;
      if (e.source) e.source.code = a + e.source.code.slice(3);
      if (e.target) e.target.code = b + e.target.code.slice(3);
      e.when = { ...(e.when ?? { precision: 'day', text: '', historical: false, span: [0, 0] }), date: `2023-${month}-${day}` };
      events.push(e);
    }
    batch.push({ doc: { id, title: null, date: `2023-${month}-${day}`, dateGiven: true, url: `https://news${d % 50}.example/${d}`, outlet: null, text: 'x', events }, origin: 'bench', hash: id });
    if (batch.length === 500) { await store.putCodedBatch(batch); batch = []; }
  }
  if (batch.length) await store.putCodedBatch(batch);
  await store.close();
}

/** Peak RSS (MB) of linking and exporting a corpus of `n` events. */
function measure(path, dir) {
  const main = dist('cli/main.js');
  const run = (args) => child(`const { main } = await import(${main}); await main(${JSON.stringify(args)}); console.log(JSON.stringify({ rss: ${maxRss} }));`).rss;
  return {
    link: Math.round(run(['link', '--db', path])),
    parquet: Math.round(run(['export', '--db', path, '--format', 'parquet', '--out', join(dir, 'x.parquet')])),
    jsonl: Math.round(run(['export', '--db', path, '--format', 'jsonl', '--out', join(dir, 'x.jsonl')])),
  };
}

/** Link and export peak RSS at 10,000 and 100,000 events. */
export async function scale(sizes = [10000, 100000]) {
  const { createCoder } = await import(join(root, 'dist', 'index.js'));
  const coder = createCoder();
  const text = readFileSync(join(root, 'examples', 'article.txt'), 'utf8');
  const sample = coder.analyze({ id: 'sample', text, date: '2024-03-12' }).events.filter((e) => e.source);
  const countries = [...coder.lexicon.countries.keys()].filter((c) => /^[A-Z]{3}$/.test(c));
  const out = {};
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-scale-'));
    try {
      const t = performance.now();
      await makeCorpus(join(dir, 'c.db'), n, sample, countries);
      const made = (performance.now() - t) / 1000;
      const m = measure(join(dir, 'c.db'), dir);
      const k = n >= 1000 ? `${n / 1000}k` : String(n);
      out[`linkRssMB${k}`] = m.link; out[`parquetRssMB${k}`] = m.parquet; out[`jsonlRssMB${k}`] = m.jsonl;
      process.stderr.write(`scale: ${n} events made in ${made.toFixed(1)} s; peak RSS link ${m.link} MB, parquet ${m.parquet} MB, jsonl ${m.jsonl} MB\n`);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = { ...startup(), ...(await scale()) };
  console.log(JSON.stringify(r));
}
