// The hostile inputs of issue 11, generated at a given size, shared by `npm run fuzz` and the tests'
// generous bounds: each is what once cost minutes (or crashed), beside an ordinary article.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const article = readFileSync(join(root, 'examples', 'article.txt'), 'utf8');

/** The example article repeated to about `kb` KB, paragraphs kept. */
export function articleOf(kb) {
  const parts = [];
  for (let n = 0; n < kb * 1024; n += article.length + 2) parts.push(article);
  return parts.join('\n\n');
}
/** One sentence holding a token of `n` letters. */
export const longToken = (n) => `Russia said ${'x'.repeat(n)} and Ukraine rejected it.`;
/** `n` nested <div>s around article text. */
export const deepDivs = (n) => `<html><body>${'<div>'.repeat(n)}<p>${article.split('\n').slice(2, 5).join(' ')}</p>${'</div>'.repeat(n)}</body></html>`;
/** `n` nested <a> (never closed). */
export const deepLinks = (n) => `<html><body><p>Russia shelled Kharkiv on Monday, officials said.</p>${'<a href="#">x'.repeat(n)}</body></html>`;
/** `n` short sentences, each a possible event. */
export function manySentences(n) {
  const s = ['Russia criticised Ukraine.', 'Poland praised Hungary.', 'France met Germany.', 'China warned Japan.'];
  let out = '';
  for (let i = 0; i < n; i++) out += s[i % s.length] + (i % 5 === 4 ? '\n\n' : ' ');
  return out;
}
