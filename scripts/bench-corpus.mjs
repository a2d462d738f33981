// Part of npm run bench: the generated corpus, made from the project's own example texts (half
// event sentences, half background), the same article for the same number on every run.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexicon } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function rng(seed) { let s = seed >>> 0; return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32); }
const lex = loadLexicon();
const countries = [...lex.countries.values()].filter((c) => /^[A-Z]{3}$/.test(c.code) && c.name).map((c) => c.name);
// the sentence file has event sentences first, then background sentences with no event
const lines = readFileSync(join(root, 'examples', 'sentences.txt'), 'utf8').split('\n');
const cut = lines.findIndex((l) => l.startsWith('# Background'));
const eventful = lines.slice(0, cut).filter((l) => l && !l.startsWith('#'));
const background = lines.slice(cut).filter((l) => l && !l.startsWith('#'));
const exampleText = readFileSync(join(root, 'examples', 'article.txt'), 'utf8');
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Article number `i`: a headline and 34 to 47 sentences between two countries, dated in 2023. */
export function article(i) {
  const r = rng(i + 1);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const A = pick(countries), B = pick(countries.filter((c) => c !== A));
  const fill = (s) => s.replaceAll('{A}', A).replaceAll('{B}', B).replaceAll('{a}', A).replaceAll('{b}', B).replaceAll('{D}', pick(days));
  const paras = [];
  paras.push(`${A} and ${B} Clash Over Border Talks`);
  const n = 34 + Math.floor(r() * 14);
  let para = [];
  for (let k = 0; k < n; k++) {
    // about half the sentences of a report carry an event; the rest is background
    para.push(fill(pick(r() < 0.5 ? eventful : background)));
    if (para.length >= 2 + Math.floor(r() * 3)) { paras.push(para.join(' ')); para = []; }
  }
  if (para.length) paras.push(para.join(' '));
  if (i % 5 === 0) paras.push(exampleText);
  const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
  return { id: `bench-${i}`, date: `2023-${month}-15`, text: paras.join('\n\n') };
}

/** The ingest corpus: `n` articles (numbers from 100,000) as ingest's source items. */
export async function* ingestItems(n) {
  for (let i = 0; i < n; i++) { const a = article(100000 + i); yield { record: { ...a, id: `ingest-${i}` }, origin: 'bench' }; }
}
