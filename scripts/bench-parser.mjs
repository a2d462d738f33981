// Part of npm run bench: the dependency parser's cost beside Dyad's tokenise+tag on the same
// articles, chunk by chunk, and the parser alone in tokens per second on one core. Both are
// timed in CPU seconds of this thread (the machine may be shared). Run alone:
// node scripts/bench-parser.mjs [ARTICLES]
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const docOf = (a) => ({ id: a.id, title: null, date: a.date, dateGiven: true, url: null, outlet: null, text: a.text, clean: a.text, removed: [], sentences: [], tokens: [], mentions: [], events: [], quotes: [], messages: [] });

/** { parseTokensPerSec, tokenizeTokensPerSec, parseLoadMs } for the given articles. */
export async function benchParser(corpus) {
  const { tokenize } = await import(pathToFileURL(join(root, 'dist', 'text', 'tokens.js')).href);
  const { parseSentence } = await import(pathToFileURL(join(root, 'dist', 'syntax', 'parser.js')).href);
  const t0 = performance.now();
  parseSentence([{ text: 'Warm', pos: 'VERB' }, { text: 'up', pos: 'ADP' }]); // first parse loads the model
  const parseLoadMs = performance.now() - t0;
  const sentencesOf = (doc) => doc.sentences.map((s) => doc.tokens.slice(s.tokens[0], s.tokens[1]));
  const cpu = (c) => { const d = process.cpuUsage(c); return (d.user + d.system) / 1e6; };
  let tokSec = 0, parseSec = 0, tokens = 0;
  const CHUNK = 25;
  for (let i = 0; i < corpus.length; i += CHUNK) {
    const chunk = corpus.slice(i, i + CHUNK);
    const t = process.cpuUsage();
    const docs = chunk.map((a) => { const d = docOf(a); tokenize(d); return d; });
    tokSec += cpu(t);
    const sents = docs.flatMap(sentencesOf);
    const p = process.cpuUsage();
    for (const s of sents) { parseSentence(s); tokens += s.length; }
    parseSec += cpu(p);
  }
  return {
    parseTokensPerSec: Math.round(tokens / parseSec),
    tokenizeTokensPerSec: Math.round(tokens / tokSec),
    parseLoadMs: +parseLoadMs.toFixed(0),
  };
}

export const describeParser = (r) =>
  `parser: ${r.parseTokensPerSec} tokens/s parsing alone, beside ${r.tokenizeTokensPerSec} tokens/s for tokenise+tag on the same articles (parsing adds ${((r.tokenizeTokensPerSec / r.parseTokensPerSec) * 100).toFixed(0)}% to their cost); model loaded on first parse in ${r.parseLoadMs} ms`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(join(root, 'examples', 'article.txt'), 'utf8');
  const n = Number(process.argv[2] ?? 200);
  const r = await benchParser(Array.from({ length: n }, (_, i) => ({ id: `p${i}`, date: '2023-01-01', text })));
  console.log(describeParser(r));
  console.log(JSON.stringify(r));
}
