// PETRARCH/TABARI dictionaries as Dyad dictionary entries: the same plain objects a Dyad YAML
// file holds, each with the file and line it came from. `--dict FILE.txt` loads these directly;
// `dyad dict import` writes them out as YAML.
import type { Located } from '../yaml-file.js';
import type { Phrase } from './lines.js';
import type { PetrarchDictionaries } from './read.js';
import type { EventCode, PatternToken, PetrarchVerb, VerbForm } from './verbs.js';

export type DyadKind = 'actor' | 'agent' | 'verb' | 'set' | 'discard';
export interface Converted extends Located { kind: DyadKind; /** the source line's own comment */ note: string }

export const NO_EVENT = '---';

const SMALL = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'de', 'al', 'el', 'la', 'to', 'a']);

/** "UNITED_STATES" -> "United States"; small words stay lower case, so "THE_SHIRE" matches "the Shire". */
export function properName(p: Phrase): string {
  return p.words.map((w) => {
    const l = w.toLowerCase();
    if (SMALL.has(l)) return l;
    // short words and dotted abbreviations are taken for acronyms and keep their capitals ("IMF", "U.S.")
    if (w.length <= 3 || /\./.test(w)) return w;
    return l.replace(/(^|[-'])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
  }).join(' ');
}

/** Agents, verbs and phrases are matched without regard to case. */
export const plainWords = (p: Phrase): string => p.words.map((w) => w.toLowerCase()).join(' ');

/** "[---]" on a pattern: in this context the verb is no event ("avert ... an attack"). */
function codeFields(c: EventCode): Record<string, string> {
  const out: Record<string, string> = {};
  if (c.code || !c.alt) out.code = c.code ?? NO_EVENT;
  if (c.alt) out.back = c.alt;
  return out;
}

/** A PETRARCH pattern in Dyad's pattern syntax: `~` the verb, `_` joins adjacent words. */
export function patternText(tokens: PatternToken[]): string {
  let out = '';
  for (const t of tokens) {
    let s: string;
    switch (t.kind) {
      case 'word': s = t.word.toLowerCase().replace(/\//g, '|'); break;
      case 'set': s = `&${t.name.toLowerCase()}`; break;
      case 'verb': s = '~'; break;
      case 'source': s = '$'; break;
      case 'target': s = '+'; break;
      case 'skip': s = '^'; break;
      case 'compound': s = '%'; break;
      // PETRARCH-2 phrase brackets only group words; the words themselves still match
      default: continue;
    }
    out += out === '' ? s : t.joined ? `_${s}` : ` ${s}`;
  }
  return out;
}

/** The verb words of a form ("break down"), and any words before the verb as a pattern prefix. */
function formParts(f: VerbForm): { verb: string; prefix: string | null } {
  const words = f.words.map((w) => w.toLowerCase());
  return { verb: words.slice(f.verbAt).join(' '), prefix: f.verbAt > 0 ? words.slice(0, f.verbAt).join('_') : null };
}

function convertVerb(v: PetrarchVerb, out: Converted[]): void {
  const loc = (line: number) => ({ file: v.file, line });
  const plain = v.forms.filter((f) => !f.code && f.verbAt === 0).map((f) => formParts(f).verb);
  const verbs = [...new Set(plain)];
  const base = { style: 'petrarch' } as const;
  // forms with words before the verb ("KLM_NOP_+RST") or a code of their own are entries of their own
  for (const f of v.forms) {
    if (!f.code && f.verbAt === 0) continue;
    const { verb, prefix } = formParts(f);
    const code = f.code ?? v.code;
    if (!code.code && !code.alt) continue;
    out.push({ kind: 'verb', value: { ...codeFields(code), ...base, verbs: [verb], ...(prefix ? { patterns: [`${prefix}_~`] } : {}) }, ...loc(v.line), note: `${v.head} form ${f.words.join('_')}` });
  }
  if (verbs.length === 0) return;
  if (v.code.code || v.code.alt) out.push({ kind: 'verb', value: { ...codeFields(v.code), ...base, verbs }, ...loc(v.line), note: `--- ${v.head} ---` });
  // patterns sharing a code become one entry; each keeps its line for the YAML comment
  const groups = new Map<string, { code: EventCode; patterns: string[]; lines: number[] }>();
  for (const p of v.patterns) {
    const key = `${p.code.code}:${p.code.alt}`;
    let g = groups.get(key);
    if (!g) { g = { code: p.code, patterns: [], lines: [] }; groups.set(key, g); }
    g.patterns.push(patternText(p.tokens));
    g.lines.push(p.line);
  }
  for (const g of groups.values()) {
    out.push({ kind: 'verb', value: { ...codeFields(g.code), ...base, verbs, patterns: g.patterns }, ...loc(g.lines[0]), note: `--- ${v.head} --- patterns from lines ${g.lines.join(', ')}` });
  }
}

/** Every entry of a set of PETRARCH dictionaries, in Dyad's terms. */
export function convertPetrarch(d: PetrarchDictionaries): Converted[] {
  const out: Converted[] = [];
  for (const a of d.actors) {
    // Dyad's `to` is the first day the code no longer holds: the end of a PETRARCH range is
    // inclusive ("950601-990815" holds on 15 August), the date of "<" is not
    const codes = a.codes.map((c) => (c.from || c.to ? { code: c.code ?? '---', ...(c.from ? { from: c.from } : {}), ...(c.to ? { to: c.from ? nextDay(c.to) : c.to } : {}) } : c.code ?? '---'));
    out.push({ kind: 'actor', value: { names: [...new Set(a.names.map(properName))], codes }, file: a.file, line: a.line, note: a.comment });
  }
  for (const g of d.agents) {
    const roles = g.names.slice(0, g.singulars).map(plainWords), names = g.names.slice(g.singulars).map(plainWords);
    out.push({ kind: 'agent', value: { code: g.code, ...(g.position === 'prefix' ? { position: 'prefix' } : {}), ...(roles.length ? { roles } : {}), ...(names.length ? { names } : {}) }, file: g.file, line: g.line, note: g.comment });
  }
  for (const s of d.synsets.values()) {
    out.push({ kind: 'set', value: { set: s.name.toLowerCase(), members: s.members.map(plainWords) }, file: s.file, line: s.line, note: '' });
  }
  for (const v of d.verbs) convertVerb(v, out);
  for (const x of d.discards) out.push({ kind: 'discard', value: { phrase: plainWords(x.phrase), scope: x.scope }, file: x.file, line: x.line, note: x.comment });
  return out;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
