// "Franco-German", "Sino-Soviet", "Anglo-Irish": a combining form glued by a hyphen to another
// national word names a country. Without this, "Franco" matches the dictator Francisco Franco
// and "Sino" nothing, so a bilateral compound loses one of its two states and may gain a person
// whom later pronouns and "the government" then resolve to.
import type { Token } from '../doc/types.js';
import type { Lexicon, NameEntry, NamePayload } from '../dictionaries/lexicon.js';
import { NATIONAL_COMBINING_FORMS } from '../lang/en/words.js';
import { hyphenJoins } from '../text/tokens.js';

export interface NamePiece { start: number; end: number; p: NamePayload; all: NameEntry[] }

/** The pieces with every national combining form before a hyphen made a country adjective. */
export function withCombiningForms(toks: Token[], lex: Lexicon, pieces: NamePiece[]): NamePiece[] {
  const glued = (i: number) => hyphenJoins(toks, i + 1);
  const national = (i: number): boolean => pieces.some((pc) => pc.start === i && pc.p.kind === 'country') || (NATIONAL_COMBINING_FORMS.has(toks[i]?.lower ?? '') && glued(i) && national(i + 2));
  const added: NamePiece[] = [];
  for (let i = 0; i < toks.length; i++) {
    const code = NATIONAL_COMBINING_FORMS.get(toks[i].lower);
    if (!code || !/^[A-Z]/.test(toks[i].text) || !glued(i) || toks[i + 2].sentence !== toks[i].sentence || !national(i + 2)) continue;
    const country = lex.countries.get(code);
    if (!country) continue;
    added.push({ start: i, end: i + 1, p: { kind: 'country', code, name: country.name, use: 'adjective', rule: `actors:${code}+combining-form` }, all: [] });
  }
  if (!added.length) return pieces;
  const kept = pieces.filter((pc) => !added.some((a) => pc.start < a.end && a.start < pc.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
