// Stage "events": clauses, verb patterns and frames to CAMEO-coded events with modality,
// attribution, time, place and quantity. Each event names the dictionary rule that fired.
import type { Actor, Attribution, Doc, Event, Mention, Modality, PlaceRef, Quantity, TimeRef, Token } from '../doc/types.js';
import type { Frame, Lexicon, VerbEntry } from '../dictionaries/lexicon.js';
import type { PlaceMention } from '../actors/match.js';
import type { MentionWithGroup } from '../actors/coref.js';
import { isVerb, mentionEnds, verbGroup, type VerbGroup } from './verb-groups.js';
import { isBoundary, matchEntry, type PatternMatch, type SlotContext } from './patterns.js';
import { contextModality, groupModality, isConditional, stronger } from './modality.js';
import { sentenceAttribution, speakerAttribution } from './attribution.js';
import { findTimes, isHistorical, publicationTime, type TimeMention } from './time.js';

interface Link { g: VerbGroup; frames: Frame[] }
interface Chain { links: Link[]; controlled: Mention[] | null }

// a sentence with none of these has no time words for chrono to find
const TIMEISH = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|day\b|\b(week|weekend|month|year|yesterday|today|tonight|tomorrow)\b/i;
// nouns whose "to" infinitive states an aim of their possessor: "the United States' drive to isolate Russia"
const INTENT_NOUNS = new Set(['plan', 'decision', 'bid', 'effort', 'attempt', 'drive', 'move', 'push', 'threat', 'offer', 'proposal', 'pledge', 'promise', 'vow', 'readiness', 'willingness', 'intention', 'campaign', 'determination', 'refusal', 'agreement', 'commitment']);
const PURSUIT_NOUNS = new Set(['drive', 'effort', 'campaign', 'bid', 'attempt', 'push', 'move']);
const RANKERS = new Set(['first', 'only', 'last', 'few', 'second', 'third', 'latest', 'sole']);
const SUBORDINATORS = new Set(['because', 'although', 'though', 'while', 'whereas', 'unless', 'if', 'after', 'before', 'when', 'since', 'until', 'as']);
const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);

export function codeEvents(doc: Doc, lex: Lexicon, places: PlaceMention[]): void {
  const toks = doc.tokens;
  const mentionStart = new Map<number, Mention>();
  const covered = new Int32Array(toks.length).fill(-1);
  doc.mentions.forEach((m, i) => { if (!mentionStart.has(m.tokens[0])) mentionStart.set(m.tokens[0], m); for (let t = m.tokens[0]; t < m.tokens[1]; t++) covered[t] = i; });
  const ends = mentionEnds(doc.mentions);
  const reportVerbs = new Set<string>();
  for (const [k, fs] of lex.frames) if (fs.some((f) => f.kind === 'report')) reportVerbs.add(k);
  const placeStart = new Map<number, PlaceMention>();
  for (const p of places) placeStart.set(p.tokens[0], p);
  const events: Event[] = [];
  let paragraphTime: TimeRef | null = null;
  let lastEnd = 0;

  for (const s of doc.sentences) {
    const [a, b] = s.tokens;
    if (doc.clean.slice(lastEnd, s.start).includes('\n\n')) paragraphTime = null; // a new paragraph
    lastEnd = s.end;
    if (s.kind !== 'body') continue;
    const sText = doc.text.slice(s.start, s.end);
    // time words are parsed only for sentences that code something and hold a time-like word
    let timesCache: TimeMention[] | null = null;
    const timesOf = (): TimeMention[] => (timesCache ??= TIMEISH.test(sText) ? findTimes(doc.clean.slice(s.start, s.end), s.start, doc.date) : []);
    const sentencePlaces = places.filter((p) => p.start >= s.start && p.end <= s.end);
    const sentenceMentions = doc.mentions.filter((m) => m.tokens[0] >= a && m.tokens[1] <= b);
    const placedCache = new Map<Mention, Mention | null>();
    const sentAtt = sentenceAttribution(toks, a, b, doc.mentions, doc.text, reportVerbs);
    const conditional = isConditional(toks, a, b);
    const relRegions = relativeRegions(toks, a, b);

    // verbs of this sentence, outside the attribution phrase
    const verbs: number[] = [];
    for (let k = a; k < b; k++) {
      if (sentAtt && k >= sentAtt.tokens[0] && k < sentAtt.tokens[1]) continue;
      if (covered[k] >= 0 && toks[k].pos !== 'VERB') continue;
      if (isVerb(toks, k, lex, ends)) verbs.push(k);
    }
    const groups = new Map<number, VerbGroup>();
    for (const v of verbs) groups.set(v, verbGroup(toks, v, a));
    // participles after a noun once the clause has its verb are reduced relatives: passive
    // ("West Africans ordered out of Nigeria", "a resolution written by the US")
    for (const v of verbs) {
      const g = groups.get(v)!;
      const prev = toks[g.first - 1];
      const next = toks[v + 1];
      // a passive participle takes no object: "shelled Kharkiv" after "said Russian forces" is active
      const objectless = !next || !/^(DET|PROPN|NOUN|NUM|PRON|ADJ)$/.test(next.pos);
      const earlier = verbs.filter((x) => x < v && !groups.get(x)!.participle && toks[x - 1]?.lower !== 'to');
      const afterReport = earlier.length > 0 && reportVerbs.has(toks[earlier[earlier.length - 1]].lemma);
      if (g.aux.length === 0 && /(ed|en|wn)$/.test(toks[v].lower) && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && earlier.length > 0 && objectless && !afterReport) g.passive = true;
    }

    const clauseEnd = (from: number) => { let k = from; while (k < b && !isBoundary(toks[k])) k++; return k; };
    const inAttribution = (k: number) => !!sentAtt && k >= sentAtt.tokens[0] && k < sentAtt.tokens[1];
    const mentionAt = (k: number): Mention | null => {
      if (inAttribution(k)) return null;
      const m = mentionStart.get(k);
      if (m && !(m.modifier && !isModifierActor(toks, m))) return m;
      return placeActorAt(k);
    };
    // as a target, a national adjective stands for its country: "beat up Palestinian detainees"
    const targetAt = (k: number): Mention | null => {
      const m = mentionAt(k);
      if (m && m.country === '---') return placeBare(m);
      if (m) return m;
      const x = mentionStart.get(k);
      return x && x.modifier && !inAttribution(k) ? x : null;
    };
    // a place after a preposition stands for its country as a target: "sent troops to the Donetsk region"
    const placeActorAt = (k: number): Mention | null => {
      const p = placeStart.get(k);
      if (!p || !p.place.country || covered[k] >= 0) return null;
      let j = k - 1;
      while (j >= a && j > k - 5 && !groups.has(j) && (toks[j].pos === 'DET' || toks[j].pos === 'ADJ' || toks[j].pos === 'VERB' || toks[j].text === '-' || toks[j].pos === 'PROPN')) j--;
      // after a preposition of direction, or as the direct object of a verb ("shelled Kharkiv")
      // ("in Warsaw" says where, not to whom)
      if (!['to', 'into', 'against', 'toward', 'towards'].includes(toks[j]?.lower ?? '') && !(toks[j]?.pos === 'VERB' && groups.has(j))) return null;
      const c = lex.countries.get(p.place.country);
      return { start: p.start, end: p.end, tokens: p.tokens, code: p.place.country, country: p.place.country, sector: '', name: c?.name ?? p.place.country, entity: p.place.country, kind: 'place', rule: `places:${p.place.name}` };
    };
    const coordinated = (m: Mention, end: number): Mention[] => {
      const out = [m];
      let k = m.tokens[1];
      for (;;) {
        let j = k;
        if (toks[j]?.text === ',' ) j++;
        if (toks[j] && (toks[j].lower === 'and' || toks[j].lower === 'or')) j++;
        if (j === k || j >= end) break;
        if (toks[j]?.lower === 'the') j++;
        const n = mentionStart.get(j);
        if (!n || n.country === '---') break;
        out.push(n); k = n.tokens[1];
      }
      return out;
    };
    const slot: SlotContext = { toks, end: b, mentionAt: targetAt, coordinated };

    // subjects: scan left from the group, skipping relative clauses; participles share the main subject
    const subjCache = new Map<number, Mention[] | null>();
    const subjectOf = (v: number, depth = 0): Mention[] | null => {
      if (subjCache.has(v)) return subjCache.get(v)!;
      const g = groups.get(v)!;
      let res: Mention[] | null = null;
      if (depth < 4 && g.participle && (toks[g.first - 1]?.text === ',' || g.first === a)) {
        const main = verbs.filter((x) => x < v && !groups.get(x)!.participle).pop();
        if (main !== undefined) res = subjectOf(main, depth + 1);
      } else if (depth < 4 && g.participle && g.first > a) {
        // "rebels fighting the government": the actor right before acts; "issued a declaration
        // demanding that ...": after a thing, the main clause's subject does
        const before = covered[g.first - 1] >= 0 ? doc.mentions[covered[g.first - 1]] : null;
        const main = verbs.filter((x) => x < v && !groups.get(x)!.participle).pop();
        if (before && before.country !== '---' && !before.modifier) res = [before];
        else if (!before && main !== undefined && toks[g.first - 1].pos === 'NOUN') res = subjectOf(main, depth + 1);
      }
      if (!res && toks[g.first - 1]?.lower === 'to' && toks[g.first - 2]?.pos === 'NOUN') res = possessorOf(g.first - 2);
      // "X was indicted ... and will resign": a verb after "and" shares the previous verb's subject
      if (!res && depth < 4 && !g.participle && /^(and|or|but)$/.test(toks[g.first - 1]?.lower ?? '')) {
        const prev = verbs.filter((x) => x < v && !groups.get(x)!.participle && toks[groups.get(x)!.first - 1]?.lower !== 'to' && !consumedOrUsedAsComplement(x)).pop();
        if (prev !== undefined) res = subjectOf(prev, depth + 1);
      }
      if (!res) res = scanSubject(g.first - 1, depth, v);
      subjCache.set(v, res);
      return res;
    };
    const scanSubject = (from: number, depth: number, v: number, allowModifier = false): Mention[] | null => {
      let modifier: Mention | null = null;
      let bare: Mention | null = null;
      let appositive: Mention | null = null;
      const r = scan();
      if (r) return r;
      // "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded": the appositive names who
      if (appositive) return [appositive];
      if (allowModifier && modifier) return [modifier];
      // "Protesters blocked roads in Algiers": a group with no country is placed by where it acts
      if (bare) { const placed = placeBare(bare); if (placed) return [placed]; }
      return null;
      function scan(): Mention[] | null {
      for (let k = from; k >= a && from - k < 30; k--) {
        const reg = relRegions.find((r) => k >= r[0] && k <= r[1] && !(v >= r[0] && v <= r[1]));
        if (reg) {
          if (!appositive && !RELATIVE.has(toks[reg[0] + 1]?.lower ?? '')) {
            for (let q = reg[0] + 1; q < reg[1]; q++) { const mi = covered[q]; if (mi >= 0 && doc.mentions[mi].country !== '---' && !doc.mentions[mi].modifier) { appositive = doc.mentions[mi]; break; } }
          }
          k = reg[0]; continue;
        }
        const t = toks[k];
        if (t.text === ';' || t.text === ':') return null;
        const mi = inAttribution(k) ? -1 : covered[k];
        if (mi >= 0) {
          const m = doc.mentions[mi];
          if (m.modifier && !isModifierActor(toks, m)) {
            // "Iraqi Kurds demonstrated", "French paper workers blocked": the adjective's nation acts
            if (toks.slice(m.tokens[1], from + 1).every((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return [m];
            modifier ??= m; k = m.tokens[0]; continue;
          }
          // inside a prepositional phrase ("to Pyongyang", "of the war"): not the subject
          const before = toks[m.tokens[0] - 1];
          if (before && before.pos === 'ADP' && before.lower !== 'of' && m.tokens[0] - 1 >= a && !(before.lower === 'by' && groups.get(v)?.passive)) { k = m.tokens[0]; continue; }
          if (m.country === '---') { bare ??= m; k = m.tokens[0]; continue; }
          if (m.kind === 'pronoun' && /^(his|her|its|their)$/.test(toks[m.tokens[0]].lower)) { k = m.tokens[0]; continue; }
          if (toks[m.tokens[1]]?.lower === "'s" || toks[m.tokens[1]]?.text === "'") { k = m.tokens[0]; continue; }
          return expandLeft(m);
        }
        if (RELATIVE.has(t.lower) && k === from) {
          // "security services, who are concerned": the antecedent before the relative pronoun
          let j = k - 1; if (toks[j]?.text === ',') j--;
          if (j >= a && covered[j] >= 0) return expandLeft(doc.mentions[covered[j]]);
          return null;
        }
        if (t.lower === 'that' && k < from && toks[k - 1] && groups.has(k - 1) === false) { /* complementiser: subject lies after it */ }
        // "The Red Cross operating in Iraq said": a participle inside the subject's phrase
        if (groups.has(k) && groups.get(k)!.participle && k !== from) continue;
        if (groups.has(k) && depth < 4) {
          // a verb before us: coordinated verbs share their subject ("met X and signed Y")
          const between = toks.slice(k + 1, from + 1).map((x) => x.lower);
          if (between.some((w) => w === 'and' || w === 'or' || w === 'but') || between[between.length - 1] === ',') {
            const r = subjectOf(k, depth + 1);
            if (r) return r;
          }
          return null;
        }
        if (SUBORDINATORS.has(t.lower) && t.pos !== 'ADP' || t.lower === 'that' && t.pos !== 'DET') return null;
      }
      return null;
      }
    };
    /** Give a bare agent the country of the sentence's place or national adjective, if there is one. */
    function placeBare(m: Mention): Mention | null {
      if (!placedCache.has(m)) placedCache.set(m, placeBareUncached(m));
      return placedCache.get(m)!;
    }
    function placeBareUncached(m: Mention): Mention | null {
      // a place in the group's own clause, or named as where it is ("in", "throughout", "across")
      const sameClause = (x: PlaceMention) => { for (let k = Math.min(x.tokens[0], m.tokens[1]); k < Math.max(x.tokens[0], m.tokens[0]); k++) if (isBoundary(toks[k])) return false; return true; };
      const locative = (x: PlaceMention) => /^(in|at|throughout|across|inside|near)$/.test(toks[x.tokens[0] - 1]?.lower ?? '') || /^(in|at|throughout|across|inside|near)$/.test(toks[x.tokens[0] - 2]?.lower ?? '');
      const ok = (x: PlaceMention) => !!x.place.country && (covered[x.tokens[0]] < 0 || doc.mentions[covered[x.tokens[0]]].country === x.place.country) && (sameClause(x) || locative(x));
      const p = sentencePlaces.find((x) => ok(x) && x.tokens[0] >= m.tokens[1]) ?? sentencePlaces.find(ok);
      // a national adjective only counts inside the group's own phrase ("Iraqi Kurdish protesters")
      const adj = sentenceMentions.find((x) => x.modifier && x.tokens[1] <= m.tokens[0] && m.tokens[0] - x.tokens[1] <= 3 && x.tokens[0] >= a && x.country.length === 3 && !x.country.startsWith('IGO'));
      let country = adj?.country ?? p?.place.country;
      // "President Yoweri Museveni has banned Ugandan opposition candidates": a named title, one country in view
      if (!country && m.kind === 'person') {
        const any = sentenceMentions.find((x) => x.country.length === 3 && x.country !== '---' && !x.country.startsWith('IGO') && !x.country.startsWith('NGO') && !inAttribution(x.tokens[0]));
        country = any?.country ?? sentencePlaces.find((x) => x.place.country)?.place.country ?? undefined;
      }
      if (!country) return null;
      return { ...m, code: `${country}${m.sector}`, country, rule: `${m.rule}+${adj ? adj.rule : p ? 'places:' + p.place.name : 'context:' + country}` };
    }

    /** The possessor or national adjective of the noun at k: "Russia's expulsion", "the Russian attack". */
    const possessorOf = (k: number): Mention[] | null => {
      let j = k - 1;
      while (j >= a && k - j <= 4 && (toks[j].pos === 'ADJ' || (toks[j].pos === 'NOUN' && covered[j] < 0) || toks[j].lower === 'the')) j--;
      if (j < a) return null;
      if (toks[j].lower === "'s" || toks[j].text === "'" || toks[j].text === '’s') {
        const mi = covered[j - 1];
        if (mi >= 0 && !inAttribution(j - 1)) return expandLeft(doc.mentions[mi]);
        return null;
      }
      // a national adjective right before the noun: "the Russian assault on Ukraine"
      for (let q = k - 1; q > j; q--) { const mi = covered[q]; if (mi >= 0 && doc.mentions[mi].modifier) return [doc.mentions[mi]]; }
      if (/^(his|her|their|its)$/.test(toks[j].lower) && covered[j] >= 0) return [doc.mentions[covered[j]]];
      return null;
    };
    const expandLeft = (m: Mention): Mention[] => {
      const out = [m];
      let k = m.tokens[0] - 1;
      for (;;) {
        // "China and Russia", "Iran, Iraq and Syria": a bare comma joins only after an "and"/"or"
        const join = toks[k]?.lower;
        if (!(join === 'and' || join === 'or' || (join === ',' && out.length > 1))) break;
        let j = k - 1;
        if (toks[j]?.text === ',') j--;
        const prev = covered[j] >= 0 ? doc.mentions[covered[j]] : null;
        if (!prev || prev.modifier || prev.country === '---' || j < a) break;
        out.unshift(prev); k = prev.tokens[0] - 1;
      }
      return out;
    };

    // chains: "plans to send", "may be prepared to deploy", "urged Iran to halt"
    const consumed = new Set<number>();
    const consumedOrUsedAsComplement = (x: number) => consumed.has(x);
    const contentGerunds = new Set<number>();
    const bestCache = new Map<number, PatternMatch | null>();
    const patternWords = new Set<number>();
    const used = new Set<number>();
    for (const v of verbs) {
      if (used.has(v) || consumed.has(v)) continue;
      const chain = buildChain(v);
      for (const l of chain.links) used.add(l.g.head);
      codeChain(chain);
    }
    codeNominals();

    function framesFor(g: VerbGroup): Frame[] {
      const t = toks[g.head];
      const out: Frame[] = [];
      for (const key of [t.lemma, t.lower]) for (const f of lex.frames.get(key) ?? []) {
        if (out.includes(f)) continue;
        if (f.verbs.some((w) => w[0] === key && w.length === 1 && f.kind !== 'report')) out.push(f);
        if (f.verbs.some((w) => w[0] === key && w.length === 2 && (toks[g.head + 1]?.lower === w[1] || toks[g.head + 1]?.lemma === w[1]))) out.push(f);
      }
      // "be ready/prepared/willing/expected to"
      if (g.aux.includes('be')) for (const f of lex.frames.get('be') ?? []) if (f.verbs.some((w) => w[0] === 'be' && (w[1] === t.lower || w[1] === t.lemma))) out.push(f);
      return out;
    }

    function buildChain(v: number): Chain {
      const links: Link[] = [];
      let controlled: Mention[] | null = null;
      let cur = v;
      for (let guard = 0; guard < 6; guard++) {
        const g = groups.get(cur)!;
        links.push({ g, frames: framesFor(g) });
        let k = g.head + 1;
        // a particle or a frame's second word ("call on", "be ready")
        while (k < b && (toks[k].pos === 'ADP' && ['on', 'upon', 'out'].includes(toks[k].lower) && toks[k + 1]?.lower !== 'to')) k++;
        let next = -1;
        if (toks[k]?.lower === 'to' && toks[k].pos === 'PART' || (toks[k]?.lower === 'to' && groups.has(k + 1))) {
          let j = k + 1; while (j < b && toks[j].pos === 'ADV') j++;
          if (groups.has(j)) next = j;
        } else if (mentionAt(k) || (toks[k]?.lower === 'the' && mentionAt(k + 1))) {
          // object control: "urged Iran to", "spurred former President Donald Trump to"
          const m = mentionAt(k) ?? mentionAt(k + 1)!;
          const all = coordinated(m, b);
          const after = all[all.length - 1].tokens[1];
          if (toks[after]?.lower === 'to') {
            let j = after + 1; while (j < b && toks[j].pos === 'ADV') j++;
            if (groups.has(j)) { next = j; controlled = all; }
          }
        }
        if (next < 0) break;
        consumed.add(next);
        cur = next;
      }
      return { links, controlled };
    }

    function codeChain(chain: Chain): void {
      const { links } = chain;
      const head = links[0].g;
      // "accused X of violating ...": a gerund after a preposition is the content of another act
      const before = toks[head.first - 1];
      if (head.participle && before && (before.pos === 'ADP' || before.pos === 'SCONJ') && before.lower !== 'by') { contentGerunds.add(head.head); return; }
      if (head.participle && before && (before.text === ',' || before.lower === 'and' || before.lower === 'or')) {
        const prevV = verbs.filter((x) => x < head.head).pop();
        if (prevV !== undefined && contentGerunds.has(prevV)) { contentGerunds.add(head.head); return; }
      }
      // a bare "to" infinitive is a purpose, not a report of the act, unless a noun of intent governs it
      const intentNoun = before?.lower === 'to' && INTENT_NOUNS.has(toks[head.first - 2]?.lemma ?? '');
      // "one of the few countries to recognize ...", "the first leader to visit ...": that act happened
      const infinitivalRelative = before?.lower === 'to' && toks[head.first - 2]?.pos === 'NOUN' && toks.slice(Math.max(a, head.first - 6), head.first - 2).some((t) => RANKERS.has(t.lower));
      if (before?.lower === 'to' && !intentNoun && !infinitivalRelative) return;
      // the action: the last link whose verb has an event entry that matches
      let action: { link: Link; match: PatternMatch } | null = null;
      for (let i = links.length - 1; i >= 0 && !action; i--) {
        const m = bestMatch(links[i].g);
        if (m) action = { link: links[i], match: m };
      }
      // a complement verb we know but whose pattern did not match still says what kind of act it is
      const last = toks[links[links.length - 1].g.head];
      const weak = !action ? entriesFor(lex, last.lemma, last.lower).commonest : undefined;
      const familyFrame = links.find((l, i) => i < links.length - (action ? 0 : 0) && l.frames.some((f) => f.family) && (!action || links.indexOf(action.link) > i))?.frames.find((f) => f.family) ?? null;
      const obliged = !familyFrame && links.some((l) => l.g.modal === 'must' || l.g.modal === 'should');
      if (!action && !familyFrame && !obliged) {
        // a frame with nothing after it to code, or a plain verb with no entry: nothing to say
        return;
      }
      const isReport = links.some((l) => lex.frames.get(l.g.lemma)?.some((f) => f.kind === 'report'));
      if (!action && isReport && !familyFrame) return;
      // modality: auxiliaries along the chain, frames, sentence cues
      let modality: Modality = contextModality(toks, a, head.head);
      // "its plan to ..." is intended; "its drive to ..." is an effort under way, reported as such
      if (intentNoun && !PURSUIT_NOUNS.has(toks[head.first - 2].lemma)) modality = stronger(modality, toks[head.first - 2].lemma === 'refusal' ? 'negated' : 'intended');
      for (const l of links) {
        if (action && links.indexOf(l) > links.indexOf(action.link)) break;
        modality = stronger(modality, groupModality(l.g, conditional));
        for (const f of l.frames) if (f.modality && f.kind !== 'report') modality = stronger(modality, f.modality as Modality);
      }
      // "will not back", "no possibility that ... will back": a refused future act
      const futureNeg = modality === 'negated' && links.some((l) => l.g.modal === 'will' || l.g.modal === 'would');
      let code = action ? action.match.entry.code : familyFrame ? familyFrame.fallback! : '100';
      if (!action && familyFrame && weak && links.length > 1) {
        const fam = familyFrame.family === 'intent' && weak.code.slice(0, 2) >= '16' ? 'threat' : familyFrame.family!;
        code = mapFamily(fam, weak.code.slice(0, 2)) ?? code;
      }
      const rule = action ? action.match.entry.id : familyFrame ? `frames:${familyFrame.id}` : 'frames:obligation';
      // an act the actor itself intends ("will", "plans to", "is ready to"), not one a reporter merely
      // thinks possible ("may"): cooperative acts become expressed intent (03), hostile ones threats (13)
      const actorIntent = (intentNoun && !PURSUIT_NOUNS.has(toks[head.first - 2].lemma)) || links.some((l, i) => (!action || i <= links.indexOf(action.link)) && (l.g.modal === 'will' || l.g.modal === 'would' || l.g.modal === 'shall' || l.frames.some((f) => f.modality === 'intended' || f.modality === 'possible')));
      if (familyFrame && action) {
        // vowing to fight is a threat, not a promise
        const fam = familyFrame.family === 'intent' && code.slice(0, 2) >= '16' ? 'threat' : familyFrame.family!;
        code = mapFamily(fam, code) ?? (fam === familyFrame.family ? familyFrame.fallback : '130') ?? code;
      } else if (!familyFrame && action) {
        const root = code.slice(0, 2);
        if (futureNeg && root >= '03' && root <= '08') code = mapFamily('refuse', code) ?? code;
        else if (actorIntent && modality !== 'negated' && root >= '04' && root <= '09') code = mapFamily('intent', code) ?? code;
        else if (actorIntent && modality !== 'negated' && (root === '12' || root === '14' || (root >= '16' && root <= '20'))) code = mapFamily('threat', code) ?? code;
      }
      if (familyFrame?.kind === 'threat' || familyFrame?.kind === 'demand' || familyFrame?.kind === 'appeal' || familyFrame?.kind === 'refuse') {
        // the frame is the act; its own auxiliaries say whether it happened
        modality = stronger(contextModality(toks, a, head.head), groupModality(links[0].g, conditional));
      }
      if (familyFrame?.kind === 'refuse' && links[0].g.lemma === 'fail') { code = action ? action.match.entry.code : code; modality = 'negated'; }
      const cam = lex.cameo.get(code);
      if (!cam) return;
      if (action) for (const k of action.match.consumed) patternWords.add(k);

      // source and target
      const actGroup = action ? action.link.g : head;
      let sources: Mention[] | null;
      let targets: Mention[] = action?.match.target ?? [];
      if (actGroup.passive) {
        sources = findBy(actGroup.head + 1);
        // a pattern's slot after a passive verb holds the agent ("was attacked by X"), not the target
        if (sources && targets.some((t) => sources!.includes(t))) targets = [];
        // the grammatical subject is the target; a national adjective will do ("a Syrian border post")
        const subj = subjectOf(links[0].g.head) ?? scanSubject(links[0].g.first - 1, 0, links[0].g.head, true);
        if (targets.length === 0 && subj) targets = subj;
      } else {
        sources = subjectOf(links[0].g.head);
      }
      if (chain.controlled) {
        // "urged Iran to halt": Iran is the target; "spurred Trump to threaten": Trump acts
        if (familyFrame && (familyFrame.kind === 'demand' || familyFrame.kind === 'appeal')) targets = chain.controlled;
        else sources = chain.controlled;
      }
      const frameLink = !action ? links.find((l) => l.frames.includes(familyFrame!)) ?? links[0] : null;
      if (targets.length === 0 && action && action.match.end > action.link.g.head + 1) {
        for (let k = action.link.g.head + 1; k < action.match.end && targets.length === 0; k++) { const m = targetAt(k); if (m && m.country !== '---' && !(sources ?? []).some((x) => x === m || x.entity === m.entity)) targets = [m]; }
      }
      // "demanded that the United States match ...": the demand is on the subject of the that-clause
      if (targets.length === 0 && (code.startsWith('10') || code.startsWith('02') || familyFrame?.kind === 'demand' || familyFrame?.kind === 'appeal')) {
        const t = thatClauseSubject((action?.match.end ?? head.head + 1));
        if (t) targets = t;
      }
      if (targets.length === 0) targets = firstActorAfter((action?.match.end ?? (frameLink?.g ?? actGroup).head + 1), sources);
      if (targets.length === 0 && head.participle) targets = mainClauseTarget(head.head);
      if (targets.length === 0 && (!action || action.match.entry.code < '04' || (familyFrame && familyFrame.kind !== 'intent'))) targets = nearestOther(frameLink?.g.head ?? actGroup.head, sources);
      if (!sources || sources.length === 0) return;
      // "X said Y must do Z": X demands it of Y (the act itself is only demanded)
      if (obliged) {
        const rv = verbs.filter((x) => x < head.head && reportVerbsHas(x)).pop();
        const speakers = rv !== undefined ? subjectOf(rv) : null;
        // a demanded act did not happen; with no one to say who demands it, there is nothing to code
        if (!speakers || !speakers.length || speakers.some((sp) => sources!.includes(sp))) return;
        {
          const demand = action ? mapFamily('demand', code) ?? '100' : '100';
          const rvg = groups.get(rv!)!;
          const span: [number, number] = [toks[Math.min(speakers[0].tokens[0], rvg.first)].start, toks[Math.min(b - 1, (action?.match.end ?? head.head + 1) - 1)].end];
          for (const sp of speakers.flatMap((m) => (m as MentionWithGroup).group ?? [m])) for (const t of sources.flatMap((m) => (m as MentionWithGroup).group ?? [m])) {
            emit({ sentence: s.i, span, trigger: { text: toks[rvg.head].text, span: [toks[rvg.head].start, toks[rvg.head].end] }, src: sp, tgt: t, code: demand, modality: contextModality(toks, a, rv!), attribution: sentAtt?.attribution ?? null, when: eventTime(rvg, timesOf()), where: null, quantity: null, rule: rule === 'frames:obligation' ? rule : `frames:obligation+${rule}`, confidence: 0.6 });
          }
          return;
        }
      }
      const fromGroup = sources.some((m) => (m as MentionWithGroup).group);
      // group anaphors ("the two", "they") stand for their members
      sources = sources.flatMap((m) => (m as MentionWithGroup).group ?? [m]);
      targets = targets.flatMap((m) => (m as MentionWithGroup).group ?? [m]);
      const trig = action ? action.link.g : frameLink!.g;
      const triggerEnd = action ? Math.max(trig.head + action.match.entry.words.length, ...[...action.match.consumed].map((x) => x + 1)) : trig.head + 1;
      const spanStart = Math.min(links[0].g.first, ...sources.map((m) => m.tokens[0]).filter((x) => x >= a));
      const lastTok = Math.max(triggerEnd, ...targets.map((m) => m.tokens[1]).filter((x) => x <= b)) - 1;
      const span: [number, number] = [toks[Math.max(a, spanStart)].start, toks[Math.min(b - 1, lastTok)].end];
      const trigger = { text: doc.text.slice(toks[trig.first].start, toks[triggerEnd - 1].end), span: [toks[trig.first].start, toks[triggerEnd - 1].end] as [number, number] };
      // attribution: the sentence's, else the speaker of a reporting verb that governs us
      let attribution: Attribution | null = sentAtt?.attribution ?? null;
      if (!attribution) {
        const rv = verbs.filter((x) => x < head.head && reportVerbsHas(x)).pop();
        if (rv !== undefined) { const sp = subjectOf(rv); if (sp && sp[0] && !sources.includes(sp[0])) attribution = speakerAttribution(sp[0], doc.text); }
      }
      const when = eventTime(trig, timesOf(), actorIntent || modality === 'intended');
      const where = eventPlace(trig.head);
      const quantity = eventQuantity(trig.head);
      // protest and repression with no one named are aimed at the actor's own country
      // a target that is the source again ("the Sovereign State of Biafra" placed in Nigeria) is no target
      targets = targets.filter((t) => !sources!.some((x) => x === t || x.entity === t.entity || (x.code === t.code && !t.entity.startsWith('country:') && !t.modifier && !x.modifier)));
      const actRoot = action ? action.match.entry.code.slice(0, 2) : cam.root;
      const actCode = action ? action.match.entry.code : cam.code;
      // a show of force is aimed at the country where it is made ("troops on alert in the West Bank")
      if (targets.length === 0 && (actRoot === '15' || actRoot === '07' || actRoot === '16' || (actRoot === '08' && !actCode.startsWith('087')))) {
        const p = eventPlace(trig.head);
        if (p?.country && !sources.some((m) => m.country === p.country)) targets = [countryOnly({ ...sources[0], country: p.country })];
      }
      if (targets.length === 0 && (actRoot === '09' || actRoot === '14' || actRoot === '17' || (actRoot === '08' && !actCode.startsWith('087')))) targets = sources.filter((m) => m.country !== '---').slice(0, 1).map((m) => countryOnly(m));

      const pairs: [Mention, Mention | null][] = [];
      // "the two met", "Iran and Iraq agreed": mutual acts go both ways when no one else is named
      const mutual = targets.length === 0 && sources.length === 2 && sources[0].entity !== sources[1].entity && (fromGroup || (cam.root >= '03' && cam.root <= '06'));
      if (mutual) pairs.push([sources[0], sources[1]], [sources[1], sources[0]]);
      else {
        for (const src of sources) {
          const ts = targets.filter((t) => t !== src && t.entity !== src.entity && (t.code !== src.code || t.entity.startsWith('country:') || src.entity.startsWith('country:') || src.modifier || t.modifier));
          if (ts.length === 0) pairs.push([src, null]);
          for (const t of ts) pairs.push([src, t]);
        }
      }
      // a meeting, visit or talks with no other party named is no event between actors
      if (cam.root === '04' && pairs.every(([, t]) => !t)) return;
      const confidence = Math.round(100 * (0.6 + (action && action.match.literal > 0 ? 0.25 : 0.1))) / 100;
      for (const [src, tgt] of pairs) emit({ sentence: s.i, span, trigger, src, tgt, code, modality, attribution, when, where, quantity, rule, confidence: src.kind === 'pronoun' ? confidence - 0.1 : confidence });
    }

    interface Emit { sentence: number; span: [number, number]; trigger: Event['trigger']; src: Mention; tgt: Mention | null; code: string; modality: Modality; attribution: Attribution | null; when: TimeRef | null; where: PlaceRef | null; quantity: Quantity | null; rule: string; confidence: number }
    /** Build one Event record (codes, scores, PLOVER) and keep it unless it repeats one already made. */
    function emit(x: Emit): void {
      if (x.src.country === '---') return;
      const cam = lex.cameo.get(x.code)!;
      const ev: Event = {
        id: '', doc: doc.id, sentence: x.sentence, span: x.span, trigger: x.trigger,
        source: actor(x.src), target: x.tgt ? actor(x.tgt) : null,
        cameo: x.code, root: cam.root, quad: cam.quad, goldstein: cam.goldstein, label: cam.label,
        plover: { event: cam.plover, ...(cam.mode ? { mode: cam.mode } : {}), ...(cam.context ? { context: cam.context } : {}) },
        modality: x.modality, attribution: x.attribution, when: x.when, where: x.where, quantity: x.quantity, rule: x.rule,
        confidence: Math.round(100 * Math.max(0.1, x.confidence - (x.tgt ? 0 : 0.05))) / 100,
      };
      ev.id = eventId(ev);
      // one event per act, source and target, however many words name them
      if (!events.some((e) => e.id === ev.id || (e.sentence === ev.sentence && e.trigger.span[0] === ev.trigger.span[0] && e.cameo === ev.cameo && e.source?.code === ev.source?.code && e.target?.code === ev.target?.code))) events.push(ev);
    }

    /** Nominal events: "Russia's expulsion of two Estonian diplomats", "their encounter in 2019". */
    function codeNominals(): void {
      for (let k = a; k < b; k++) {
        const t = toks[k];
        if (t.pos !== 'NOUN' || patternWords.has(k) || inAttribution(k) || covered[k] >= 0) continue;
        const entries = [...(lex.nouns.get(t.lemma) ?? []), ...(t.lemma !== t.lower ? lex.nouns.get(t.lower) ?? [] : [])];
        if (entries.length === 0) continue;
        let best: PatternMatch | null = null;
        for (const e of entries) {
          let j = k + 1;
          let ok = true;
          for (const w of e.words.slice(1)) { if (toks[j] && (toks[j].lower === w || toks[j].lemma === w)) j++; else { ok = false; break; } }
          if (!ok) continue;
          const m = matchEntry(e, j, slot);
          if (m && (!best || m.literal > best.literal)) best = m;
        }
        // "their initial encounter": a meeting of a pair needs no named target
        if (!best) {
          const mutualEntry = entries.find((e) => e.code.startsWith('04') && e.words.length === 1);
          const pair = possessorOf(k);
          if (!mutualEntry || !pair || !pair.some((m) => (m as MentionWithGroup).group)) continue;
          best = { entry: mutualEntry, literal: 0, end: k + 1, target: [], consumed: new Set() };
        }
        let sources = possessorOf(k) ?? findBy(best.end);
        if (!sources) continue;
        const fromGroup = sources.some((m) => (m as MentionWithGroup).group);
        sources = sources.flatMap((m) => (m as MentionWithGroup).group ?? [m]);
        const targets = best.target.flatMap((m) => (m as MentionWithGroup).group ?? [m]);
        if (targets.length === 0 && !(fromGroup && sources.length === 2)) continue;
        const cam = lex.cameo.get(best.entry.code);
        if (!cam) continue;
        const g: VerbGroup = { head: k, first: k, lemma: t.lemma, aux: [], negated: false, modal: null, passive: false, participle: false, pastSimple: false };
        const modality = contextModality(toks, a, k);
        const startTok = Math.min(k, ...sources.map((m) => m.tokens[0]).filter((x) => x >= a));
        const endTok = Math.max(k + 1, best.end, ...targets.map((m) => m.tokens[1]).filter((x) => x <= b));
        const span: [number, number] = [toks[startTok].start, toks[endTok - 1].end];
        const trigger = { text: t.text, span: [t.start, t.end] as [number, number] };
        const pairs: [Mention, Mention | null][] = targets.length === 0
          ? [[sources[0], sources[1]], [sources[1], sources[0]]]
          : sources.flatMap((src) => targets.filter((x) => x.entity !== src.entity).map((x) => [src, x] as [Mention, Mention]));
        const when = eventTime(g, timesOf());
        for (const [src, tgt] of pairs) emit({ sentence: s.i, span, trigger, src, tgt, code: best.entry.code, modality, attribution: sentAtt?.attribution ?? null, when, where: eventPlace(k), quantity: null, rule: best.entry.id, confidence: 0.6 });
      }
    }

    /** The target of the finite verb a participle clause hangs from: "wrote to Kim, proposing talks". */
    function mainClauseTarget(v: number): Mention[] {
      const main = verbs.filter((x) => x < v && !groups.get(x)!.participle).pop();
      if (main === undefined) return [];
      return firstActorAfter(main + 1, subjectOf(main));
    }

    /** The subject of a that-clause right after a verb (time words may stand between); its verb is not coded again. */
    function thatClauseSubject(from: number): Mention[] | null {
      let k = from;
      while (k < b && k - from < 4 && toks[k].lower !== 'that' && (toks[k].pos === 'PROPN' || toks[k].pos === 'NOUN' || toks[k].pos === 'ADV' || toks[k].pos === 'ADP')) k++;
      if (toks[k]?.lower !== 'that') return null;
      let j = k + 1;
      if (toks[j]?.lower === 'the') j++;
      const m = mentionStart.get(j) ?? (toks[k + 1] ? mentionStart.get(k + 1) : undefined);
      if (!m || m.country === '---' || m.modifier) return null;
      const all = coordinated(m, b);
      const v = verbs.find((x) => x >= all[all.length - 1].tokens[1]);
      if (v !== undefined) consumed.add(v);
      return all;
    }

    function countryOnly(m: Mention): Mention {
      const c = lex.countries.get(m.country);
      return { ...m, code: m.country, sector: '', name: c?.name ?? m.country, entity: `country:${m.country}`, kind: 'country' };
    }

    /** The nearest other actor in the sentence, for statements and frames that name their addressee elsewhere. */
    function nearestOther(at: number, sources: Mention[] | null): Mention[] {
      let best: Mention | null = null;
      let dist = Infinity;
      for (const m of sentenceMentions) {
        if (m.modifier || m.country === '---' || m.kind === 'pronoun') continue;
        if (inAttribution(m.tokens[0]) || (sources ?? []).some((x) => x === m || x.entity === m.entity || x.country === m.country)) continue;
        const d = Math.abs(m.tokens[0] - at);
        if (d < dist) { dist = d; best = m; }
      }
      return best ? [best] : [];
    }

    /** Is the verb at x a reporting verb with a clause after it ("said (on Monday) that ...", "said Iran had ...")? */
    function reportVerbsHas(x: number) {
      if (!reportVerbs.has(toks[x].lemma) || !toks[x + 1]) return false;
      if (groups.has(x + 2) || mentionStart.has(x + 1)) return true;
      for (let k = x + 1; k < Math.min(b, x + 5); k++) {
        if (toks[k].lower === 'that') return true;
        if (!/^(PROPN|NOUN|ADV|ADP|NUM|DET)$/.test(toks[k].pos)) break;
      }
      return false;
    }

    function isReciprocal(ms: Mention[]): boolean {
      return ms.length === 2 && ms[0].entity !== ms[1].entity;
    }

    function bestMatch(g: VerbGroup): PatternMatch | null {
      if (bestCache.has(g.head)) return bestCache.get(g.head)!;
      const t = toks[g.head];
      const index = entriesFor(lex, t.lemma, t.lower);
      let best: PatternMatch | null = null;
      if (index.size > 0) {
        // only entries whose first pattern word occurs ahead can match: gather those, best first
        const stamp = ++stampCounter;
        const list: Ranked[] = [];
        for (const e of index.open) { e.stamp = stamp; list.push(e); }
        const stop = Math.min(b, g.head + 18);
        for (let k = g.head + 1; k < stop; k++) {
          const x = toks[k];
          const hits = index.byAnchor.get(x.lemma);
          if (hits) for (const e of hits) if (e.stamp !== stamp) { e.stamp = stamp; list.push(e); }
          if (x.lower !== x.lemma) {
            const more = index.byAnchor.get(x.lower);
            if (more) for (const e of more) if (e.stamp !== stamp) { e.stamp = stamp; list.push(e); }
          }
        }
        if (list.length > 1) list.sort((p, q) => q.bound - p.bound);
        let bestScore = -1;
        for (const e of list) {
          // entries come most specific first: stop when none left can beat the best
          if (e.bound < bestScore) break;
          // phrasal verbs: the other words follow the verb ("lash out", "crack down on")
          let k = g.head + 1;
          let ok = true;
          for (let w = 1; w < e.words.length; w++) {
            if (toks[k] && (toks[k].lower === e.words[w] || toks[k].lemma === e.words[w])) k++; else { ok = false; break; }
          }
          if (!ok) continue;
          const m = matchEntry(e, k, slot);
          if (!m) continue;
          const score = m.literal * 10 + e.words.length * 5 + (e.patterns ? 1 : 0);
          if (score > bestScore || (score === bestScore && best && e.code.length > best.entry.code.length)) { best = m; bestScore = score; }
        }
      }
      bestCache.set(g.head, best);
      return best;
    }

    function mapFamily(family: string, code: string): string | null {
      const f = lex.families.get(family);
      if (!f) return null;
      return f.get(code) ?? f.get(code.slice(0, 3)) ?? f.get(code.slice(0, 2)) ?? null;
    }

    function findBy(from: number): Mention[] | null {
      // the agent may come after an aside: "accused of misusing funds, much of it embezzled, by officials"
      let end = from;
      while (end < b && toks[end].text !== ';' && !(groups.has(end) && !groups.get(end)!.participle && toks[end - 1]?.lower !== 'to' && !/^(been|be)$/.test(toks[end - 1]?.lower ?? ''))) end++;
      for (let k = from; k < end; k++) if (toks[k].lower === 'by') {
        for (let j = k + 1; j < Math.min(end, k + 5); j++) { const m = mentionAt(j); const placed = m && m.country === '---' ? placeBare(m) : m; if (placed) return placed === m ? coordinated(m, b) : [placed]; }
      }
      return null;
    }

    function firstActorAfter(from: number, sources: Mention[] | null): Mention[] {
      const end = clauseEnd(from);
      for (let k = from; k < end; k++) {
        if (groups.has(k) && k > from && toks[k - 1]?.lower !== 'to') break;
        const m = targetAt(k);
        if (m && m.country !== '---' && !(sources ?? []).includes(m)) return coordinated(m, b);
      }
      return [];
    }

    function eventTime(g: VerbGroup, ts: TimeMention[], future = false): TimeRef {
      // the nearest time words before the trigger, or after it within its clause; else the paragraph's
      const at = toks[g.head];
      const clauseStop = toks[clauseEnd(g.head + 1)]?.start ?? s.end;
      let best: TimeMention | null = null;
      let dist = Infinity;
      for (const t of ts) {
        if (t.start >= at.end && t.start > clauseStop) continue; // a later clause: "..., as they did in 2017"
        // a later coordinated verb has its own time: "praised the deal and promised ... by April"
        if (t.start >= at.end && verbs.some((v) => v > g.head && toks[v].end <= t.start && toks[v - 1]?.lower !== 'to' && !consumed.has(v))) continue;
        const d = t.start >= at.end ? t.start - at.end : at.start - t.end;
        if (d < dist) { dist = d; best = t; }
      }
      if (best) {
        const date = future ? best.ahead : best.date;
        const ref: TimeRef = { date, precision: best.precision, text: best.text, historical: isHistorical(date, doc.date), span: [best.start, best.end] };
        paragraphTime = ref;
        return ref;
      }
      if (g.pastSimple && paragraphTime) return { ...paragraphTime };
      return publicationTime(doc.date);
    }

    function eventPlace(head: number): PlaceRef | null {
      let best: PlaceMention | null = null;
      for (const p of sentencePlaces) {
        const prep = toks[p.tokens[0] - 1]?.lower ?? '';
        const prep2 = toks[p.tokens[0] - 2]?.lower ?? '';
        const locative = ['in', 'at', 'near', 'into', 'to', 'across', 'inside', 'outside', 'from', 'over'].includes(prep) || (prep === 'the' && ['in', 'at', 'near', 'into', 'to'].includes(prep2));
        if (!locative) continue;
        // a seat of government named as an actor is not where the act happened
        if (covered[p.tokens[0]] >= 0 && doc.mentions[covered[p.tokens[0]]].kind === 'country' && p.place.kind === 'country' && prep !== 'in') continue;
        if (!best || (p.tokens[0] > head && (best.tokens[0] < head || p.tokens[0] < best.tokens[0]))) best = p;
      }
      if (!best) return null;
      return { name: best.place.name, country: best.place.country, lat: best.place.lat, lon: best.place.lon, text: best.text, span: [best.start, best.end] };
    }

    function eventQuantity(head: number): Quantity | null {
      const end = clauseEnd(head + 1);
      for (let k = head + 1; k < end; k++) {
        const t = toks[k];
        if (t.pos !== 'NUM' || !/^[\d,.]+$/.test(t.text)) continue;
        if (/^(19|20)\d\d$/.test(t.text)) continue;
        let j = k + 1;
        while (j < end && (/^["“”']$/.test(toks[j].text) || toks[j].pos === 'ADJ')) j++;
        const unit = toks[j];
        if (!unit || !/^(NOUN|PROPN)$/.test(unit.pos)) continue;
        let s = k;
        if (toks[k - 1]?.lower === 'to' && toks[k - 2]?.lower === 'up') s = k - 2;
        else if (/^(about|nearly|almost|around|some|over|approximately|roughly)$/.test(toks[k - 1]?.lower ?? '')) s = k - 1;
        else if (toks[k - 1]?.lower === 'than' && /^(more|fewer|less)$/.test(toks[k - 2]?.lower ?? '')) s = k - 2;
        else if (toks[k - 1]?.lower === 'least' && toks[k - 2]?.lower === 'at') s = k - 2;
        const value = Number(t.text.replace(/,/g, ''));
        if (!Number.isFinite(value)) continue;
        return { value, unit: unit.lower, text: doc.text.slice(toks[s].start, unit.end), span: [toks[s].start, unit.end] };
      }
      return null;
    }
    void sText;
  }
  doc.events = events;

  function actor(m: Mention): Actor {
    const text = doc.text.slice(m.start, m.end);
    return { code: m.code, country: m.country, sector: m.sector, name: m.resolvedFrom ?? m.name, text, span: [m.start, m.end] };
  }
}

/** An entry with the best score it could reach; `stamp` marks it as gathered for one verb. */
type Ranked = VerbEntry & { bound: number; stamp: number };
let stampCounter = 0;
interface EntryIndex { size: number; open: Ranked[]; byAnchor: Map<string, Ranked[]>; commonest: VerbEntry | undefined }
const NONE: Ranked[] = [];
const entryCache = new WeakMap<Lexicon, Map<string, EntryIndex>>();
/**
 * The verb entries for a token, indexed by the words their patterns must start with, so that only
 * entries that can match are tried. wink sometimes cuts an -e verb's lemma ("staged" -> "stag"),
 * so the lemma with its e back is tried too.
 */
function entriesFor(lex: Lexicon, lemma: string, lower: string): EntryIndex {
  let cache = entryCache.get(lex);
  if (!cache) { cache = new Map(); entryCache.set(lex, cache); }
  const key = `${lemma}|${lower}`;
  let index = cache.get(key);
  if (!index) {
    const repaired = !lex.verbs.has(lemma) && lower.endsWith('ed') && lex.verbs.has(lemma + 'e') ? lemma + 'e' : null;
    const raw = [...(lex.verbs.get(repaired ?? lemma) ?? []), ...(lemma !== lower ? lex.verbs.get(lower) ?? [] : [])];
    index = { size: raw.length, open: [], byAnchor: new Map(), commonest: commonest(raw) };
    for (const e of raw) {
      const r: Ranked = { ...e, bound: maxLiterals(e) * 10 + e.words.length * 5 + (e.patterns ? 1 : 0), stamp: 0 };
      if (!r.anchors) { index.open.push(r); continue; }
      for (const w of r.anchors) { const l = index.byAnchor.get(w) ?? []; l.push(r); index.byAnchor.set(w, l); }
    }
    cache.set(key, index);
  }
  return index;
}

function maxLiterals(e: VerbEntry): number {
  return e.patterns ? Math.max(...e.patterns.map((p) => p.tokens.filter((t) => t.kind === 'word').length)) : 0;
}

/** The entry of the root most entries of a verb share: what kind of act the verb usually names. */
function commonest(entries: VerbEntry[]): VerbEntry | undefined {
  const count = new Map<string, number>();
  for (const e of entries) count.set(e.code.slice(0, 2), (count.get(e.code.slice(0, 2)) ?? 0) + 1);
  let best: string | null = null;
  for (const [r, n] of count) if (best === null || n > count.get(best)!) best = r;
  return entries.find((e) => e.code.startsWith(best ?? ''));
}

/** A country adjective acts as an actor only when it heads a phrase on its own ("the Russian-North Korean alliance" does not). */
function isModifierActor(toks: Token[], m: Mention): boolean {
  const next = toks[m.tokens[1]];
  return !next || !/^(NOUN|PROPN|ADJ)$/.test(next.pos);
}

/** Relative clauses set off by commas: ", which has a rail connection to Russia," */
function relativeRegions(toks: Token[], a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = a; k < b; k++) {
    // an appositive noun phrase between commas: "Pakistan, a key U.S. ally in the war, has refused"
    if (toks[k].text === ',' && /^(a|an|the)$/.test(toks[k + 1]?.lower ?? '')) {
      let e = k + 2;
      while (e < b && toks[e].text !== ',' && toks[e].pos !== 'VERB' && toks[e].pos !== 'AUX') e++;
      if (toks[e]?.text === ',' && e - k <= 12) { out.push([k, e]); continue; }
    }
    if (toks[k].text === ',' && RELATIVE.has(toks[k + 1]?.lower ?? '')) {
      let e = k + 2;
      while (e < b && toks[e].text !== ',' && toks[e].text !== ';') e++;
      out.push([k, Math.min(e, b - 1)]);
    }
  }
  return out;
}

/** A stable id from what makes the event: same input and dictionaries, same id. */
function eventId(e: Event): string {
  return hash64([e.doc, e.sentence, e.trigger.span[0], e.cameo, e.source?.code ?? '', e.target?.code ?? '', e.source?.span[0] ?? '', e.target?.span[0] ?? ''].join('|'));
}

/** Two 32-bit FNV-1a style passes with different seeds: 16 hex digits, cheap and stable. */
function hash64(s: string): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
