// Who does it: the subject of a verb group, found by scanning left from the group and skipping
// what cannot be a subject (prepositional phrases, possessives, asides), with the rules that let
// participles, coordinated verbs and infinitives share a subject.
import type { Mention } from '../doc/types.js';
import { isModifierActor, type Sentence } from './sentence.js';
import { treeSubject } from './tree.js';
import { INSTRUMENT_PARTICIPLES, MOTION_VERBS, POSSESSIVE, RELATIVE, SUBORDINATORS } from '../lang/en/words.js';
import { beforeDescription, listMemberAside } from './actor-list.js';
import { actNounDoer } from './act-subject.js';
import { followersBefore } from './sentence-parts.js';


/** The subject of the verb at v (cached per sentence). */
export function subjectOf(sx: Sentence, v: number, depth = 0): Mention[] | null {
  if (sx.subjects.has(v)) return sx.subjects.get(v)!;
  const { toks, a, groups } = sx;
  const g = groups.get(v);
  // (a word the parse reads as a verb that the words did not make one, "said" in an attribution, has no subject here)
  if (!g) return null;
  // "British aircraft using guided missiles killed": the weapons after the participle are the means
  const user = instrumentUser(sx, g.first);
  if (user) { sx.subjects.set(v, user); return user; }
  const tree = fromTree(sx, v);
  let res: Mention[] | null = tree?.placed ? tree.actors : null;
  if (res) { sx.subjects.set(v, res); return res; }
  // ("the invasion of Ukraine has displaced ...": Ukraine is what the act was done to)
  const doer = tree ? undefined : actNounDoer(sx, v);
  if (doer !== undefined) { sx.subjects.set(v, doer); return doer; }
  if (depth < 4 && g.participle && (toks[g.first - 1]?.text === ',' || g.first === a)) {
    // ", threatening to ...": a participle clause shares the main clause's subject
    const main = sx.mainVerbBefore(v);
    if (main !== undefined) res = subjectOf(sx, main, depth + 1);
  } else if (depth < 4 && g.participle && g.first > a) {
    // "rebels fighting the government": the actor right before acts; "issued a declaration
    // demanding that ...": after a thing, the main clause's subject does
    const before = sx.coveringMention(g.first - 1);
    const main = sx.mainVerbBefore(v);
    if (before && before.country !== '---' && !before.modifier) res = [before];
    // (not a verb of going: "seized a tanker travelling to Syria": the tanker goes, no actor)
    else if (!before && main !== undefined && toks[g.first - 1].pos === 'NOUN' && !MOTION_VERBS.has(g.lemma)) res = subjectOf(sx, main, depth + 1);
  }
  // "the United States' drive to isolate Russia": the possessor of the noun before "to"
  if (!res && toks[g.first - 1]?.lower === 'to' && toks[g.first - 2]?.pos === 'NOUN') res = sx.possessorOf(g.first - 2);
  // "X was indicted ... and will resign": a verb after "and" shares the previous verb's subject
  if (!res && depth < 4 && !g.participle && /^(and|or|but)$/.test(toks[g.first - 1]?.lower ?? '')) {
    const prev = sx.verbs.filter((x) => x < v && !groups.get(x)!.participle && toks[groups.get(x)!.first - 1]?.lower !== 'to' && !sx.consumed.has(x)).pop();
    if (prev !== undefined) res = subjectOf(sx, prev, depth + 1);
  }
  if (!res) res = scanSubject(sx, g.first - 1, depth, v);
  // an agent the tree found but nothing placed acts alone, unless the scan found one placed
  if (tree && (!res || res.every((m) => m.country.length !== 3))) res = tree.actors;
  sx.subjects.set(v, res);
  return res;
}

/** The actor before a participle of use right before the verb ("aircraft using missiles", "drones carrying bombs"), if any. */
function instrumentUser(sx: Sentence, first: number): Mention[] | null {
  const { toks, a } = sx;
  for (let q = first - 1; q > a && first - q <= 6; q--) {
    if (!INSTRUMENT_PARTICIPLES.has(toks[q].lower)) { if (/^(NOUN|ADJ|VERB|PROPN|NUM|ADP)$/.test(toks[q].pos) || toks[q].text === '-') continue; return null; }
    const before = sx.coveringMention(q - 1);
    if (before && before.modifier && !isModifierActor(toks, before)) return [before];
    return before && before.country !== '---' ? [before] : null;
  }
  return null;
}

/**
 * Scan left from `from` for the subject of the verb at v. Falls back, in order, to an appositive
 * that named the subject, a national adjective (when `allowModifier`), or a bare group placed by
 * where it acts ("Protesters blocked roads in Algiers").
 */
export function scanSubject(sx: Sentence, from: number, depth: number, v: number, allowModifier = false): Mention[] | null {
  const found = { modifier: null as Mention | null, bare: null as Mention | null, appositive: null as Mention | null, participle: false };
  const r = scan(sx, from, depth, v, found);
  if (r) return r;
  if (found.appositive) return [found.appositive];
  if (allowModifier && found.modifier) return [found.modifier];
  if (found.bare) { const placed = sx.placeBare(found.bare, true); if (placed) return [placed]; }
  return null;
}

function scan(sx: Sentence, from: number, depth: number, v: number, found: { modifier: Mention | null; bare: Mention | null; appositive: Mention | null; participle: boolean }): Mention[] | null {
  const { toks, a, groups } = sx;
  for (let k = from; k >= a && from - k < 30; k--) {
    const reg = sx.regions.find((r) => k >= r[0] && k <= r[1] && !(v >= r[0] && v <= r[1]));
    if (reg) {
      // "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded": the appositive names who
      if (!found.appositive && !RELATIVE.has(toks[reg[0] + 1]?.lower ?? '')) {
        for (let q = reg[0] + 1; q < reg[1]; q++) { const m = sx.coveringMention(q); if (m && m.country !== '---' && !m.modifier) { found.appositive = m; break; } }
      }
      k = reg[0];
      continue;
    }
    const t = toks[k];
    if (t.text === ';' || t.text === ':') return null;
    // "..., an embassy spokesman said", "..., the official news agency said": the phrase after the
    // comma is the subject, whether or not it names an actor; the scan does not go on past it
    if (t.text === ',' && k < from && plainNounPhrase(sx, k + 1, from)) {
      if (found.bare) { const placed = sx.placeBare(found.bare, true); return placed ? [placed] : null; }
      return null;
    }
    const m = sx.inAttribution(k) ? null : sx.coveringMention(k);
    if (m) {
      if (m.modifier && !isModifierActor(toks, m)) {
        // "Iraqi Kurds demonstrated", "French paper workers blocked": the adjective's nation acts
        let nounsOnly = true;
        for (let q = m.tokens[1]; q <= from; q++) if (toks[q].pos !== 'NOUN' && toks[q].pos !== 'PROPN') { nounsOnly = false; break; }
        // "British aircraft using guided missiles killed": what the participle names is the means, the adjective's nation acts
        if (nounsOnly || (found.bare && found.participle)) return [m];
        found.modifier ??= m;
        k = m.tokens[0];
        continue;
      }
      // inside a prepositional phrase ("to Pyongyang", "of the war"): not the subject
      const before = toks[m.tokens[0] - 1];
      if (before && before.pos === 'ADP' && before.lower !== 'of' && m.tokens[0] - 1 >= a && !(before.lower === 'by' && groups.get(v)?.passive)) { k = m.tokens[0]; continue; }
      const backers = followersBefore(toks, m, (q) => (q >= a ? sx.coveringMention(q) : null));
      if (backers) return backers.country === '---' ? scanSubject(sx, backers.tokens[0], depth, v) : [backers];
      if (m.country === '---') { found.bare ??= m; k = m.tokens[0]; continue; }
      if (m.kind === 'pronoun' && POSSESSIVE.test(toks[m.tokens[0]].lower)) { k = m.tokens[0]; continue; }
      if (toks[m.tokens[1]]?.lower === "'s" || toks[m.tokens[1]]?.text === "'") { k = m.tokens[0]; continue; }
      return sx.expandLeft(m);
    }
    if (RELATIVE.has(t.lower) && k === from) {
      // "security services, who are concerned": the antecedent before the relative pronoun
      let j = k - 1;
      if (toks[j]?.text === ',') j--;
      const ante = j >= a ? sx.coveringMention(j) : null;
      return ante ? sx.expandLeft(ante) : null;
    }
    // "The Red Cross operating in Iraq said": a participle inside the subject's phrase
    if (groups.has(k) && groups.get(k)!.participle && k !== from) { found.participle = true; continue; }
    if (groups.has(k) && depth < 4) {
      // a verb before us: coordinated verbs share their subject ("met X and signed Y")
      let joined = toks[from].text === ',';
      for (let q = k + 1; q <= from && !joined; q++) if (/^(and|or|but)$/.test(toks[q].lower)) joined = true;
      if (joined) { const r = subjectOf(sx, k, depth + 1); if (r) return r; }
      return null;
    }
    if ((SUBORDINATORS.has(t.lower) && t.pos !== 'ADP') || (t.lower === 'that' && t.pos !== 'DET')) return null;
  }
  return null;
}

/** Are tokens a..b (inclusive) one noun phrase with no actor but bare agents ("the official news agency WFNA")? */
function plainNounPhrase(sx: Sentence, a: number, b: number): boolean {
  if (b < a || b - a > 7 || !/^(NOUN|PROPN)$/.test(sx.toks[b].pos)) return false;
  for (let k = a; k <= b; k++) {
    const m = sx.coveringMention(k);
    if (m && m.country !== '---') return false;
    if (!m && !/^(NOUN|PROPN|ADJ|DET|NUM)$/.test(sx.toks[k].pos)) return false;
  }
  return true;
}

/** The subject the parse gives, when it names an actor; `placed` is false when a bare agent has no country. */
function fromTree(sx: Sentence, v: number): { actors: Mention[]; placed: boolean } | null {
  const p = sx.tree();
  const t = p ? treeSubject(sx, p, v) : null;
  if (!t || t.actors.length === 0) return null;
  // a list of names the parse splits up ("Mordor, Rohan, Fornost and Bree"): the words joined to
  // the subject on either side, up to the verb, belong to it
  const all = new Set(t.actors);
  const first = t.actors[0];
  const aside = (m: Mention) => sx.regions.some((r) => m.tokens[0] >= r[0] && m.tokens[0] <= r[1] && !listMemberAside(sx, m, r));
  if (first.tokens[1] <= v) for (const m of [...sx.expandLeft(first), ...sx.coordinated(first, sx.groups.get(v)!.first)]) if (!aside(m)) all.add(m);
  const described = first.tokens[1] <= v ? beforeDescription(sx, [...all].sort((x, y) => x.tokens[0] - y.tokens[0])[0]) : null;
  if (described) for (const m of sx.expandLeft(described)) if (!aside(m)) all.add(m);
  const out: Mention[] = [];
  for (const m of [...all].sort((x, y) => x.tokens[0] - y.tokens[0])) {
    if (m.country !== '---') { out.push(m); continue; }
    const placed = sx.placeBare(m, true);
    if (placed) out.push(placed);
  }
  return out.length ? { actors: out, placed: out.every((m) => m.country.length === 3 || m.country.startsWith('IGO') || m.country.startsWith('NGO') || m.country.length > 0) } : null;
}
