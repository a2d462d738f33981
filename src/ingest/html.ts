// HTML to article text: Readability picks the main content (over linkedom's DOM), then block
// elements become paragraphs so sentences and furniture lines keep their shape. Every walk here
// is iterative and the tree is flattened past MAX_HTML_DEPTH first: Readability's cost grows
// faster than the depth and it recurses, so a deep page would take minutes or overflow the stack.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { DyadError } from '../errors.js';

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'PRE', 'BR', 'UL', 'OL', 'TABLE', 'FIGURE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/** Elements nested deeper than this are flattened into their ancestor at this depth (news pages nest 20 to 40 deep). */
export const MAX_HTML_DEPTH = 64;

/** `notes`: what was changed on the way (a flattened tree), for the document's messages. */
export interface HtmlArticle { title: string | null; text: string; notes: string[] }

/** Extract the article's title and text; throws when the page holds no readable article text. */
export function htmlToArticle(html: string, name = 'input'): HtmlArticle {
  const document = parseDocument(html, name);
  const notes: string[] = [];
  const flattened = flattenDeep(document.documentElement, MAX_HTML_DEPTH);
  // Readability reads the text under every element, so its cost is the text times the depth:
  // past the limit the page is no ordinary article, and its whole text is coded
  if (flattened > 0) notes.push(`HTML nested more than ${MAX_HTML_DEPTH} levels deep: ${flattened} deeper elements flattened into their ancestors, and the whole page's text coded (no article detection)`);
  pruneEmpty(document.documentElement);
  const title = (document.querySelector('title')?.textContent ?? '').trim() || null;
  let root: any = null;
  if (flattened === 0) try {
    const art = new Readability(document.cloneNode(true) as any, { charThreshold: 100 }).parse();
    if (art?.content) root = parseHTML(`<html><body>${art.content}</body></html>`).document.body;
  } catch { /* fall back to the body: Readability gives up on small or odd pages */ }
  // Readability may return nothing, or a scrap, for a short fragment: the body's text is the article then
  if (!root || textOf(root).trim().length < 40) root = document.body ?? document.documentElement;
  const text = textOf(root).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!text) throw new DyadError('E_HTML', `${name}: the HTML holds no article text`);
  const h1 = (document.querySelector('h1')?.textContent ?? '').trim();
  const headline = h1 || title;
  // Readability drops the headline; put it back as the first line so it is seen (not coded).
  return { title: headline, text: headline && !text.startsWith(headline) ? `${headline}\n\n${text}` : text, notes };
}

/**
 * A document with an <html> root and a body. linkedom builds one only from a whole page: a
 * fragment ("<p>...</p>") becomes a tree rooted at the <p>, and a truncated page ("<html") none.
 */
function parseDocument(html: string, name: string): any {
  try {
    let document: any = null;
    try { document = parseHTML(html).document; } catch { /* truncated markup: wrapped below */ }
    if (!document?.documentElement || document.documentElement.tagName !== 'HTML' || !document.body) {
      document = parseHTML(/<body[\s>]/i.test(html) ? `<html>${html}</html>` : `<html><body>${html}</body></html>`).document;
    }
    if (!document?.documentElement) throw new Error('no document element');
    return document;
  } catch (e) {
    throw new DyadError('E_HTML', `${name}: the HTML could not be parsed`, { cause: e });
  }
}

/**
 * Replace the content of every element at depth `max` that has elements inside by its text, in
 * paragraphs split where a block began or ended; returns how many elements went. No recursion.
 */
export function flattenDeep(root: any, max: number): number {
  let gone = 0;
  const stack: [any, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth >= max) {
      if (el.firstElementChild) gone += flattenInto(el);
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, depth + 1]);
  }
  return gone;
}

function flattenInto(el: any): number {
  // the text as paragraphs, one where a block began or ended: Readability is quadratic in <br>s
  const paras: string[] = [];
  let cur = '';
  let gone = 0;
  const cut = () => { if (/\S/.test(cur)) paras.push(`<p>${cur}</p>`); cur = ''; };
  walk(el, (n, enter) => {
    if (n === el) return true;
    if (n.nodeType === 3) { if (enter) cur += escapeText(String(n.nodeValue ?? '')); return false; }
    if (n.nodeType !== 1) return false;
    const tag = String(n.tagName ?? '').toUpperCase();
    if (SKIP.has(tag)) return false;
    if (enter) gone++;
    if (BLOCK.has(tag)) cut();
    return true;
  });
  cut();
  el.innerHTML = paras.join('');
  return gone;
}

const escapeText = (s: string) => s.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));

// Elements that say nothing when empty; images, line breaks and the like are kept.
const EMPTYABLE = new Set(['P', 'DIV', 'SPAN', 'A', 'LI', 'UL', 'OL', 'B', 'I', 'EM', 'STRONG', 'U', 'SMALL', 'FONT', 'CENTER', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN', 'TABLE', 'TBODY', 'TR', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'LABEL']);

/**
 * Remove elements holding nothing but white space: Readability spends a fixed time on each
 * element, so thousands of empty ones ("<p><p><p>...") cost seconds for a few KB of page.
 */
function pruneEmpty(root: any): void {
  // on the way out of an element its blank children are gone already, so a blank chain goes whole
  walk(root, (n, enter) => {
    if (n.nodeType !== 1) return false;
    if (!enter && n !== root && EMPTYABLE.has(String(n.tagName).toUpperCase()) && blankElement(n)) n.remove();
    return true;
  });
}

function blankElement(el: any): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 8) continue; // a comment says nothing either
    if (n.nodeType !== 3 || /\S/.test(String(n.nodeValue ?? ''))) return false;
  }
  return true;
}


/**
 * Depth-first over `root` without recursion: `visit(node, true)` on the way in (return true to
 * go into its children), `visit(node, false)` on the way out of an element entered.
 */
function walk(root: any, visit: (n: any, enter: boolean) => boolean): void {
  const stack: { n: any; open: boolean }[] = [{ n: root, open: false }];
  while (stack.length) {
    const top = stack.pop()!;
    if (top.open) { visit(top.n, false); continue; }
    if (!visit(top.n, true)) continue;
    stack.push({ n: top.n, open: true });
    const kids = top.n.childNodes ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ n: kids[i], open: false });
  }
}

function textOf(node: any): string {
  const parts: string[] = [];
  walk(node, (n, enter) => {
    if (n.nodeType === 3) { parts.push(String(n.nodeValue ?? '').replace(/\s+/g, ' ')); return false; }
    if (n.nodeType !== 1) return false;
    const tag = String(n.tagName ?? '').toUpperCase();
    if (SKIP.has(tag)) return false;
    if (BLOCK.has(tag)) parts.push('\n\n');
    return enter;
  });
  return parts.join('').split('\n').map((l) => l.trim()).join('\n');
}
