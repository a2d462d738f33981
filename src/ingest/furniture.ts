// Page furniture: lines that belong to the web page, not to the report. They are blanked in
// the clean text (same offsets) and listed in `removed` with the reason, never dropped silently.
import type { Removed } from '../doc/types.js';

interface FurnitureRule { why: string; test: (line: string) => boolean }

// A tiny closed list that belongs to the algorithm: each entry names the kind of line it is for.
const RULES: FurnitureRule[] = [
  // "(Photo : YURI KADOBNOV/AFP via Getty Images)", "Photo: Reuters", "Image credit: ..."
  { why: 'photo credit', test: (l) => /^\(?\s*(photo|image|picture|photograph|credit|file photo)s?\s*(credit)?\s*(:|by\b|-)/i.test(l) && l.length < 200 },
  { why: 'photo credit', test: (l) => l.length < 160 && /(getty images|shutterstock|\bap photo\b|\bafp photo\b|reuters\/|\/afp\b|\/reuters\b|\/ap\b)/i.test(l) && !/[.!?]["”’]?\s*$/.test(l.replace(/\)\s*$/, '')) },
  // "Read Also: <headline of another article>", "Related Article: ...": links, not the report
  { why: 'link to another article', test: (l) => /^(read (also|more|next)|also read|related( articles?| stories| story| news| coverage)?|see also|recommended( reading)?|more on this( story)?|you may also like|trending|must read)\s*:/i.test(l) },
  // "@YouTube", "pic.twitter.com/...", "[embed]" lines left by embedded media
  { why: 'embedded media', test: (l) => /^@\w+$/.test(l) || /^(pic\.twitter\.com\/\S+|https?:\/\/\S+)$/i.test(l) || /^\[(embed|video|tweet|instagram)[^\]]*\]$/i.test(l) || /^(watch|video)\s*:\s*\S/i.test(l) && l.length < 160 },
  { why: 'advertisement or share bar', test: (l) => /^(advertisement|sponsored( content)?|share( this( article| story)?)?( on (facebook|twitter|x))?|follow us on .{0,40}|subscribe( to .{0,60})?|sign up for .{0,80}|click here .{0,80}|(copyright|©).{0,120})$/i.test(l) },
];

/** Find furniture lines in `text`; returns the removed spans in order. */
export function findFurniture(text: string): Removed[] {
  const removed: Removed[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const line = raw.trim();
    if (line !== '') {
      const rule = RULES.find((r) => r.test(line));
      if (rule) {
        const lead = raw.length - raw.trimStart().length;
        const s = start + lead;
        removed.push({ span: [s, s + line.length], why: rule.why, text: line });
      }
    }
    start = end + 1;
  }
  return removed;
}

/** Blank the removed spans with spaces, keeping every offset. */
export function blank(text: string, removed: Removed[]): string {
  if (removed.length === 0) return text;
  let out = '';
  let at = 0;
  for (const r of removed) {
    out += text.slice(at, r.span[0]) + ' '.repeat(r.span[1] - r.span[0]);
    at = r.span[1];
  }
  return out + text.slice(at);
}
