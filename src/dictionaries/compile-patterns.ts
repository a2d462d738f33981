// Compiling verb patterns: Dyad's own ("sanction|embargo on +") and PETRARCH-style ones
// ("failed_to_~", "~ full_&ties_ties +").
import type { Pattern, PatternToken, SlotToken } from './lexicon.js';
import { nameTokens } from './name-tokens.js';

/** "sanction|embargo on|against +" -> tokens; words are matched against lemma or surface form. */
export function compilePattern(p: string): Pattern {
  const tokens: PatternToken[] = p.trim().split(/\s+/).filter(Boolean).map((t) =>
    t === '+' ? { kind: 'target' } : t === '*' ? { kind: 'gap' } : { kind: 'word', alts: new Set(t.toLowerCase().split('|')) });
  const first = tokens.find((t) => t.kind === 'word') as { alts: Set<string> } | undefined;
  return { tokens, anchor: first ? first.alts : null, literal: tokens.filter((t) => t.kind === 'word').length };
}

/**
 * A Dyad pattern with its synonym sets written out: "* &struck_things in +" -> "* depot|depots|... in +".
 * A set used here must hold single words (a pattern word matches one token); null if one does not.
 */
export function expandPatternSets(p: string, sets: Map<string, { members: string[] }>, errors: string[]): string | null {
  let bad = false;
  const words = (name: string, seen: Set<string>): string[] => {
    const set = sets.get(name);
    if (!set || seen.has(name)) { errors.push(`pattern "${p}": synonym set &${name} is not defined (or refers to itself)`); bad = true; return []; }
    return set.members.flatMap((m) => {
      if (m.startsWith('&')) return words(m.slice(1), new Set([...seen, name]));
      if (/\s/.test(m)) { errors.push(`pattern "${p}": set &${name} member "${m}" is several words; a Dyad pattern word matches one`); bad = true; }
      return [m];
    });
  };
  const out = p.trim().split(/\s+/).map((t) => t.split('|').flatMap((alt) => (alt.startsWith('&') ? words(alt.slice(1).toLowerCase(), new Set()) : [alt])).join('|')).join(' ');
  return bad ? null : out;
}

const SLOTS: Record<string, SlotToken['kind']> = { '$': 'source', '+': 'target', '%': 'compound', '^': 'skip' };

/**
 * A PETRARCH-style pattern: "~" is the verb; "$" source, "+" target, "%" a compound actor, "^"
 * any one phrase; "&set" a synonym set; "a|b" either word; "a_b" words with nothing between. Null if unreadable.
 */
export function compileSlotPattern(p: string, sets: Map<string, { members: string[] }>, errors: string[]): Pattern | null {
  const before: SlotToken[] = [], after: SlotToken[] = [];
  let seenVerb = false, verbJoined = false, literal = 0;
  const expand = (name: string, seen: Set<string>): string[][] | null => {
    const set = sets.get(name);
    if (!set || seen.has(name)) return null;
    const out: string[][] = [];
    for (const m of set.members) {
      if (m.startsWith('&')) { const inner = expand(m.slice(1), new Set([...seen, name])); if (!inner) return null; out.push(...inner); }
      else out.push(nameTokens(m).map((w) => w.toLowerCase()));
    }
    return out;
  };
  for (const chunk of p.trim().split(/\s+/)) {
    chunk.split('_').filter(Boolean).forEach((part, i) => {
      const joined = i > 0;
      if (part === '~') { seenVerb = true; verbJoined = joined; return; }
      let tok: SlotToken;
      if (SLOTS[part]) tok = { kind: SLOTS[part], joined } as SlotToken;
      else if (part.startsWith('&')) {
        const seqs = expand(part.slice(1).toLowerCase(), new Set());
        if (!seqs) { errors.push(`pattern "${p}": synonym set ${part} is not defined (or refers to itself)`); return; }
        tok = { kind: 'words', seqs, joined };
        literal++;
      } else { tok = { kind: 'words', seqs: part.split('|').map((alt) => nameTokens(alt).map((w) => w.toLowerCase())), joined }; literal++; }
      (seenVerb ? after : before).push(tok);
    });
  }
  if (errors.some((e) => e.startsWith(`pattern "${p}"`))) return null;
  if (!seenVerb) { errors.push(`pattern "${p}": "~" must mark where the verb goes`); return null; }
  const needs = [...before, ...after].flatMap((t) => (t.kind === 'words' ? [[...new Set(t.seqs.map((q) => q[0]))]] : []));
  return { tokens: [], anchor: null, literal, slot: { before, verbJoined, after, text: p, needs } };
}
