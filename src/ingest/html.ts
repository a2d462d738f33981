// HTML to article text: Readability picks the main content (over linkedom's DOM), then block
// elements become paragraphs so sentences and furniture lines keep their shape.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { DyadError } from '../errors.js';

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'PRE', 'BR', 'UL', 'OL', 'TABLE', 'FIGURE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

export interface HtmlArticle { title: string | null; text: string }

/** Extract the article's title and text; throws when the page holds no readable article text. */
export function htmlToArticle(html: string, name = 'input'): HtmlArticle {
  let document: any;
  try {
    ({ document } = parseHTML(html));
  } catch (e) {
    throw new DyadError('E_HTML', `${name}: the HTML could not be parsed`, { cause: e });
  }
  const title = (document.querySelector('title')?.textContent ?? '').trim() || null;
  let root: any = null;
  try {
    const art = new Readability(document.cloneNode(true) as any, { charThreshold: 100 }).parse();
    if (art?.content) root = parseHTML(`<html><body>${art.content}</body></html>`).document.body;
  } catch { /* fall back to the body: Readability gives up on small or odd pages */ }
  if (!root || textOf(root).trim().length < 40) root = document.body ?? document.documentElement;
  const text = textOf(root).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!text) throw new DyadError('E_HTML', `${name}: the HTML holds no article text`);
  const h1 = (document.querySelector('h1')?.textContent ?? '').trim();
  const headline = h1 || title;
  // Readability drops the headline; put it back as the first line so it is seen (not coded).
  return { title: headline, text: headline && !text.startsWith(headline) ? `${headline}\n\n${text}` : text };
}

function textOf(node: any): string {
  let out = '';
  const walk = (n: any) => {
    if (n.nodeType === 3) { out += String(n.nodeValue ?? '').replace(/\s+/g, ' '); return; }
    if (n.nodeType !== 1) return;
    const tag = String(n.tagName ?? '').toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) out += '\n\n';
    for (const c of n.childNodes ?? []) walk(c);
    if (block) out += '\n\n';
  };
  walk(node);
  return out.split('\n').map((l) => l.trim()).join('\n');
}
