// The compiled dictionaries: one token trie for every name (countries, people, organisations,
// agents, places), an index of verb and noun patterns by lemma, frames and the CAMEO table.
import { basename, dirname } from 'node:path';
import { readEntries, EntryCheck, type DictProblem, type Located } from './yaml-file.js';
import { nameTokens } from './name-tokens.js';
import { compilePattern, compileSlotPattern, expandPatternSets } from './compile-patterns.js';
import { readPetrarch } from './petrarch/read.js';
import { lexiconFiles, type LoadOptions } from './dict-files.js';

export { DEFAULT_DICT_DIR, type LoadOptions } from './dict-files.js';
import { convertPetrarch } from './petrarch/convert.js';

export interface Role { code: string; title: string | null; from: string | null; to: string | null }
export interface Person { id: string; name: string; roles: Role[] }
export interface Place {
  name: string; country: string | null; lat: number; lon: number; kind: string;
  /** from the gazetteer (src/places): GeoNames first-level division ("UA.07"), population, id */
  adm1?: string; population?: number; geonames?: number;
}

export type NamePayload =
  | { kind: 'country'; code: string; name: string; use: 'name' | 'adjective' | 'demonym' | 'seat'; rule: string }
  | { kind: 'person'; person: Person; short: boolean; rule: string }
  | { kind: 'organization'; code: string; name: string; orgKind: string; rule: string }
  | { kind: 'agent'; sector: string; name: string; singular: boolean; rule: string; /** the code goes before the country's ("NGO~") */ prefix?: boolean }
  | { kind: 'place'; place: Place; rule: string };

export interface NameEntry { payload: NamePayload; /** exact token texts when case matters */ exact: string[] | null; capitalised: boolean }
export interface TrieNode { next: Map<string, TrieNode> | null; out: NameEntry[] | null }

export type PatternToken = { kind: 'word'; alts: Set<string> } | { kind: 'target' } | { kind: 'gap' };
/**
 * PETRARCH-style pattern tokens: word sequences (a word, or a synonym set whose members may be
 * several words), and actor slots. `joined`: adjacent to the token before it, no words between.
 */
export type SlotToken =
  | { kind: 'words'; seqs: string[][]; joined: boolean }
  | { kind: 'source' | 'target' | 'compound' | 'skip'; joined: boolean };
/** Tokens before the verb (in text order, the last one nearest the verb) and after it. */
export interface SlotPattern {
  before: SlotToken[]; verbJoined: boolean; after: SlotToken[]; text: string;
  /** for each word token, the words one of which must occur in the sentence (a fast pre-check) */
  needs: string[][];
}
/** A compiled pattern: its tokens, and the words one of which must occur for it to match (a fast pre-check). */
export interface Pattern { tokens: PatternToken[]; anchor: Set<string> | null; literal: number; slot?: SlotPattern }
export interface VerbEntry {
  /** code of the act from source to target; with `back`, the act from target to source too */
  id: string; code: string; back: string | null; forward: boolean; words: string[]; patterns: Pattern[] | null; noun: boolean;
  /** 'petrarch': patterns use PETRARCH's meaning (exact words, any words between unjoined ones) */
  style: 'dyad' | 'petrarch';
  /** every pattern's first word, or null when some pattern starts with no word */
  anchors: Set<string> | null;
  /** `source: reporter`: the act is the reporter's, aimed at the clause's subject ("X was behind the attack, police said") */
  byReporter?: boolean;
  why: string | null; file: string; line: number;
}
export interface Frame { id: string; verbs: string[][]; kind: 'modality' | 'intent' | 'threat' | 'demand' | 'appeal' | 'refuse' | 'report'; modality: string | null; family: string | null; fallback: string | null; objectControl: boolean }
export interface CameoCode { code: string; root: string; label: string; goldstein: number; quad: number; plover: string; mode?: string; context?: string }

export interface Lexicon {
  names: TrieNode;
  verbs: Map<string, VerbEntry[]>;
  nouns: Map<string, VerbEntry[]>;
  frames: Map<string, Frame[]>;
  /** lemmas with a reporting frame ("say", "tell"): attribution and speakers start from them */
  reportVerbs: Set<string>;
  families: Map<string, Map<string, string>>;
  cameo: Map<string, CameoCode>;
  countries: Map<string, { code: string; name: string; lat: number | null; lon: number | null }>;
  /** last name of office holders -> their one country ("Bush" -> USA); names shared across countries are left out */
  surnames: Map<string, string>;
  /** phrases that stop coding of a sentence, or of the whole document (PETRARCH discards) */
  discards: { words: string[]; scope: 'story' | 'sentence' }[];
  problems: DictProblem[];
  stats: Record<string, number>;
}

function addName(root: TrieNode, name: string, payload: NamePayload, front = false): void {
  const toks = nameTokens(name);
  if (toks.length === 0) return;
  let node = root;
  for (const t of toks) {
    const k = t.toLowerCase();
    node.next ??= new Map();
    let n = node.next.get(k);
    if (!n) { n = { next: null, out: null }; node.next.set(k, n); }
    node = n;
  }
  // all-caps acronyms up to four letters ("US", "UN", "EU") only match in capitals
  const exact = /^[A-Z][A-Z.]{0,4}$/.test(name.replace(/\s/g, '')) && name.replace(/[^A-Z]/g, '').length <= 4 ? toks : null;
  const entry = { payload, exact, capitalised: /^[A-Z]/.test(name) };
  // a later dictionary overrides an earlier one: its entry is found first
  if (front) (node.out ??= []).unshift(entry); else (node.out ??= []).push(entry);
}

type Kind = ReturnType<typeof classify>;
interface Source { kind: Kind; entries: Located[]; front: boolean; stem: string }

/** A file's entries with their kind; a PETRARCH file is converted in memory, line numbers kept. */
function readSource(file: string, front: boolean, problems: DictProblem[]): Source[] {
  const stem = basename(file).replace(/\.(ya?ml|txt)$/i, '');
  if (!/\.txt$/i.test(file)) return [{ kind: classify(file), entries: readEntries(file, problems), front, stem }];
  const d = readPetrarch([file]);
  problems.push(...d.problems);
  const byKind = new Map<Kind, Located[]>();
  for (const c of convertPetrarch(d)) {
    const l = byKind.get(c.kind) ?? [];
    l.push({ value: c.value, file: c.file, line: c.line });
    byKind.set(c.kind, l);
  }
  return [...byKind].map(([kind, entries]) => ({ kind, entries, front, stem }));
}

/** Load and compile every dictionary file; malformed entries become problems with file:line. */
export function loadLexicon(opts: LoadOptions = {}): Lexicon {
  const { base, extra } = lexiconFiles(opts);
  const lex: Lexicon = {
    names: { next: null, out: null }, verbs: new Map(), nouns: new Map(), frames: new Map(), reportVerbs: new Set(), families: new Map(),
    cameo: new Map(), countries: new Map(), surnames: new Map(), discards: [], problems: [], stats: {},
  };
  const count = (k: string) => { lex.stats[k] = (lex.stats[k] ?? 0) + 1; };
  const report = (e: Located, errs: string[]) => { for (const t of errs) lex.problems.push({ file: e.file, line: e.line, text: t }); return errs.length === 0; };
  const sets = new Map<string, { members: string[]; at: Located }>();
  const pending: { entry: VerbEntry; raw: string[]; at: Located }[] = [];
  const sources = [...base.flatMap((f) => readSource(f, false, lex.problems)), ...extra.flatMap((f) => readSource(f, true, lex.problems))];
  // codes outside the CAMEO table are allowed in added dictionaries (PETRARCH's own codebooks)
  const foreign = new Set<VerbEntry>();

  for (const { kind, entries, front, stem } of sources) {
    for (const e of entries) {
      switch (kind) {
        case 'cameo': {
          const c = new EntryCheck(e.value, ['code', 'root', 'label', 'goldstein', 'quad', 'plover', 'mode', 'context']);
          const code = c.str('code', true), root = c.str('root', true), goldstein = c.num('goldstein', true), quad = c.num('quad', true);
          if (!report(e, c.errors) || !code || !root) break;
          lex.cameo.set(code, { code, root, label: c.str('label') ?? code, goldstein: goldstein!, quad: quad!, plover: c.str('plover') ?? '', mode: c.str('mode'), context: c.str('context') });
          break;
        }
        case 'country': {
          const c = new EntryCheck(e.value, ['code', 'names', 'adjectives', 'demonyms', 'capital', 'seats', 'lat', 'lon']);
          const code = c.str('code', true); const names = c.list('names', true);
          const cap = e.value.capital as { name?: string; lat?: number; lon?: number } | undefined;
          const lat = c.num('lat'), lon = c.num('lon');
          const adjs = c.list('adjectives'), dems = c.list('demonyms'), seats = c.list('seats');
          if (!report(e, c.errors) || !code) break;
          const rule = `actors:${code}`;
          const name = names[0];
          if (!lex.countries.has(code)) lex.countries.set(code, { code, name, lat: lat ?? null, lon: lon ?? null });
          for (const n of names) addName(lex.names, n, { kind: 'country', code, name, use: 'name', rule }, front);
          for (const n of adjs) addName(lex.names, n, { kind: 'country', code, name, use: 'adjective', rule }, front);
          for (const n of dems) addName(lex.names, n, { kind: 'country', code, name, use: 'demonym', rule }, front);
          for (const n of seats) addName(lex.names, n, { kind: 'country', code, name, use: 'seat', rule }, front);
          if (cap?.name && typeof cap.lat === 'number' && typeof cap.lon === 'number') {
            addName(lex.names, cap.name, { kind: 'place', place: { name: cap.name, country: code, lat: cap.lat, lon: cap.lon, kind: 'capital' }, rule: `places:${code}-capital` }, front);
          }
          if (lat !== undefined && lon !== undefined) {
            for (const n of names) addName(lex.names, n, { kind: 'place', place: { name, country: code, lat, lon, kind: 'country' }, rule }, front);
          }
          count('countries');
          break;
        }
        case 'people': {
          const c = new EntryCheck(e.value, ['id', 'names', 'short', 'roles']);
          const id = c.str('id', true); const names = c.list('names', true); const short = c.list('short');
          const roles: Role[] = [];
          for (const r of Array.isArray(e.value.roles) ? e.value.roles : []) {
            // `government` only serves dict check (rival governments of one code); read to be checked
            const rc = new EntryCheck(r as Record<string, unknown>, ['code', 'title', 'from', 'to', 'government']);
            const code = rc.str('code', true); rc.str('government');
            const role = { code: code ?? '', title: rc.str('title') ?? null, from: rc.date('from') ?? null, to: rc.date('to') ?? null };
            c.errors.push(...rc.errors.map((x) => `role: ${x}`));
            if (code) roles.push(role);
          }
          if (roles.length === 0) c.errors.push('"roles" must list at least one role with a code');
          if (!report(e, c.errors) || !id) break;
          const person: Person = { id, name: names[0], roles };
          for (const n of names) {
            const last = n.split(/\s+/).pop()!;
            if (!/^[A-Z][a-z]{2,}$/.test(last) || n.split(/\s+/).length < 2) continue;
            const c = roles[0].code.slice(0, 3);
            const had = lex.surnames.get(last);
            lex.surnames.set(last, had === undefined || had === c ? c : '');
          }
          for (const n of names) addName(lex.names, n, { kind: 'person', person, short: false, rule: `actors:${id}` }, front);
          for (const n of short) addName(lex.names, n, { kind: 'person', person, short: true, rule: `actors:${id}` }, front);
          count('people');
          break;
        }
        case 'organization': {
          const c = new EntryCheck(e.value, ['id', 'code', 'kind', 'names']);
          const id = c.str('id', true), code = c.str('code', true), k = c.str('kind') ?? 'organization';
          const names = c.list('names', true);
          if (!ORG_KINDS.has(k)) c.errors.push(`"kind" must be one of ${[...ORG_KINDS].join(', ')}`);
          // a state body acts as its country's agent of that sector: "FSB officers" are RUSSPY
          else if (k === 'state' && code && !STATE_CODE.test(code)) c.errors.push(`a state body's "code" is its country's code and MIL, SPY, COP, GOV or JUD, not "${code}"`);
          if (!report(e, c.errors) || !id || !code) break;
          for (const n of names) addName(lex.names, n, { kind: 'organization', code, name: names[0], orgKind: k, rule: `actors:${id}` }, front);
          count('organizations');
          break;
        }
        case 'agent': {
          const c = new EntryCheck(e.value, ['code', 'names', 'roles', 'position', 'why']);
          const code = c.str('code', true); const names = c.list('names'); const roles = c.list('roles');
          const position = c.str('position') ?? 'suffix';
          if (position !== 'suffix' && position !== 'prefix') c.errors.push('"position" must be suffix (the agent code follows the country\'s) or prefix');
          if (names.length + roles.length === 0) c.errors.push('an agent needs "names" or "roles"');
          if (!report(e, c.errors) || !code) break;
          const prefix = position === 'prefix' ? { prefix: true } : {};
          for (const n of names) addName(lex.names, n, { kind: 'agent', sector: code, name: n, singular: false, rule: `agents:${code}`, ...prefix }, front);
          for (const n of roles) addName(lex.names, n, { kind: 'agent', sector: code, name: n, singular: true, rule: `agents:${code}`, ...prefix }, front);
          count('agents');
          break;
        }
        case 'actor': {
          // a named actor whose code may change over time: [{code, from, to}], the undated code the default
          const c = new EntryCheck(e.value, ['id', 'names', 'codes', 'why']);
          const names = c.list('names', true);
          const roles: Role[] = [];
          for (const r of Array.isArray(e.value.codes) ? e.value.codes : [e.value.codes]) {
            if (typeof r === 'string' && ACTOR_CODE.test(r)) { roles.push({ code: r, title: null, from: null, to: null }); continue; }
            if (!r || typeof r !== 'object') { c.errors.push('"codes" must list codes or {code, from, to}'); continue; }
            const rc = new EntryCheck(r as Record<string, unknown>, ['code', 'from', 'to']);
            const code = rc.str('code', true);
            if (code && !ACTOR_CODE.test(code)) rc.errors.push(`"${code}" is not an actor code`);
            const role = { code: code ?? '', title: null, from: rc.date('from') ?? null, to: rc.date('to') ?? null };
            c.errors.push(...rc.errors.map((x) => `codes: ${x}`));
            if (code) roles.push(role);
          }
          if (roles.length === 0) c.errors.push('"codes" must list at least one code');
          if (!report(e, c.errors)) break;
          const id = c.str('id') ?? `${stem}:${e.line}`;
          const rule = `actors:${id}`;
          const name = names[0];
          let payload: NamePayload;
          if (roles.length === 1 && !roles[0].from && !roles[0].to) {
            const code = roles[0].code;
            // a three-letter code is a country (or stands for one): agents combine with it
            if (/^[A-Z]{3}$/.test(code)) {
              if (!lex.countries.has(code)) lex.countries.set(code, { code, name, lat: null, lon: null });
              payload = { kind: 'country', code, name, use: 'name', rule };
            } else payload = { kind: 'organization', code, name, orgKind: 'actor', rule };
          } else {
            // dated codes first: the undated one is the default when none is in force
            roles.sort((x, y) => Number(!x.from && !x.to) - Number(!y.from && !y.to));
            payload = { kind: 'person', person: { id, name, roles }, short: false, rule };
          }
          for (const n of names) addName(lex.names, n, payload, front);
          count('actors');
          break;
        }
        case 'set': {
          const c = new EntryCheck(e.value, ['set', 'members', 'why']);
          const name = c.str('set', true); const members = c.list('members', true);
          if (!report(e, c.errors) || !name) break;
          sets.set(name.toLowerCase(), { members: members.map((m) => m.toLowerCase()), at: e });
          count('sets');
          break;
        }
        case 'discard': {
          const c = new EntryCheck(e.value, ['phrase', 'scope', 'why']);
          const phrase = c.str('phrase', true); const scope = c.str('scope') ?? 'sentence';
          if (scope !== 'sentence' && scope !== 'story') c.errors.push('"scope" must be sentence or story');
          if (!report(e, c.errors) || !phrase) break;
          lex.discards.push({ words: nameTokens(phrase).map((w) => w.toLowerCase()), scope: scope as 'sentence' | 'story' });
          count('discards');
          break;
        }
        case 'place': {
          const c = new EntryCheck(e.value, ['name', 'aliases', 'kind', 'country', 'lat', 'lon']);
          const name = c.str('name', true), lat = c.num('lat', true), lon = c.num('lon', true);
          const aliases = c.list('aliases');
          if (!report(e, c.errors) || !name) break;
          const place: Place = { name, country: c.str('country') ?? null, lat: lat!, lon: lon!, kind: c.str('kind') ?? 'place' };
          for (const n of [name, ...aliases]) addName(lex.names, n, { kind: 'place', place, rule: `places:${name}` }, front);
          count('places');
          break;
        }
        case 'frame': {
          const c = new EntryCheck(e.value, ['id', 'verbs', 'kind', 'modality', 'family', 'fallback', 'object_control', 'why']);
          const id = c.str('id', true), k = c.str('kind', true) as Frame['kind'];
          const verbs = c.list('verbs', true);
          if (!['modality', 'intent', 'threat', 'demand', 'appeal', 'refuse', 'report'].includes(k ?? '')) c.errors.push(`"kind" must be one of modality, intent, threat, demand, appeal, refuse, report`);
          if (!report(e, c.errors) || !id) break;
          const frame: Frame = { id, kind: k, verbs: verbs.map((v) => v.toLowerCase().split(/\s+/)), modality: c.str('modality') ?? null, family: c.str('family') ?? null, fallback: c.str('fallback') ?? null, objectControl: e.value.object_control === true };
          for (const w of frame.verbs) { const l = lex.frames.get(w[0]) ?? []; l.push(frame); lex.frames.set(w[0], l); }
          count('frames');
          break;
        }
        case 'family': {
          const c = new EntryCheck(e.value, ['family', 'from', 'code']);
          const fam = c.str('family', true), from = c.str('from', true), code = c.str('code', true);
          if (!report(e, c.errors) || !fam || !from || !code) break;
          if (!lex.families.has(fam)) lex.families.set(fam, new Map());
          lex.families.get(fam)!.set(from, code);
          break;
        }
        case 'verb': {
          const c = new EntryCheck(e.value, ['id', 'code', 'back', 'verbs', 'nouns', 'patterns', 'style', 'source', 'why']);
          const fwd = c.str('code'), back = c.str('back') ?? null;
          if (!fwd && !back) c.errors.push('"code" is required (or "back" alone: only the act from target to source)');
          const verbs = c.list('verbs'), nouns = c.list('nouns');
          const raw = c.list('patterns');
          const style = c.str('style') ?? 'dyad';
          if (style !== 'dyad' && style !== 'petrarch') c.errors.push('"style" must be dyad or petrarch');
          const source = c.str('source');
          if (source !== undefined && source !== 'reporter') c.errors.push('"source" must be reporter (or left out: the subject)');
          if (verbs.length === 0 && nouns.length === 0) c.errors.push('an entry needs "verbs" or "nouns"');
          if (!report(e, c.errors)) break;
          const code = (fwd ?? back)!;
          const id = `verbs:${c.str('id') ?? `${stem}-${code}-${(verbs[0] ?? nouns[0]).replace(/\s+/g, '-')}`}`;
          const why = c.str('why') ?? null;
          for (const [list, noun] of [[verbs, false], [nouns, true]] as const) {
            for (const v of list) {
              const words = v.toLowerCase().split(/\s+/);
              const entry: VerbEntry = { id, code, back: fwd ? back : null, forward: !!fwd, words, patterns: null, noun, anchors: null, style: style as VerbEntry['style'], why, file: e.file, line: e.line };
              if (source) entry.byReporter = true;
              // patterns are compiled once every synonym set is known
              if (raw.length) pending.push({ entry, raw, at: e });
              if (front) foreign.add(entry);
              const index = noun ? lex.nouns : lex.verbs;
              const l = index.get(words[0]) ?? [];
              if (front) l.unshift(entry); else l.push(entry);
              index.set(words[0], l);
            }
          }
          count(nouns.length ? 'nominal patterns' : 'verb patterns');
          break;
        }
      }
    }
  }
  // entries listed under several verb words share their raw patterns: compiled once
  const compiled = new Map<string[], { patterns: Pattern[]; anchors: Set<string> | null } | null>();
  const failed = new Set<VerbEntry>();
  for (const { entry, raw, at } of pending) {
    let c = compiled.get(raw);
    if (c === undefined) {
      const errs: string[] = [];
      const dyad = (r: string) => { const x = expandPatternSets(r, sets, errs); return x === null ? null : compilePattern(x); };
      const pats = raw.map((r) => entry.style === 'petrarch' ? compileSlotPattern(r, sets, errs) : dyad(r)).filter((x): x is Pattern => x !== null);
      report(at, errs);
      c = pats.length ? { patterns: pats, anchors: entry.style === 'dyad' && pats.every((p) => p.anchor) ? new Set(pats.flatMap((p) => [...p.anchor!])) : null } : null;
      compiled.set(raw, c);
    }
    if (c) { entry.patterns = c.patterns; entry.anchors = c.anchors; } else failed.add(entry);
  }
  // an entry whose every pattern failed to compile would match anything: it is dropped
  if (failed.size) for (const index of [lex.verbs, lex.nouns]) for (const [k, l] of index) if (l.some((e) => failed.has(e))) index.set(k, l.filter((e) => !failed.has(e)));
  for (const [k, v] of lex.surnames) if (!v) lex.surnames.delete(k);
  // a code with no CAMEO row is a dictionary error in our own files; an added dictionary may use
  // its own codebook (PETRARCH's tests use WEIS codes), described as well as CAMEO allows
  for (const index of [lex.verbs, lex.nouns]) {
    for (const [k, list] of index) {
      const ok = list.filter((v) => [v.code, v.back].every((code) => {
        // "---": the pattern's context is no event at all
        if (code === null || code === '---' || lex.cameo.size === 0 || lex.cameo.has(code)) return true;
        if (foreign.has(v) && /^\d{2}[0-9A-Z]{0,3}$/.test(code)) { lex.cameo.set(code, foreignCode(lex.cameo, code)); count('codes outside CAMEO'); return true; }
        lex.problems.push({ file: v.file, line: v.line, text: `code "${code}" is not a CAMEO event code` });
        return false;
      }));
      index.set(k, ok);
    }
  }
  for (const [k, fs] of lex.frames) if (fs.some((f) => f.kind === 'report')) lex.reportVerbs.add(k);
  return lex;
}

/** Organisation kinds (dictionaries/README.md); `organization` is the default when none is given. */
const ORG_KINDS = new Set(['organization', 'igo', 'ngo', 'armed-group', 'media', 'party', 'company', 'state']);
const STATE_CODE = /^[A-Z]{3}(MIL|SPY|COP|GOV|JUD)$/;
// "FRO/BIL/SAM": one name for several actors at once (PETRARCH's compound codes)
const ACTOR_CODE = /^(---|[A-Z0-9]{3,15}(\/[A-Z0-9]{3,15})*)$/;

/**
 * A code from another codebook: a CAMEO code with a letter or digit added ("174K", "1717") is
 * described by that CAMEO code; any other has no Goldstein score (0), quad class 0 and no PLOVER category.
 */
function foreignCode(cameo: Map<string, CameoCode>, code: string): CameoCode {
  for (let n = code.length - 1; n >= 3; n--) {
    const c = cameo.get(code.slice(0, n));
    if (c) return { ...c, code, label: `${c.label} (${code}, outside CAMEO)` };
  }
  return { code, root: code.slice(0, 2), label: `code ${code} (outside CAMEO)`, goldstein: 0, quad: 0, plover: '' };
}

export function classify(file: string): 'cameo' | 'country' | 'people' | 'organization' | 'agent' | 'place' | 'frame' | 'family' | 'verb' | 'actor' | 'set' | 'discard' {
  const b = basename(file).toLowerCase();
  const d = basename(dirname(file)).toLowerCase();
  // the file's own name first, so a folder named "cameo" or "places" does not decide for it
  if (b.startsWith('verbs')) return 'verb';
  if (b.startsWith('actors')) return 'actor';
  if (b.startsWith('sets')) return 'set';
  if (b.startsWith('discards')) return 'discard';
  if (b.startsWith('countries')) return 'country';
  if (b.startsWith('people')) return 'people';
  if (b.startsWith('organization') || b.startsWith('organisation')) return 'organization';
  if (b.startsWith('agents')) return 'agent';
  if (d === 'places' || b.startsWith('places')) return 'place';
  if (b.startsWith('frames')) return 'frame';
  if (b.startsWith('families')) return 'family';
  if (d === 'cameo' || b.startsWith('cameo')) return 'cameo';
  return 'verb';
}
