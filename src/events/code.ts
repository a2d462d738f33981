// Stage "events": clauses, verb patterns and frames to CAMEO-coded events with modality,
// attribution, time, place and quantity. Each event names the dictionary rule that fired.
import { createHash } from 'node:crypto';
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
  const events: Event[] = [];
  let paragraphTime: TimeRef | null = null;
  let lastEnd = 0;

  for (const s of doc.sentences) {
    const [a, b] = s.tokens;
    if (doc.clean.slice(lastEnd, s.start).includes('\n\n')) paragraphTime = null; // a new paragraph
    lastEnd = s.end;
    if (s.kind !== 'body') continue;
    const sText = doc.text.slice(s.start, s.end);
    const times = findTimes(doc.clean.slice(s.start, s.end), s.start, doc.date);
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

    const clauseEnd = (from: number) => { let k = from; while (k < b && !isBoundary(toks[k])) k++; return k; };
    const mentionAt = (k: number) => { const m = mentionStart.get(k); return m && !(m.modifier && !isModifierActor(toks, m)) ? m : null; };
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
    const slot: SlotContext = { toks, end: b, mentionAt, coordinated };

    // subjects: scan left from the group, skipping relative clauses; participles share the main subject
    const subjCache = new Map<number, Mention[] | null>();
    const subjectOf = (v: number, depth = 0): Mention[] | null => {
      if (subjCache.has(v)) return subjCache.get(v)!;
      const g = groups.get(v)!;
      let res: Mention[] | null = null;
      if (depth < 4 && g.participle && (toks[g.first - 1]?.text === ',' || g.first === a)) {
        const main = verbs.filter((x) => x < v && !groups.get(x)!.participle).pop();
        if (main !== undefined) res = subjectOf(main, depth + 1);
      }
      if (!res) res = scanSubject(g.first - 1, depth, v);
      subjCache.set(v, res);
      return res;
    };
    const scanSubject = (from: number, depth: number, v: number): Mention[] | null => {
      for (let k = from; k >= a && from - k < 30; k--) {
        const reg = relRegions.find((r) => k >= r[0] && k <= r[1] && !(v >= r[0] && v <= r[1]));
        if (reg) { k = reg[0]; continue; }
        const t = toks[k];
        if (t.text === ';' || t.text === ':') return null;
        const mi = covered[k];
        if (mi >= 0) {
          const m = doc.mentions[mi];
          if (m.modifier && !isModifierActor(toks, m)) { k = m.tokens[0]; continue; }
          // inside a prepositional phrase ("to Pyongyang", "of the war"): not the subject
          const before = toks[m.tokens[0] - 1];
          if (before && before.pos === 'ADP' && before.lower !== 'of' && m.tokens[0] - 1 >= a && !(before.lower === 'by' && groups.get(v)?.passive)) { k = m.tokens[0]; continue; }
          if (m.country === '---') { k = m.tokens[0]; continue; }
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
    };
    const expandLeft = (m: Mention): Mention[] => {
      const out = [m];
      let k = m.tokens[0] - 1;
      for (;;) {
        if (!toks[k] || !(toks[k].lower === 'and' || toks[k].lower === 'or' || toks[k].text === ',')) break;
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
    const used = new Set<number>();
    for (const v of verbs) {
      if (used.has(v) || consumed.has(v)) continue;
      const chain = buildChain(v);
      for (const l of chain.links) used.add(l.g.head);
      codeChain(chain);
    }

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
      // the action: the last link whose verb has an event entry that matches
      let action: { link: Link; match: PatternMatch } | null = null;
      for (let i = links.length - 1; i >= 0 && !action; i--) {
        const m = bestMatch(links[i].g);
        if (m) action = { link: links[i], match: m };
      }
      const familyFrame = links.find((l, i) => i < links.length - (action ? 0 : 0) && l.frames.some((f) => f.family) && (!action || links.indexOf(action.link) > i))?.frames.find((f) => f.family) ?? null;
      if (!action && !familyFrame) {
        // a frame with nothing after it to code, or a plain verb with no entry: nothing to say
        return;
      }
      const isReport = links.some((l) => lex.frames.get(l.g.lemma)?.some((f) => f.kind === 'report'));
      if (!action && isReport && !familyFrame) return;
      // modality: auxiliaries along the chain, frames, sentence cues
      let modality: Modality = contextModality(toks, a, head.head);
      for (const l of links) {
        if (action && links.indexOf(l) > links.indexOf(action.link)) break;
        modality = stronger(modality, groupModality(l.g, conditional));
        for (const f of l.frames) if (f.modality && f.kind !== 'report') modality = stronger(modality, f.modality as Modality);
      }
      const futureNeg = links.some((l) => l.g.negated && (l.g.modal === 'will' || l.g.modal === 'would'));
      let code = action ? action.match.entry.code : familyFrame!.fallback!;
      let rule = action ? action.match.entry.id : `frames:${familyFrame!.id}`;
      if (familyFrame && action) code = mapFamily(familyFrame.family!, code) ?? code;
      else if (!familyFrame && action) {
        const root = code.slice(0, 2);
        if ((modality === 'intended' || modality === 'possible') && root >= '04' && root <= '09') code = mapFamily('intent', code) ?? code;
        else if ((modality === 'intended' || modality === 'possible') && root >= '15' && root <= '20') code = mapFamily('threat', code) ?? code;
        else if (futureNeg && root >= '03' && root <= '08') code = mapFamily('refuse', code) ?? code;
      }
      if (familyFrame?.kind === 'threat' || familyFrame?.kind === 'demand' || familyFrame?.kind === 'appeal' || familyFrame?.kind === 'refuse') {
        // the frame is the act; its own auxiliaries say whether it happened
        modality = stronger(contextModality(toks, a, head.head), groupModality(links[0].g, conditional));
      }
      if (familyFrame?.kind === 'refuse' && links[0].g.lemma === 'fail') { code = action ? action.match.entry.code : code; modality = 'negated'; }
      const cam = lex.cameo.get(code);
      if (!cam) return;

      // source and target
      const actGroup = action ? action.link.g : head;
      let sources: Mention[] | null;
      let targets: Mention[] = action?.match.target ?? [];
      const controlIdx = chain.controlled ? links.findIndex((l) => l.frames.some((f) => f.objectControl) || true) : -1;
      if (actGroup.passive) {
        const by = findBy(actGroup.head + 1);
        sources = by;
        const subj = subjectOf(links[0].g.head);
        if (targets.length === 0 && subj) targets = subj;
      } else {
        sources = subjectOf(links[0].g.head);
      }
      if (chain.controlled && controlIdx >= 0) {
        const demandLike = familyFrame && (familyFrame.kind === 'demand' || familyFrame.kind === 'appeal');
        if (demandLike) { if (targets.length === 0 || !action) targets = chain.controlled; else targets = chain.controlled; }
        else sources = chain.controlled; // "spurred Trump to threaten": Trump threatens
      }
      if (targets.length === 0) targets = firstActorAfter((action?.match.end ?? actGroup.head + 1), sources);
      if (!sources || sources.length === 0) return;
      // group anaphors ("the two", "they") stand for their members
      sources = sources.flatMap((m) => (m as MentionWithGroup).group ?? [m]);
      targets = targets.flatMap((m) => (m as MentionWithGroup).group ?? [m]);
      const trig = action ? action.link.g : links[0].g;
      const triggerEnd = action ? Math.max(trig.head + action.match.entry.words.length, ...[...action.match.consumed].map((x) => x + 1)) : trig.head + 1;
      const spanStart = Math.min(links[0].g.first, ...sources.map((m) => m.tokens[0]).filter((x) => x >= a));
      const lastTok = Math.max(triggerEnd, ...targets.map((m) => m.tokens[1])) - 1;
      const span: [number, number] = [toks[Math.max(a, spanStart)].start, toks[Math.min(b - 1, lastTok)].end];
      const trigger = { text: doc.text.slice(toks[trig.first].start, toks[triggerEnd - 1].end), span: [toks[trig.first].start, toks[triggerEnd - 1].end] as [number, number] };
      // attribution: the sentence's, else the speaker of a reporting verb that governs us
      let attribution: Attribution | null = sentAtt?.attribution ?? null;
      if (!attribution) {
        const rv = verbs.filter((x) => x < head.head && reportVerbsHas(x)).pop();
        if (rv !== undefined) { const sp = subjectOf(rv); if (sp && sp[0] && !sources.includes(sp[0])) attribution = speakerAttribution(sp[0], doc.text); }
      }
      const when = eventTime(trig, times, span);
      const where = eventPlace(trig.head, span);
      const quantity = eventQuantity(trig.head);
      const pairs: [Mention, Mention | null][] = [];
      if (targets.length === 0 && sources.length === 2 && (sources[0] as MentionWithGroup).group === undefined && isReciprocal(sources)) {
        pairs.push([sources[0], sources[1]], [sources[1], sources[0]]);
      } else {
        for (const src of sources) {
          const ts = targets.filter((t) => t !== src && t.entity !== src.entity);
          if (ts.length === 0) pairs.push([src, null]);
          for (const t of ts) pairs.push([src, t]);
        }
      }
      for (const [src, tgt] of pairs) {
        if (src.country === '---') continue;
        const ev: Event = {
          id: '', doc: doc.id, sentence: s.i, span, trigger,
          source: actor(src), target: tgt ? actor(tgt) : null,
          cameo: code, root: cam.root, quad: cam.quad, goldstein: cam.goldstein, label: cam.label,
          plover: { event: cam.plover, ...(cam.mode ? { mode: cam.mode } : {}), ...(cam.context ? { context: cam.context } : {}) },
          modality, attribution, when, where, quantity, rule,
          confidence: Math.round(100 * (0.6 + (action && action.match.literal > 0 ? 0.25 : 0.1) - (src.kind === 'pronoun' ? 0.1 : 0) - (tgt ? 0 : 0.05))) / 100,
        };
        ev.id = eventId(ev);
        if (!events.some((e) => e.id === ev.id)) events.push(ev);
      }
    }

    function reportVerbsHas(x: number) { return reportVerbs.has(toks[x].lemma) && toks[x + 1] && (toks[x + 1].lower === 'that' || groups.has(x + 2) || mentionStart.has(x + 1) || /^(last|on|in|this)$/.test(toks[x + 1].lower)); }

    function isReciprocal(ms: Mention[]): boolean {
      return ms.length === 2 && ms[0].entity !== ms[1].entity;
    }

    function bestMatch(g: VerbGroup): PatternMatch | null {
      const t = toks[g.head];
      const entries: VerbEntry[] = [...(lex.verbs.get(t.lemma) ?? []), ...(t.lemma !== t.lower ? lex.verbs.get(t.lower) ?? [] : [])];
      let best: PatternMatch | null = null;
      for (const e of entries) {
        // phrasal verbs: the other words follow the verb ("lash out", "crack down on")
        let k = g.head + 1;
        let ok = true;
        for (const w of e.words.slice(1)) {
          if (toks[k] && (toks[k].lower === w || toks[k].lemma === w)) k++; else { ok = false; break; }
        }
        if (!ok) continue;
        const m = matchEntry(e, k, slot);
        if (!m) continue;
        const score = m.literal * 10 + e.words.length * 5 + (e.patterns ? 1 : 0);
        const bestScore = best ? best.literal * 10 + best.entry.words.length * 5 + (best.entry.patterns ? 1 : 0) : -1;
        if (score > bestScore || (score === bestScore && best && e.code.length > best.entry.code.length)) best = m;
      }
      return best;
    }

    function mapFamily(family: string, code: string): string | null {
      const f = lex.families.get(family);
      if (!f) return null;
      return f.get(code) ?? f.get(code.slice(0, 3)) ?? f.get(code.slice(0, 2)) ?? null;
    }

    function findBy(from: number): Mention[] | null {
      const end = clauseEnd(from);
      for (let k = from; k < end; k++) if (toks[k].lower === 'by') {
        for (let j = k + 1; j < Math.min(end, k + 5); j++) { const m = mentionAt(j); if (m && m.country !== '---') return coordinated(m, b); }
      }
      return null;
    }

    function firstActorAfter(from: number, sources: Mention[] | null): Mention[] {
      const end = clauseEnd(from);
      for (let k = from; k < end; k++) {
        if (groups.has(k) && k > from && toks[k - 1]?.lower !== 'to') break;
        const m = mentionAt(k);
        if (m && m.country !== '---' && !(sources ?? []).includes(m)) return coordinated(m, b);
      }
      // a place as the target's country: "sent troops to Donetsk"
      for (const p of places) {
        if (p.tokens[0] >= from && p.tokens[0] < end && p.place.country && ['to', 'into', 'in'].includes(toks[p.tokens[0] - 1]?.lower ?? '')) {
          const c = lex.countries.get(p.place.country);
          return [{ start: p.start, end: p.end, tokens: p.tokens, code: p.place.country, country: p.place.country, sector: '', name: c?.name ?? p.place.country, entity: p.place.country, kind: 'place', rule: `places:${p.place.name}` }];
        }
      }
      return [];
    }

    function eventTime(g: VerbGroup, ts: TimeMention[], span: [number, number]): TimeRef {
      // the nearest time words in the event's own stretch of text, else the sentence's, else the paragraph's
      let best: TimeMention | null = null;
      let dist = Infinity;
      for (const t of ts) {
        const d = t.start >= span[0] && t.end <= span[1] ? 0 : Math.min(Math.abs(t.start - toks[g.head].end), Math.abs(toks[g.head].start - t.end));
        if (d < dist) { dist = d; best = t; }
      }
      if (best) {
        const ref: TimeRef = { date: best.date, precision: best.precision, text: best.text, historical: isHistorical(best.date, doc.date), span: [best.start, best.end] };
        paragraphTime = ref;
        return ref;
      }
      if (g.pastSimple && paragraphTime) return { ...paragraphTime };
      return publicationTime(doc.date);
    }

    function eventPlace(head: number, span: [number, number]): PlaceRef | null {
      let best: PlaceMention | null = null;
      for (const p of places) {
        if (p.start < s.start || p.end > s.end) continue;
        const prep = toks[p.tokens[0] - 1]?.lower ?? '';
        const prep2 = toks[p.tokens[0] - 2]?.lower ?? '';
        const locative = ['in', 'at', 'near', 'into', 'to', 'across', 'inside', 'outside', 'from', 'over'].includes(prep) || (prep === 'the' && ['in', 'at', 'near', 'into', 'to'].includes(prep2));
        if (!locative) continue;
        // a seat of government named as an actor is not where the act happened
        if (covered[p.tokens[0]] >= 0 && doc.mentions[covered[p.tokens[0]]].kind === 'country' && p.place.kind === 'country' && prep !== 'in') continue;
        if (!best || (p.tokens[0] > head && (best.tokens[0] < head || p.tokens[0] < best.tokens[0]))) best = p;
      }
      if (!best) return null;
      void span;
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

/** A country adjective acts as an actor only when it heads a phrase on its own ("the Russian-North Korean alliance" does not). */
function isModifierActor(toks: Token[], m: Mention): boolean {
  const next = toks[m.tokens[1]];
  return !next || !/^(NOUN|PROPN|ADJ)$/.test(next.pos);
}

/** Relative clauses set off by commas: ", which has a rail connection to Russia," */
function relativeRegions(toks: Token[], a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = a; k < b; k++) {
    if (toks[k].text === ',' && RELATIVE.has(toks[k + 1]?.lower ?? '')) {
      let e = k + 2;
      while (e < b && toks[e].text !== ',' && toks[e].text !== ';') e++;
      out.push([k, Math.min(e, b - 1)]);
    }
  }
  return out;
}

function eventId(e: Event): string {
  return createHash('sha1').update([e.doc, e.sentence, e.trigger.span[0], e.cameo, e.source?.code ?? '', e.target?.code ?? '', e.source?.span[0] ?? '', e.target?.span[0] ?? ''].join('|')).digest('hex').slice(0, 16);
}
