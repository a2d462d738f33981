// Stage "actors.match": one pass of the name trie over the tokens (longest match wins), then
// composition of actor phrases: "North Korean ruler Kim Jong Un", "the government of North
// Korea", "Russia's envoy", "rebels in the Ivory Coast" each become one mention with one code.
import type { Doc, Mention, Token } from '../doc/types.js';
import type { Lexicon, NameEntry, NamePayload, Person, Place, Role } from '../dictionaries/lexicon.js';
import type { MentionWithGroup } from './coref.js';
import { withCombiningForms, type NamePiece } from './combining.js';
import { shareNationalAdjective } from './coordinated.js';
import { ADJECTIVE_AGENT_WORDS, LEADING_PARTICIPLES, REGION_PREFIXES, WATER_WORDS } from '../lang/en/words.js';
import { leavesFrom } from './leaving.js';
import { livesElsewhere } from './residents.js';
import { hyphenJoins } from '../text/tokens.js';
import { pastForm, verbLemmas } from '../lang/en/lemma.js';

export interface RawMatch { start: number; end: number; entries: NameEntry[] }
export interface PlaceMention {
  tokens: [number, number]; start: number; end: number; place: Place; text: string;
  /** why this place (src/places/resolve.ts); `replaced`: the dictionary's country it was taken from */
  why?: string; replaced?: string;
}

/** Longest trie matches over the tokens of the whole document, one per position. */
export function matchNames(tokens: Token[], lex: Lexicon): RawMatch[] {
  const out: RawMatch[] = [];
  const root = lex.names;
  let i = 0;
  while (i < tokens.length) {
    let node = root;
    let best: RawMatch | null = null;
    const sent = tokens[i].sentence;
    for (let j = i; j < tokens.length && tokens[j].sentence === sent; j++) {
      const n = node.next?.get(tokens[j].lower);
      if (!n) break;
      node = n;
      if (n.out) {
        const ok = n.out.filter((e) => caseOk(e, tokens, i, j + 1) && !(e.payload.kind === 'person' && (definedAbbreviation(tokens, i, j + 1) || (e.payload.short && nameGoesOn(tokens, j + 1)))));
        if (ok.length) best = { start: i, end: j + 1, entries: ok };
      }
    }
    if (best) { out.push(best); i = best.end; } else i++;
  }
  return out;
}

/**
 * "the Municipality Association (AKK)", "the Union of Teachers (NUT)": an acronym in brackets right
 * after a capitalised name abbreviates that name; it is not the person who shares the letters.
 */
function definedAbbreviation(tokens: Token[], s: number, end: number): boolean {
  if (end - s !== 1 || tokens[s - 1]?.text !== '(' || tokens[end]?.text !== ')' || !/^[A-Z]{2,6}$/.test(tokens[s].text)) return false;
  const before = tokens[s - 2];
  return !!before && /^[A-Z]/.test(before.text);
}

/**
 * A person's short name ("Nasser") followed by another capitalised name is part of someone else's
 * name ("spokesman Nasser Kanaani"), not that person.
 */
function nameGoesOn(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.sentence === tokens[k - 1].sentence && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text);
}

function caseOk(e: NameEntry, tokens: Token[], s: number, end: number): boolean {
  if (e.exact) {
    for (let k = s; k < end; k++) if (tokens[k].text !== e.exact[k - s]) return false;
    return true;
  }
  if (e.capitalised) {
    const c = tokens[s].text.charCodeAt(0);
    if (!(c >= 65 && c <= 90) && c < 192) return false;
  }
  return true;
}

/** Role of a person on a date: the role in force, else the nearest one as an elite. */
export function personCode(p: Person, date: string): { code: string; title: string | null } {
  let nearest = p.roles[0];
  let gap = Infinity;
  for (const r of p.roles) {
    if (inForce(r, date)) return { code: r.code, title: r.title };
    const d = Math.min(r.from ? Math.abs(daysBetween(r.from, date)) : Infinity, r.to ? Math.abs(daysBetween(r.to, date)) : Infinity);
    if (d < gap) { gap = d; nearest = r; }
  }
  const country = nearest.code.slice(0, 3);
  return { code: country.startsWith('IGO') ? nearest.code : `${country}ELI`, title: nearest.title };
}

/** Does the person hold any role on this date? */
export function inOffice(p: Person, date: string): boolean {
  return p.roles.some((r) => inForce(r, date));
}

/** A role's end date is its first day out of office. */
const inForce = (r: Role, date: string) => (!r.from || r.from <= date) && (!r.to || date < r.to);

function daysBetween(a: string, b: string): number {
  return (Date.parse(a) - Date.parse(b)) / 86400000;
}

type Piece = NamePiece;

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'into']);
const GROUP_HEADS = new Set(['entity', 'group', 'force', 'fighter', 'leader', 'official', 'authority', 'republic', 'movement', 'organization', 'organisation', 'faction', 'unit', 'member', 'militia', 'commander']);
const FUNCTION = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'top', 'senior', 'former', 'new', 'then', 'acting', 'deputy', 'chief', 'current', 'ex', '-']);
// "Russian-backed separatists" are not Russian: the adjective names a patron, not the group
// ("Vietnamese-led forces" are Vietnam's: leading is not patronage)
const PATRON = new Set(['backed', 'occupied', 'controlled', 'made', 'based', 'held', 'allied', 'sponsored', 'supported', 'funded', 'annexed', 'installed', 'friendly', 'brokered', 'owned', 'run']);

/**
 * Is the agent word ending at `end` an adjective on the noun after it? Not when that "noun" is a
 * past form of a coded verb ("Sudan's military accused the RSF": the tagger reads "accused" as a noun).
 */
function adjectiveUse(toks: Token[], start: number, end: number, lex: Lexicon): boolean {
  const next = toks[end];
  // ("Hasina's official residence", "an official visit": "official" before a noun, whatever the tagger says)
  const adjective = !/^(NOUN|PROPN)$/.test(toks[end - 1].pos) || (end - start === 1 && ADJECTIVE_AGENT_WORDS.has(toks[start].lower));
  if (!adjective || !next || !/^(NOUN|PROPN)$/.test(next.pos) || GROUP_HEADS.has(next.lemma)) return false;
  return !(next.pos === 'NOUN' && pastForm(next.lower) && verbLemmas(next.lower).some((w) => lex.verbs.has(w)));
}

/** Is the name at [start, end) part of a capitalised water name: "China Sea", "Gulf of Oman"? */
function inWaterName(toks: Token[], start: number, end: number): boolean {
  const water = (t: Token | undefined) => !!t && WATER_WORDS.has(t.lower) && /^[A-Z]/.test(t.text) && t.sentence === toks[start].sentence;
  return water(toks[end]) || (toks[start - 1]?.lower === 'of' && water(toks[start - 2]));
}

/** Stage: fill doc.mentions with composed actor mentions; returns place mentions for later stages. */
export function findActors(doc: Doc, lex: Lexicon): PlaceMention[] {
  const toks = doc.tokens;
  const raw = matchNames(toks, lex);
  const places: PlaceMention[] = [];
  const pieces: Piece[] = [];
  for (let ri = 0; ri < raw.length; ri++) {
    const m = raw[ri];
    const actor = m.entries.find((e) => e.payload.kind !== 'place');
    const place = m.entries.find((e) => e.payload.kind === 'place');
    // "the East China Sea", "the Sea of Japan": a sea named after a state is not that state
    const water = inWaterName(toks, m.start, m.end);
    if (place && place.payload.kind === 'place' && !(water && place.payload.place.kind === 'country')) {
      places.push({ tokens: [m.start, m.end], start: toks[m.start].start, end: toks[m.end - 1].end, place: place.payload.place, text: doc.text.slice(toks[m.start].start, toks[m.end - 1].end) });
    }
    if (!actor) continue;
    // ("Albanians of southern Serbia": residents of another state, as ethnic Albanians are)
    const elsewhere = actor.payload.kind === 'country' && actor.payload.use === 'demonym' && livesElsewhere(toks, raw, ri, actor.payload.code);
    if (actor.payload.kind === 'country' && actor.payload.use === 'demonym' && (toks[m.start - 1]?.lower === 'ethnic' || elsewhere)) {
      pieces.push({ start: m.start, end: m.end, p: { kind: 'agent', sector: 'CVL', name: doc.text.slice(toks[m.start].start, toks[m.end - 1].end), singular: false, rule: `${actor.payload.rule}+${elsewhere ? 'resident' : 'ethnic'}` }, all: m.entries });
      continue;
    }
    // "Latin American governments", "West African leaders": a region's adjective, not the state's
    if (actor.payload.kind === 'country' && actor.payload.use === 'adjective' && m.end - m.start === 1 && REGION_PREFIXES.has(toks[m.start - 1]?.text ?? '')) continue;
    // "ethnic Albanian guerrillas": an ethnicity, not a state; the group is placed where it acts
    if (actor.payload.kind === 'country' && actor.payload.use === 'adjective' && toks[m.start - 1]?.lower === 'ethnic') continue;
    // "in Warsaw", "at the Kremlin": a seat of government after a locative preposition is a place
    if (actor.payload.kind === 'country' && actor.payload.use === 'seat' && LOCATIVE.has(toks[m.start - 1]?.lower ?? '') && place) continue;
    if (actor.payload.kind === 'country' && water) continue;
    // an agent word used as an adjective ("public acquaintances", "state visit") is not an actor,
    // unless the noun after it only names a group ("separatist entities", "rebel forces")
    if (actor.payload.kind === 'agent' && adjectiveUse(toks, m.start, m.end, lex)) continue;
    // an adjective glued to a patron participle ("Russian-backed") is not the group's country
    if (actor.payload.kind === 'country' && toks[m.end]?.text === '-' && PATRON.has(toks[m.end + 1]?.lower)) continue;
    pieces.push({ start: m.start, end: m.end, p: actor.payload, all: m.entries });
  }
  doc.mentions = compose(doc, withCombiningForms(toks, lex, pieces));
  shareNationalAdjective(doc.mentions, toks, lex);
  return places;
}

/**
 * "doctors from two American aid groups", "members of a Kurdish party": a group's members take the
 * country of the national adjective on the group they come from ("of|from", a determiner or
 * number, the adjective, then the group's noun).
 */
function memberOfNational(toks: Token[], end: number, nxt: Piece): boolean {
  const between = toks.slice(end, nxt.start);
  if (between.length < 2 || between.length > 3 || !/^(of|from)$/.test(between[0].lower) || !between.slice(1).every((t) => /^(DET|NUM)$/.test(t.pos))) return false;
  if (leavesFrom(toks, end - 1)) return false;
  return nxt.p.kind === 'country' && nxt.p.use === 'adjective' && /^(NOUN|ADJ)$/.test(toks[nxt.end]?.pos ?? '') && toks[nxt.end].sentence === toks[end].sentence;
}

/** "Vietnamese-led forces", "NATO-commanded troops": the leader's name glued to a participle of leading owns the group (patrons do not: PATRON). */
function ledBy(between: Token[]): boolean {
  // ("Saudi-led coalition jets": a noun may name what was led)
  return (between.length === 2 || (between.length === 3 && /^(NOUN|ADJ)$/.test(between[2].pos))) && between[0].text === '-' && between[0].end === between[1].start && LEADING_PARTICIPLES.has(between[1].lower);
}

/** End of a run of capitalised name words right after a title, or `from` when there is none. */
function unknownNameEnd(toks: Token[], from: number, nextPiece: number): number {
  let e = from;
  while (e < toks.length && e < nextPiece && e - from < 4 && toks[e].pos === 'PROPN' && /^[A-Z][a-z]/.test(toks[e].text) && toks[e].sentence === toks[from - 1].sentence) e++;
  // "El Bashir", "al-Assad": particles inside a name
  return e - from >= 1 ? e : from;
}

/** A title with a name we do not know becomes a person mention with that name. */
function named(m: Mention, toks: Token[], s: number, e: number): void {
  m.kind = 'person';
  m.name = toks.slice(s, e).map((t) => t.text).join(' ');
  m.entity = `name:${m.name}`;
}

function mention(doc: Doc, s: number, e: number, code: string, p: NamePayload, extra: Partial<Mention> = {}): Mention {
  const toks = doc.tokens;
  const country = code.slice(0, 3);
  const sector = code.slice(3);
  let name = '';
  let entity = '';
  let kind: Mention['kind'] = 'country';
  switch (p.kind) {
    case 'country': name = p.name; entity = p.code; kind = 'country'; break;
    case 'person': name = p.person.name; entity = p.person.id; kind = 'person'; break;
    case 'organization': name = p.name; entity = p.rule.slice(7); kind = 'organization'; break;
    case 'agent': name = p.name; entity = `${country}${p.sector}`; kind = 'agent'; break;
    case 'place': name = p.place.name; entity = p.place.name; kind = 'place'; break;
  }
  return { start: toks[s].start, end: toks[e - 1].end, tokens: [s, e], code, country, sector, name, entity, kind, rule: p.rule, ...extra };
}

function baseCode(p: NamePayload, date: string): string | null {
  switch (p.kind) {
    case 'country': return p.use === 'seat' ? `${p.code}GOV` : p.use === 'demonym' ? `${p.code}CVL` : p.code;
    case 'person': return personCode(p.person, date).code;
    case 'organization': return p.code;
    default: return null;
  }
}

/** Compose pieces into actor phrases, left to right. */
function compose(doc: Doc, pieces: Piece[]): Mention[] {
  const toks = doc.tokens;
  const out: Mention[] = [];
  const used = new Set<number>();
  const countryOf = (pc: Piece) => pc.p.kind === 'country' ? pc.p.code : pc.p.kind === 'person' ? personCode(pc.p.person, doc.date).code.slice(0, 3) : pc.p.kind === 'organization' ? pc.p.code : null;

  for (let k = 0; k < pieces.length; k++) {
    if (used.has(k)) continue;
    const pc = pieces[k];
    if (pc.p.kind !== 'agent') continue;
    // a prefix agent with an actor right after it joins that actor's code at the end
    if (pc.p.prefix && pieces[k + 1] && pieces[k + 1].start === pc.end && pieces[k + 1].p.kind !== 'agent') continue;
    // "Iran's foreign ministry spokesman Nasser Kanaani": a title right after an institution that
    // its owner placed speaks for that institution (and names the person after it)
    const inst = k > 0 && used.has(k - 1) && pieces[k - 1].p.kind === 'agent' && pieces[k - 1].end === pc.start && pc.p.singular ? out.find((m) => m.tokens[1] === pc.start) : undefined;
    if (inst) {
      const e = unknownNameEnd(toks, pc.end, pieces[k + 1]?.start ?? Infinity);
      inst.tokens = [inst.tokens[0], Math.max(pc.end, e)];
      inst.end = toks[inst.tokens[1] - 1].end;
      if (e > pc.end) named(inst, toks, pc.end, e);
      used.add(k);
      continue;
    }
    // look left for a country adjective/name or a possessive ("Russia's envoy", "the war-hungry Russian President")
    let owner: Piece | null = null;
    let ownerIdx = -1;
    for (let q = k - 1; q >= 0 && q >= k - 3; q--) {
      const prev = pieces[q];
      if (used.has(q)) break;
      if (toks[prev.end - 1].sentence !== toks[pc.start].sentence) break;
      const between = toks.slice(prev.end, pc.start);
      const poss = between.length >= 1 && (between[0].text === "'s" || between[0].text === "'" || between[0].text === '’s');
      // only modifiers may stand between: "Russia's top envoy", "the Russian defence ministry"
      const gapOk = (between.length <= 3 && between.every((t, idx) => (idx === 0 && poss) || FUNCTION.has(t.lower) || t.pos === 'ADJ' || t.pos === 'NOUN')) || ledBy(between);
      if (gapOk && countryOf(prev) && (prev.p.kind !== 'agent')) { owner = prev; ownerIdx = q; }
      break;
    }
    // or right: "government of North Korea", "rebels in the Ivory Coast", "troops from Chad"
    let right: Piece | null = null;
    let rightIdx = -1;
    const nxt = pieces[k + 1];
    if (!owner && nxt && !used.has(k + 1) && nxt.p.kind !== 'agent' && toks[nxt.start].sentence === toks[pc.start].sentence) {
      const between = toks.slice(pc.end, nxt.start).map((t) => t.lower);
      if (between.length >= 1 && between.length <= 2 && ['of', 'in', 'from'].includes(between[0]) && (between.length === 1 || between[1] === 'the') && countryOf(nxt) && !(between[0] === 'from' && leavesFrom(toks, pc.start))) {
        right = nxt; rightIdx = k + 1;
      } else if (memberOfNational(toks, pc.end, nxt)) {
        right = nxt; rightIdx = k + 1;
      }
    }
    const sector = pc.p.sector;
    // a person right after the role: "North Korean ruler Kim Jong Un", "President Yoon Suk Yeol"
    const person = pieces[k + 1] && !used.has(k + 1) && pieces[k + 1].p.kind === 'person' && pieces[k + 1].start === pc.end ? pieces[k + 1] : null;
    if (person) {
      const s = owner ? owner.start : pc.start;
      let code = baseCode(person.p, doc.date)!;
      // "Polish Prime Minister Donald Tusk" on a date outside every role we know: trust the text
      if (owner && person.p.kind === 'person' && !inOffice(person.p.person, doc.date)) code = `${countryOf(owner)!.slice(0, 3)}${sector}`;
      out.push(mention(doc, s, person.end, code, person.p));
      used.add(k); used.add(k + 1); if (ownerIdx >= 0) used.add(ownerIdx);
      continue;
    }
    // a title before a name we do not know: "Lebanon's new President Elias Hrawi"
    const nameEnd = pc.p.kind === 'agent' && pc.p.singular ? unknownNameEnd(toks, pc.end, pieces[k + 1]?.start ?? Infinity) : pc.end;
    if (owner || right) {
      const o = (owner ?? right)!;
      const c = countryOf(o)!;
      const prefix = pc.p.kind === 'agent' && pc.p.prefix;
      const code = prefix ? `${sector}${c}` : memberCode(o, c, sector, doc.date);
      const s = owner ? owner.start : pc.start;
      const e = owner ? Math.max(pc.end, nameEnd) : right!.end;
      const m = mention(doc, s, e, code, pc.p);
      m.name = `${o.p.kind === 'country' ? o.p.name : o.p.kind === 'organization' ? o.p.name : ''} ${pc.p.kind === 'agent' ? pc.p.name : ''}`.trim();
      if (owner && nameEnd > pc.end) named(m, toks, pc.end, nameEnd);
      out.push(m);
      used.add(k); if (ownerIdx >= 0) used.add(ownerIdx); if (rightIdx >= 0) used.add(rightIdx);
      // "officials in Fornost and Gondor", "troops from Chad and Niger": one group, one member per country
      if (right && !prefix) {
        const more: Piece[] = [];
        for (let q = rightIdx + 1; q < pieces.length && !used.has(q); q++) {
          const prev = more.length ? more[more.length - 1] : right;
          const between = toks.slice(prev.end, pieces[q].start).map((t) => t.lower).filter((w) => w !== 'the');
          if (!(between.length === 1 && (between[0] === 'and' || between[0] === 'or' || between[0] === ',')) && !(between.length === 2 && between[0] === ',' && between[1] === 'and')) break;
          if (pieces[q].p.kind === 'agent' || !countryOf(pieces[q]) || toks[pieces[q].start].sentence !== toks[pc.start].sentence) break;
          more.push(pieces[q]);
          if (between[between.length - 1] === 'and' || between[between.length - 1] === 'or') break;
        }
        if (more.length) {
          // (each member named for its own country: "the ambassadors of Germany and France" are the
          // German and the French ones)
          const states = [o, ...more];
          asGroup(m, states.map((x) => memberCode(x, countryOf(x)!, sector, doc.date)), (x) => x, states.map((x) => `${x.p.kind === 'country' || x.p.kind === 'organization' ? x.p.name : ''} ${pc.p.kind === 'agent' ? pc.p.name : ''}`.trim()));
          const last = more[more.length - 1];
          m.end = toks[last.end - 1].end;
          m.tokens = [m.tokens[0], last.end];
          for (const x of more) used.add(pieces.indexOf(x));
        }
      }
      // "French and Egyptian warships": the first adjective shares the head noun
      if (owner && owner.p.kind === 'country' && ownerIdx > 0) {
        const q = ownerIdx - 1;
        const other = pieces[q];
        const between = toks.slice(other.end, owner.start).map((t) => t.lower);
        // ("Franco-German troops": a hyphen joins two states' adjectives as "and" does)
        const hyphen = hyphenJoins(toks, other.end);
        if (!used.has(q) && other.p.kind === 'country' && other.p.use === 'adjective' && between.length === 1 && (between[0] === 'and' || between[0] === ',' || between[0] === 'or' || hyphen)) {
          const extra = mention(doc, other.start, other.end, `${other.p.code}${sector}`, other.p);
          extra.name = `${other.p.name} ${pc.p.kind === 'agent' ? pc.p.name : ''}`.trim();
          out.push(extra);
          used.add(q);
        }
      }
      continue;
    }
    // a bare agent: kept without a country; coreference or the clause may fill it
    const bare = mention(doc, pc.start, nameEnd, `---${sector}`, pc.p, { country: '---' });
    if (nameEnd > pc.end) named(bare, toks, pc.end, nameEnd);
    out.push(bare);
    used.add(k);
  }
  for (let k = 0; k < pieces.length; k++) {
    const pc = pieces[k];
    const nx = pieces[k + 1];
    if (!used.has(k) && !used.has(k + 1) && nx && pc.p.kind === 'country' && pc.p.use === 'adjective' && nx.p.kind === 'country' && nx.p.use === 'demonym' && nx.start === pc.end) {
      const m = mention(doc, pc.start, nx.end, `${pc.p.code}CVL`, pc.p);
      m.name = `${pc.p.name} ${doc.text.slice(toks[nx.start].start, toks[nx.end - 1].end)}`;
      out.push(m);
      used.add(k); used.add(k + 1);
    }
  }
  for (let k = 0; k < pieces.length; k++) {
    if (used.has(k)) continue;
    const pc = pieces[k];
    const code = baseCode(pc.p, doc.date);
    if (!code) continue;
    const m = mention(doc, pc.start, pc.end, code, pc.p);
    if (pc.p.kind === 'country' && pc.p.use === 'adjective') m.modifier = true;
    out.push(m);
  }
  // a prefix agent right before an actor ("MSF Arnor", "an MSF Arnor diplomat") goes in front of its code
  // (mentions by first token, so each look-up is not a scan of them all)
  const startsAt = new Map<number, Mention[]>();
  for (const m of out) { const l = startsAt.get(m.tokens[0]); if (l) l.push(m); else startsAt.set(m.tokens[0], [m]); }
  for (let k = 0; k < pieces.length; k++) {
    const pc = pieces[k];
    if (used.has(k) || pc.p.kind !== 'agent' || !pc.p.prefix) continue;
    const next = startsAt.get(pc.end)?.find((m) => m.tokens[0] === pc.end && m.country !== '---');
    if (!next) continue;
    next.code = `${pc.p.sector}${next.code}`;
    next.start = toks[pc.start].start;
    next.tokens = [pc.start, next.tokens[1]];
    used.add(k);
  }
  // "lawmakers and officials in Fornost": a bare agent joined to an agent with countries shares them
  out.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < out.length; i++) {
    const m = out[i], n = out[i + 1];
    if (m.country !== '---' || m.kind !== 'agent' || n.kind !== 'agent' || n.country === '---') continue;
    const join = toks.slice(m.tokens[1], n.tokens[0]).map((t) => t.lower);
    if (!(join.length === 1 && (join[0] === 'and' || join[0] === 'or'))) continue;
    const codes = ((n as MentionWithGroup).group ?? [n]).map((x) => `${x.country}${m.sector}`);
    if (codes.length > 1) asGroup(m, codes, (x) => x);
    m.code = codes[0]; m.country = codes[0].slice(0, 3); m.entity = codes[0];
  }
  // a name for several actors at once ("FRO/BIL/SAM") acts as the group of them
  for (const m of out) {
    if (!m.code.includes('/')) continue;
    const codes = m.code.split('/');
    asGroup(m, codes, (c) => `${m.entity}/${c}`);
    m.code = codes[0]; m.country = codes[0].slice(0, 3); m.sector = codes[0].slice(3);
  }
  return out;
}

// sectors of groups outside the state, whose members keep the group's code
const GROUP_SECTORS = new Set(['REB', 'INS', 'UAF', 'SEP', 'OPP', 'PTY', 'RAD']);

/** An agent's code with its country's: "RUS" + "MIL"; international and non-governmental bodies keep their own. */
const sectorCode = (c: string, sector: string) => (c.startsWith('IGO') || c.startsWith('NGO') ? c : `${c.slice(0, 3)}${sector}`);

/**
 * The code of an agent owned by o (whose code is c): its country's with the agent's sector, but a
 * state body's own for its members ("CIA officers" USASPY, "commanders of the IRGC" IRNMIL), and a
 * group's outside the state ("RSF commanders" SDNREB).
 */
function memberCode(o: Piece, c: string, sector: string, date: string): string {
  if (o.p.kind === 'organization' && o.p.orgKind === 'state') return c;
  // ("RSF commanders", "Hamas fighters": members of a group outside the state are that group)
  const group = baseCode(o.p, date);
  return group && GROUP_SECTORS.has(group.slice(3)) ? group : sectorCode(c, sector);
}

/** Make m stand for several actors, one per code (its own code is left as it is). */
function asGroup(m: Mention, codes: string[], entity: (code: string) => string, names?: string[]): void {
  (m as MentionWithGroup).group = codes.map((c, i) => ({ ...m, code: c, country: c.slice(0, 3), sector: c.slice(3), entity: entity(c), ...(names?.[i] ? { name: names[i] } : {}) }));
}
