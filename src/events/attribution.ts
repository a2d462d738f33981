// Who the report says an event comes from: "According to NK News", "..., as per WIO News",
// "Bloomberg via MSN reported", "X said (that) ...". The outermost source wins.
import type { Attribution, Mention, Token } from '../doc/types.js';
import { INFORMATION_NOUNS, NAME_LINK_WORDS, RELATIVE_WORDS } from '../lang/en/words.js';

const MEDIA_WORDS = /\b(news|times|post|journal|agency|tv|radio|press|daily|herald|tribune|telegraph|guardian|gazette|wire|media|sun|mail|express|observer|network|channel)\b/i;

export interface SentenceAttribution { attribution: Attribution; /** token range of the attribution phrase, excluded from coding */ tokens: [number, number] }

/** Sentence-level attribution: "according to X", "as per X", trailing "X reported/said". */
export function sentenceAttribution(toks: Token[], a: number, b: number, mentions: Mention[], text: string, reportVerbs: Set<string>): SentenceAttribution | null {
  for (let k = a; k < b - 2; k++) {
    const t = toks[k];
    const phraseStart =
      (t.lower === 'according' && toks[k + 1]?.lower === 'to') ? k + 2 :
      (t.lower === 'as' && toks[k + 1]?.lower === 'per') ? k + 2 :
      (t.lower === 'citing' && toks[k - 1]?.text === ',') ? k + 1 : -1;
    if (phraseStart < 0) continue;
    let e = phraseStart;
    while (e < b && !/^[,.;:!?]$/.test(toks[e].text)) e++;
    if (t.lower === 'citing' && citesReason(toks, phraseStart, e, mentions)) continue;
    const att = sourceFrom(toks, phraseStart, e, mentions, text);
    if (att) return { attribution: att, tokens: [k, e] };
  }
  // ", Bloomberg via MSN reported." / ", the ministry said." / ", officials said, the largest attack
  // in years." (a phrase with no verb after the speaker only comments on the report)
  let end = b;
  while (end > a && /^[.!?"”’']$/.test(toks[end - 1].text)) end--;
  for (let k = end - 1; k > a + 2 && !/^(VERB|AUX)$/.test(toks[k].pos); k--) if (toks[k].text === ',' && reportVerbs.has(toks[k - 1].lemma) && toks[k - 1].pos !== 'NOUN') { end = k; break; }
  const last = toks[end - 1];
  // (", hours after the result was announced": a passive report names no speaker)
  if (last && reportVerbs.has(last.lemma) && last.pos !== 'NOUN' && !passiveReport(toks, end - 1)) {
    let s = end - 1;
    while (s > a && toks[s - 1].text !== ',' && end - s < 10) s--;
    if (s > a && toks[s - 1].text === ',' && s < end - 1 && !WHERE_WHICH.has(toks[s].lower)) {
      const att = sourceFrom(toks, s, end - 1, mentions, text);
      if (att) return { attribution: att, tokens: [s - 1, end] };
    }
  }
  return null;
}

// ", where famine has been declared", ", which Moscow announced": a relative clause closing the
// sentence tells of its noun, not who told of the sentence
const WHERE_WHICH = new Set([...RELATIVE_WORDS, 'where', 'when']);

/** ", where a curfew was declared": a passive report verb has no speaker before it. */
function passiveReport(toks: Token[], v: number): boolean {
  const before = toks[v - 1];
  return !!before && before.pos === 'AUX' && before.lemma === 'be';
}

/**
 * ", citing pressure from China", ", citing security concerns": the phrase gives a reason, not who
 * told. A source is named first (an actor or a capitalised name) or is a noun of telling or
 * writing ("citing officials", "citing a report by ...").
 */
function citesReason(toks: Token[], s: number, e: number, mentions: Mention[]): boolean {
  let k = s;
  while (k < e && /^(DET|NUM|ADJ|ADV)$/.test(toks[k].pos) && !/^[A-Z]/.test(toks[k].text)) k++;
  if (k >= e || /^[A-Z]/.test(toks[k].text) || mentions.some((m) => m.tokens[0] <= k && k < m.tokens[1])) return false;
  // the head of the first noun phrase: "citing a senior defence official" -> "official"
  while (k + 1 < e && /^(NOUN|PROPN|ADJ)$/.test(toks[k + 1].pos)) k++;
  return !INFORMATION_NOUNS.has(toks[k].lower) && !INFORMATION_NOUNS.has(toks[k].lemma);
}

/** The named source in toks[s, e): a known actor, or else its capitalised words. */
export function sourceFrom(toks: Token[], s: number, e: number, mentions: Mention[], text: string): Attribution | null {
  if (s >= e) return null;
  const span: [number, number] = [toks[s].start, toks[e - 1].end];
  const phrase = text.slice(span[0], span[1]);
  let via: string | undefined;
  let main = phrase;
  const v = / via /i.exec(phrase);
  if (v) { main = phrase.slice(0, v.index); via = phrase.slice(v.index + 5).trim(); }
  const inside = mentionsIn(mentions, span[0], span[0] + main.length);
  // a named outlet beats a description of one ("the state news agency TASS")
  const media = inside.find((m) => m.kind === 'organization' && /MED$/.test(m.code)) ?? inside.find((m) => m.country !== '---' && /MED$/.test(m.code));
  let source: string;
  let kind: Attribution['kind'];
  if (media) { source = text.slice(media.start, media.end); kind = 'media'; }
  else {
    // the last run of capitalised words: "state media source KCNA" -> "KCNA"; "The Sun" -> "The Sun"
    const words = main.trim().split(/\s+/);
    const capital = (w: string | undefined) => !!w && /^[A-Z0-9"'“]/.test(w);
    let k = words.length;
    for (;;) {
      while (k > 0 && capital(words[k - 1])) k--;
      // lower-case words inside the name: "Ministry of Defence", "Office of the Director of ..."
      let j = k;
      while (j > 0 && NAME_LINK_WORDS.has(words[j - 1])) j--;
      if (j === k || k === words.length || !capital(words[j - 1])) break;
      k = j;
    }
    if (k > 0 && /^the$/i.test(words[k - 1]) && k === words.length - 1) k--;
    const caps = words.slice(k).join(' ').replace(/^["“']|["”']$/g, '');
    const actor = inside[inside.length - 1];
    if (caps) source = caps;
    else if (actor) source = text.slice(actor.start, actor.end);
    else source = main.trim();
    kind = MEDIA_WORDS.test(source) ? 'media' : actor?.kind === 'person' ? 'person' : actor?.sector === 'GOV' ? 'official' : actor ? 'organization' : 'unknown';
    if (!source || source.length > 80) return null;
  }
  return { source, kind, text: phrase, span, ...(via ? { via } : {}) };
}

/**
 * The mentions (not modifiers) inside [from, to] of the text, found by binary search: `mentions`
 * are in text order, and a scan of them all for each attribution made long documents quadratic.
 */
function mentionsIn(mentions: Mention[], from: number, to: number): Mention[] {
  let lo = 0, hi = mentions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid].start < from) lo = mid + 1; else hi = mid; }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start <= to; i++) if (mentions[i].end <= to && !mentions[i].modifier) out.push(mentions[i]);
  return out;
}

/** Attribution to the subject of a reporting verb: "Russia's envoy stated that ...". */
export function speakerAttribution(m: Mention, text: string): Attribution {
  const kind: Attribution['kind'] = m.sector === 'MED' ? 'media' : m.kind === 'person' ? 'person' : m.sector === 'GOV' ? 'official' : 'organization';
  return { source: text.slice(m.start, m.end), kind, text: text.slice(m.start, m.end), span: [m.start, m.end] };
}
