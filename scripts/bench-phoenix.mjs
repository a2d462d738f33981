// Part of npm run bench: the Phoenix dictionaries (../shared/dictionaries/phoenix, about 80,000
// lines of PETRARCH format). Load time is measured in a fresh process (module import, tagger
// model and dictionaries: what a `dyad` command pays); coding time per article beside the default
// dictionaries, chunk by chunk and alternating, as the main bench does.
// Run alone: node scripts/bench-phoenix.mjs [ARTICLES]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Seconds to load dictionaries in a fresh process, best of `runs`. */
function coldLoad(opts, runs = 3) {
  const script = `const t = performance.now(); const { loadLexicon } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'index.js')).href)});
const lex = loadLexicon(${JSON.stringify(opts)}); console.log(JSON.stringify({ ms: performance.now() - t, stats: lex.stats, problems: lex.problems.length }));`;
  let best = null;
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`loading ${JSON.stringify(opts)} failed: ${r.stderr}`);
    const x = JSON.parse(r.stdout.trim().split('\n').pop());
    if (!best || x.ms < best.ms) best = x;
  }
  return best;
}

/** Phoenix numbers for the bench, or null when the shared folder is not there. */
export async function benchPhoenix(corpus, shared = process.env.DYAD_SHARED ?? join(root, '..', 'shared')) {
  const dir = join(shared, 'dictionaries', 'phoenix');
  if (!existsSync(dir)) return null;
  const { createCoder } = await import('../dist/index.js');
  const load = coldLoad({ defaults: false, extra: [dir] });
  const loadDefault = coldLoad({});
  const coders = { default: createCoder(), phoenix: createCoder({ defaults: false, extra: [dir] }), both: createCoder({ extra: [dir] }) };
  for (const c of Object.values(coders)) for (const a of corpus.slice(0, 20)) c.analyze(a);
  const ns = { default: 0n, phoenix: 0n, both: 0n };
  const events = { default: 0, phoenix: 0, both: 0 };
  const names = Object.keys(coders);
  const CHUNK = 25;
  for (let i = 0, n = 0; i < corpus.length; i += CHUNK, n++) {
    const chunk = corpus.slice(i, i + CHUNK);
    // rotate the order so no coder always runs first
    for (let j = 0; j < names.length; j++) {
      const name = names[(n + j) % names.length];
      const t = process.hrtime.bigint();
      for (const a of chunk) events[name] += coders[name].analyze(a).events.length;
      ns[name] += process.hrtime.bigint() - t;
    }
  }
  const ms = (k) => Number(ns[k]) / 1e6 / corpus.length;
  return {
    phoenixLoadSec: +(load.ms / 1000).toFixed(2),
    defaultLoadSec: +(loadDefault.ms / 1000).toFixed(2),
    phoenixEntries: load.stats,
    phoenixProblems: load.problems,
    phoenixMsPerArticle: +ms('phoenix').toFixed(2),
    defaultMsPerArticle: +ms('default').toFixed(2),
    defaultPlusPhoenixMsPerArticle: +ms('both').toFixed(2),
    phoenixTimeRatio: +(ms('phoenix') / ms('default')).toFixed(2),
    defaultPlusPhoenixTimeRatio: +(ms('both') / ms('default')).toFixed(2),
    phoenixEvents: events.phoenix,
    phoenixArticles: corpus.length,
  };
}

export function describePhoenix(p) {
  if (!p) return 'phoenix: ../shared/dictionaries/phoenix not found; skipped';
  return `phoenix: loaded in ${p.phoenixLoadSec} s from cold (default dictionaries ${p.defaultLoadSec} s; ${p.phoenixEntries.actors} actors, ${p.phoenixEntries.agents} agents, ${p.phoenixEntries['verb patterns']} verb entries, ${p.phoenixProblems} malformed lines reported); `
    + `coding ${p.phoenixMsPerArticle} ms/article with Phoenix alone, ${p.defaultPlusPhoenixMsPerArticle} with default + Phoenix, against ${p.defaultMsPerArticle} with the default dictionaries (${p.phoenixTimeRatio}x, ${p.defaultPlusPhoenixTimeRatio}x; ${p.phoenixArticles} articles)`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(join(root, 'examples', 'article.txt'), 'utf8');
  const n = Number(process.argv[2] ?? 200);
  const corpus = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, date: '2024-03-12', text }));
  const p = await benchPhoenix(corpus);
  console.log(describePhoenix(p));
  console.log(JSON.stringify(p));
}
