// What the dictionaries hold (`dyad dict stats`) and the checks of dated entries that loading
// cannot make alone (`dyad dict check`): roles that end before they start, and two heads of state
// or government of one country in office at once. Reads the YAML files directly, as data.
import { basename } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { classify } from './lexicon.js';
import { dictFiles, DEFAULT_DICT_DIR, type LoadOptions } from './dict-files.js';
import { readEntries, type DictProblem, type Located } from './yaml-file.js';

export interface Inventory {
  /** `places`: every place the coder knows, the hand-written ones and the gazetteer's towns */
  people: number; groups: number; places: number; handPlaces: number; gazetteerTowns: number;
  countries: number; organizations: number; agents: number; verbs: number;
  peopleByDecade: Record<string, number>; peopleByRegion: Record<string, number>;
  organizationsByKind: Record<string, number>; verbsByRoot: Record<string, number>;
  placesByKind: Record<string, number>;
}

interface RoleRow { person: string; code: string; title: string; government: string | null; from: string | null; to: string | null; at: Located }

const GROUP_KINDS = new Set(['armed-group', 'party', 'movement', 'rebel-group', 'militia']);
const HEAD_TITLES = new Set(['president', 'prime minister']);

/** The dictionary files a coding command with these options would read (YAML only). */
function files(opts: LoadOptions): string[] {
  const dirs = opts.defaults === false ? [] : opts.dirs ?? [DEFAULT_DICT_DIR];
  const extra = (opts.extra ?? []).flatMap((p) => existsSync(p) && statSync(p).isDirectory() ? dictFiles(p, false) : /\.ya?ml$/.test(p) ? [p] : []);
  return [...dirs.flatMap((d) => dictFiles(d, false)), ...extra];
}

const bump = (r: Record<string, number>, k: string) => { r[k] = (r[k] ?? 0) + 1; };

/** Count what the dictionaries hold; `towns` is the gazetteer's size, given by the caller. */
export function inventory(opts: LoadOptions, towns: number): { inv: Inventory; problems: DictProblem[] } {
  const problems: DictProblem[] = [];
  const inv: Inventory = { people: 0, groups: 0, places: towns, handPlaces: 0, gazetteerTowns: towns, countries: 0, organizations: 0, agents: 0, verbs: 0, peopleByDecade: {}, peopleByRegion: {}, organizationsByKind: {}, verbsByRoot: {}, placesByKind: {} };
  for (const file of files(opts)) {
    const kind = classify(file);
    const entries = readEntries(file, problems);
    for (const e of entries) {
      const v = e.value;
      if (kind === 'people') {
        inv.people++;
        const roles = Array.isArray(v.roles) ? v.roles as Record<string, unknown>[] : [];
        const first = roles.map((r) => String(r.from ?? '')).filter(Boolean).sort()[0];
        bump(inv.peopleByDecade, first ? `${first.slice(0, 3)}0s` : 'undated');
        bump(inv.peopleByRegion, basename(file).replace(/\.ya?ml$/, '').replace(/^people-?/, '') || 'other');
      } else if (kind === 'organization') {
        inv.organizations++;
        const k = String(v.kind ?? 'organization');
        bump(inv.organizationsByKind, k);
        if (GROUP_KINDS.has(k)) inv.groups++;
      } else if (kind === 'place') { inv.places++; inv.handPlaces++; bump(inv.placesByKind, String(v.kind ?? 'place')); }
      else if (kind === 'country') inv.countries++;
      else if (kind === 'agent') inv.agents++;
      else if (kind === 'verb') {
        inv.verbs++;
        const code = String(v.code ?? v.back ?? '');
        if (/^\d\d/.test(code)) bump(inv.verbsByRoot, code.slice(0, 2));
      }
    }
  }
  return { inv, problems };
}

/**
 * Problems in dated entries: a person written twice (one id in two places: the later entry would
 * hide the earlier's roles), a role ending before it starts, heads of one country overlapping.
 */
export function checkDated(opts: LoadOptions, slackDays = 7): DictProblem[] {
  const problems: DictProblem[] = [];
  const rows: RoleRow[] = [];
  const seen = new Map<string, Located<unknown>>();
  for (const file of files(opts)) {
    if (classify(file) !== 'people') continue;
    for (const e of readEntries(file, [])) {
      const id = String(e.value.id ?? `line ${e.line}`);
      const first = seen.get(id);
      if (first) problems.push({ file: e.file, line: e.line, text: `${id}: the same person is written at ${first.file}:${first.line}; keep one entry with all the roles` });
      else seen.set(id, e);
      for (const r of Array.isArray(e.value.roles) ? e.value.roles as Record<string, unknown>[] : []) {
        const row: RoleRow = { person: id, code: String(r.code ?? ''), title: String(r.title ?? ''), government: typeof r.government === 'string' ? r.government : null, from: date(r.from), to: date(r.to), at: e };
        if (row.from && row.to && row.to < row.from) problems.push({ file: e.file, line: e.line, text: `${id}: role ${row.code} ${row.title} ends (${row.to}) before it starts (${row.from})` });
        rows.push(row);
      }
    }
  }
  problems.push(...overlappingHeads(rows, slackDays));
  return problems;
}

/**
 * Heads of state or government with the same code and title, different people, in office together
 * for more than `slackDays`. Roles of two rival governments that claimed one code at once (each
 * role naming its `government`, the names differing) are not compared: both are in office. A
 * role naming no government is compared with every other, so only data that says it is a rival
 * claim is spared.
 */
function overlappingHeads(rows: RoleRow[], slackDays: number): DictProblem[] {
  const problems: DictProblem[] = [];
  const byKey = new Map<string, RoleRow[]>();
  for (const r of rows) {
    if (!HEAD_TITLES.has(r.title.toLowerCase()) || !r.from) continue;
    const k = `${r.code}|${r.title.toLowerCase()}`;
    (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(r);
  }
  const rivals = (a: RoleRow, b: RoleRow) => a.government !== null && b.government !== null && a.government !== b.government;
  for (const list of byKey.values()) {
    list.sort((a, b) => a.from!.localeCompare(b.from!));
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i], b = list[j];
      if (a.person === b.person || rivals(a, b)) continue;
      const aEnd = a.to ?? OPEN;
      if (b.from! >= aEnd) break;
      const end = minDate(aEnd, b.to ?? OPEN);
      // two roles with no end are in office together now: a count of days to year 9999 says nothing
      const days = end === OPEN ? Infinity : (Date.parse(end) - Date.parse(b.from!)) / 86400000;
      const by = end === OPEN ? 'both still in office' : `by ${Math.round(days)} days`;
      if (days > slackDays) {
        problems.push({ file: b.at.file, line: b.at.line, text: `${b.person}: ${b.code} ${b.title} from ${b.from} overlaps ${a.person} (${a.from} to ${a.to ?? 'now'}, ${a.at.file}:${a.at.line}) ${by}` });
      }
    }
  }
  return problems;
}

const OPEN = '9999-12-31';

const minDate = (a: string, b: string) => (a < b ? a : b);

function date(x: unknown): string | null {
  if (x instanceof Date) return x.toISOString().slice(0, 10);
  return typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) ? x : null;
}
