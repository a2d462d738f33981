// "Israeli helicopters and tanks", "Russian troops and armoured vehicles": a national adjective
// before coordinated nouns of one sector qualifies them all. Left bare, the second noun would be
// placed by where it acts and become the victim's own forces.
import type { Mention, Token } from '../doc/types.js';
import type { Lexicon } from '../dictionaries/lexicon.js';

/** Give a bare agent the country of the same-sector agent it is coordinated with. */
export function shareNationalAdjective(mentions: Mention[], toks: Token[], lex: Lexicon): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i], p = mentions[i - 1];
    if (m.kind !== 'agent' || m.country !== '---' || !m.sector || p.kind !== 'agent' || p.sector !== m.sector || p.country.length !== 3) continue;
    // (only "X and Y" right after each other, the first led by an adjective, not "Russia's")
    const join = toks[m.tokens[0] - 1];
    if (p.tokens[1] !== m.tokens[0] - 1 || !/^(and|or)$/.test(join?.lower ?? '')) continue;
    if (toks[p.tokens[0] + 1]?.lower === "'s" || toks[p.tokens[0] + 1]?.text === "'") continue;
    const name = lex.countries.get(p.country)?.name ?? p.country;
    Object.assign(m, { country: p.country, code: `${p.country}${m.sector}`, entity: `${p.country}${m.sector}`, name: `${name} ${m.name}`, rule: `${m.rule}+shared-adjective` });
  }
}
