// "Iran accused the agency of leaking reports" after "the International Atomic Energy Agency",
// "Moscow condemned the alliance" after "NATO", "Minsk criticised the bloc" after "the European
// Union": a definite noun that says what kind of body was named before stands for that body.
import type { Mention, Token } from '../doc/types.js';
import { ORG_DESCRIPTORS } from '../lang/en/words.js';

/** How many sentences back the body may have been named. */
const REACH = 3;
// words that may stand between "the" and the noun: "the U.N. watchdog", "the Western alliance"
// (a tokenizer splits "15-member" into "15", "-", "member")
const BETWEEN = /^(u\.n\.|un|nuclear|atomic|western|military|regional|european|african|defence|defense|security|trade|economic|nation|member|-|\d+)$/;

/** The organisation "the <noun>" at token i stands for, or null. `before`: mentions starting before i, in order. */
export function descriptorRef(toks: Token[], mentions: readonly Mention[], before: number, i: number): Mention | null {
  const t = toks[i];
  const kind = ORG_DESCRIPTORS.get(t.lower);
  if (!kind || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return null;
  let d = i - 1;
  while (d > i - 5 && toks[d] && BETWEEN.test(toks[d].lower)) d--;
  if (toks[d]?.lower !== 'the') return null;
  // ("the agency of the United Nations", "the Agency Director" are other names; "accused the
  // agency of bias", "the bloc's 27 members" are the body's)
  const next = toks[i + 1], after = toks[i + 2]?.lower === 'the' ? toks[i + 3] : toks[i + 2];
  if (next && /^[A-Z]/.test(next.text) && next.pos === 'PROPN') return null;
  if (next?.lower === 'of' && after && /^[A-Z]/.test(after.text)) return null;
  for (let k = before - 1; k >= 0; k--) {
    const m = mentions[k];
    if (t.sentence - toks[m.tokens[0]].sentence > REACH) break;
    if (m.kind !== 'organization' || m.modifier) continue;
    if (kind.codes.has(m.code) || (kind.named && new RegExp(`\\b${t.lower}$`, 'i').test(m.name))) return m;
    // (the last body named is the one meant: "the agency" after the IAEA and then UNRWA is UNRWA's)
    if (m.code.startsWith('IGO')) return null;
  }
  return null;
}
