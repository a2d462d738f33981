// The compiled dictionaries: one token trie for every name (countries, people, organisations,
// agents, places), an index of verb and noun patterns by lemma, frames and the CAMEO table.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../errors.js';
import { readEntries, EntryCheck, type DictProblem, type Located } from './yaml-file.js';
import { tagText } from '../text/wink.js';

export interface Role { code: string; title: string | null; from: string | null; to: string | null }
export interface Person { id: string; name: string; roles: Role[] }
export interface Place { name: string; country: string | null; lat: number; lon: number; kind: string }

export type NamePayload =
  | { kind: 'country'; code: string; name: string; use: 'name' | 'adjective' | 'demonym' | 'seat'; rule: string }
  | { kind: 'person'; person: Person; short: boolean; rule: string }
  | { kind: 'organization'; code: string; name: string; orgKind: string; rule: string }
  | { kind: 'agent'; sector: string; name: string; singular: boolean; rule: string }
  | { kind: 'place'; place: Place; rule: string };

export interface NameEntry { payload: NamePayload; /** exact token texts when case matters */ exact: string[] | null; capitalised: boolean }
export interface TrieNode { next: Map<string, TrieNode> | null; out: NameEntry[] | null }

export type PatternToken = { kind: 'word'; alts: Set<string> } | { kind: 'target' } | { kind: 'gap' };
/** A compiled pattern: its tokens, and the words one of which must occur for it to match (a fast pre-check). */
export interface Pattern { tokens: PatternToken[]; anchor: Set<string> | null }
export interface VerbEntry {
  id: string; code: string; words: string[]; patterns: Pattern[] | null; noun: boolean;
  /** every pattern's first word, or null when some pattern starts with no word */
  anchors: Set<string> | null;
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
  problems: DictProblem[];
  stats: Record<string, number>;
}

const here = dirname(fileURLToPath(import.meta.url));
/** dictionaries/ at the package root, found from dist/ or src/ alike. */
export const DEFAULT_DICT_DIR = resolve(here, '..', '..', 'dictionaries');

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(f)) out.push(p);
  }
  return out;
}

const nameCache = new Map<string, string[]>();
/** Split a name into tokens the way the text stage does, so trie keys meet text tokens. */
export function nameTokens(name: string): string[] {
  let t = nameCache.get(name);
  if (!t) {
    t = tagText(name).text.filter((x) => !/^\s+$/.test(x));
    nameCache.set(name, t);
  }
  return t;
}

function addName(root: TrieNode, name: string, payload: NamePayload): void {
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
  (node.out ??= []).push({ payload, exact, capitalised: /^[A-Z]/.test(name) });
}

export interface LoadOptions { dirs?: string[]; extra?: string[] }

/** Load and compile every dictionary file; malformed entries become problems with file:line. */
export function loadLexicon(opts: LoadOptions = {}): Lexicon {
  const files = [...(opts.dirs ?? [DEFAULT_DICT_DIR]).flatMap(yamlFiles), ...(opts.extra ?? []).flatMap((p) => existsSync(p) && statSync(p).isDirectory() ? yamlFiles(p) : [p])];
  if (files.length === 0) throw new DyadError('E_DICT', `no dictionary files found in ${(opts.dirs ?? [DEFAULT_DICT_DIR]).join(', ')}`);
  const lex: Lexicon = {
    names: { next: null, out: null }, verbs: new Map(), nouns: new Map(), frames: new Map(), reportVerbs: new Set(), families: new Map(),
    cameo: new Map(), countries: new Map(), surnames: new Map(), problems: [], stats: {},
  };
  const count = (k: string) => { lex.stats[k] = (lex.stats[k] ?? 0) + 1; };
  const report = (e: Located, errs: string[]) => { for (const t of errs) lex.problems.push({ file: e.file, line: e.line, text: t }); return errs.length === 0; };

  for (const file of files) {
    const kind = classify(file);
    const entries = readEntries(file, lex.problems);
    const stem = basename(file).replace(/\.ya?ml$/, '');
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
          for (const n of names) addName(lex.names, n, { kind: 'country', code, name, use: 'name', rule });
          for (const n of adjs) addName(lex.names, n, { kind: 'country', code, name, use: 'adjective', rule });
          for (const n of dems) addName(lex.names, n, { kind: 'country', code, name, use: 'demonym', rule });
          for (const n of seats) addName(lex.names, n, { kind: 'country', code, name, use: 'seat', rule });
          if (cap?.name && typeof cap.lat === 'number' && typeof cap.lon === 'number') {
            addName(lex.names, cap.name, { kind: 'place', place: { name: cap.name, country: code, lat: cap.lat, lon: cap.lon, kind: 'capital' }, rule: `places:${code}-capital` });
          }
          if (lat !== undefined && lon !== undefined) {
            for (const n of names) addName(lex.names, n, { kind: 'place', place: { name, country: code, lat, lon, kind: 'country' }, rule });
          }
          count('countries');
          break;
        }
        case 'people': {
          const c = new EntryCheck(e.value, ['id', 'names', 'short', 'roles']);
          const id = c.str('id', true); const names = c.list('names', true); const short = c.list('short');
          const roles: Role[] = [];
          for (const r of Array.isArray(e.value.roles) ? e.value.roles : []) {
            const rc = new EntryCheck(r as Record<string, unknown>, ['code', 'title', 'from', 'to']);
            const code = rc.str('code', true);
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
          for (const n of names) addName(lex.names, n, { kind: 'person', person, short: false, rule: `actors:${id}` });
          for (const n of short) addName(lex.names, n, { kind: 'person', person, short: true, rule: `actors:${id}` });
          count('people');
          break;
        }
        case 'organization': {
          const c = new EntryCheck(e.value, ['id', 'code', 'kind', 'names']);
          const id = c.str('id', true), code = c.str('code', true), k = c.str('kind') ?? 'organization';
          const names = c.list('names', true);
          if (!report(e, c.errors) || !id || !code) break;
          for (const n of names) addName(lex.names, n, { kind: 'organization', code, name: names[0], orgKind: k, rule: `actors:${id}` });
          count('organizations');
          break;
        }
        case 'agent': {
          const c = new EntryCheck(e.value, ['code', 'names', 'roles', 'why']);
          const code = c.str('code', true); const names = c.list('names'); const roles = c.list('roles');
          if (!report(e, c.errors) || !code) break;
          for (const n of names) addName(lex.names, n, { kind: 'agent', sector: code, name: n, singular: false, rule: `agents:${code}` });
          for (const n of roles) addName(lex.names, n, { kind: 'agent', sector: code, name: n, singular: true, rule: `agents:${code}` });
          count('agents');
          break;
        }
        case 'place': {
          const c = new EntryCheck(e.value, ['name', 'aliases', 'kind', 'country', 'lat', 'lon']);
          const name = c.str('name', true), lat = c.num('lat', true), lon = c.num('lon', true);
          const aliases = c.list('aliases');
          if (!report(e, c.errors) || !name) break;
          const place: Place = { name, country: c.str('country') ?? null, lat: lat!, lon: lon!, kind: c.str('kind') ?? 'place' };
          for (const n of [name, ...aliases]) addName(lex.names, n, { kind: 'place', place, rule: `places:${name}` });
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
          const c = new EntryCheck(e.value, ['id', 'code', 'verbs', 'nouns', 'patterns', 'why']);
          const code = c.str('code', true);
          const verbs = c.list('verbs'), nouns = c.list('nouns');
          const pats = c.list('patterns');
          if (verbs.length === 0 && nouns.length === 0) c.errors.push('an entry needs "verbs" or "nouns"');
          const patterns = pats.length ? pats.map(compilePattern) : null;
          if (!report(e, c.errors) || !code) break;
          const id = `verbs:${c.str('id') ?? `${stem}-${code}-${(verbs[0] ?? nouns[0]).replace(/\s+/g, '-')}`}`;
          const anchors = patterns && patterns.every((p) => p.anchor) ? new Set(patterns.flatMap((p) => [...p.anchor!])) : null;
          const why = c.str('why') ?? null;
          for (const [list, noun] of [[verbs, false], [nouns, true]] as const) {
            for (const v of list) {
              const words = v.toLowerCase().split(/\s+/);
              const entry: VerbEntry = { id, code, words, patterns, noun, anchors, why, file: e.file, line: e.line };
              const index = noun ? lex.nouns : lex.verbs;
              const l = index.get(words[0]) ?? [];
              l.push(entry);
              index.set(words[0], l);
            }
          }
          count(nouns.length ? 'nominal patterns' : 'verb patterns');
          break;
        }
      }
    }
  }
  for (const [k, v] of lex.surnames) if (!v) lex.surnames.delete(k);
  // a code with no CAMEO row is a dictionary error, reported with its place
  for (const index of [lex.verbs, lex.nouns]) {
    for (const [k, list] of index) {
      const ok = list.filter((v) => {
        if (lex.cameo.size === 0 || lex.cameo.has(v.code)) return true;
        lex.problems.push({ file: v.file, line: v.line, text: `code "${v.code}" is not a CAMEO event code` });
        return false;
      });
      index.set(k, ok);
    }
  }
  for (const [k, fs] of lex.frames) if (fs.some((f) => f.kind === 'report')) lex.reportVerbs.add(k);
  return lex;
}

function classify(file: string): 'cameo' | 'country' | 'people' | 'organization' | 'agent' | 'place' | 'frame' | 'family' | 'verb' {
  const b = basename(file).toLowerCase();
  const d = basename(dirname(file)).toLowerCase();
  if (d === 'cameo' || b.startsWith('cameo')) return 'cameo';
  if (b.startsWith('countries')) return 'country';
  if (b.startsWith('people')) return 'people';
  if (b.startsWith('organization') || b.startsWith('organisation')) return 'organization';
  if (b.startsWith('agents')) return 'agent';
  if (d === 'places' || b.startsWith('places')) return 'place';
  if (b.startsWith('frames')) return 'frame';
  if (b.startsWith('families')) return 'family';
  return 'verb';
}

/** "sanction|embargo on|against +" -> tokens; words are matched against lemma or surface form. */
export function compilePattern(p: string): Pattern {
  const tokens: PatternToken[] = p.trim().split(/\s+/).filter(Boolean).map((t) =>
    t === '+' ? { kind: 'target' } : t === '*' ? { kind: 'gap' } : { kind: 'word', alts: new Set(t.toLowerCase().split('|')) });
  const first = tokens.find((t) => t.kind === 'word') as { alts: Set<string> } | undefined;
  return { tokens, anchor: first ? first.alts : null };
}
