// Matching of expected events against coded ones, shared by the table tests
// (test/events.test.ts, test/constructions.test.ts) and scripts/eval-constructions.mjs, which
// runs on dist/ and so cannot import TypeScript: plain JavaScript, typed by match.d.mts.
//
// An expectation (`Want`) matches a coded event when every key it gives agrees:
// - source/target: the first three letters of the actor code ("RUS" matches RUSMIL); an
//   expectation longer than three letters must equal the code ("IGOUNO"); `null` means the event
//   has no actor there (CAMEO codes that allow an empty target);
// - root, code (the full CAMEO code), modality: equal; attribution: the attribution's source
//   contains it (`null`: no attribution);
// - when (prefix of the date), historical, where (part of the place name), quantity: as written;
//   sourceName, targetName: part of the actor's name ("France" in "France ambassadors").
// `only: true`: the events coded, counted by (source, target, root), are exactly the expected ones.
// `none: [roots]`: no event of these roots is coded.
import { readFileSync, readdirSync } from 'node:fs';
import YAML from 'yaml';

/** Read every *.yaml table in a folder (a file: URL ending in "/"), in file-name order; each case gets `file`. */
export function loadCases(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()
    .flatMap((f) => (YAML.parse(readFileSync(new URL(f, dir), 'utf8')) ?? []).map((c) => ({ ...c, file: f })));
}

const rootOf = (w) => w.root ?? (w.code ? String(w.code).slice(0, 2) : undefined);

function actorOk(want, actor) {
  if (want === undefined) return true;
  if (want === null) return !actor;
  if (!actor) return false;
  return want.length > 3 ? actor.code === want : actor.code.slice(0, 3) === want;
}

/** Does the coded event `e` satisfy every key of the expectation `w`? */
export function matches(w, e) {
  const root = rootOf(w);
  return actorOk(w.source, e.source) && actorOk(w.target, e.target) &&
    (!root || e.root === root) &&
    (!w.code || e.cameo === String(w.code)) &&
    (!w.modality || e.modality === w.modality) &&
    (w.attribution === undefined || (w.attribution === null ? !e.attribution : (e.attribution?.source ?? '').includes(w.attribution))) &&
    (!w.when || (e.when?.date ?? '').startsWith(w.when)) &&
    (w.historical === undefined || e.when?.historical === w.historical) &&
    (!w.where || (e.where?.name ?? '').includes(w.where)) &&
    (w.quantity === undefined || e.quantity?.value === w.quantity) &&
    (!w.sourceName || (e.source?.name ?? '').includes(w.sourceName)) &&
    (!w.targetName || (e.target?.name ?? '').includes(w.targetName));
}

/** The (source, target, root) part of `matches`: how `only` counts events. */
function sameTriple(w, e) {
  const root = rootOf(w);
  return actorOk(w.source, e.source) && actorOk(w.target, e.target) && (!root || e.root === root);
}

/** One line for a coded event: source->target code modality [rule]. */
export function showEvent(e) {
  const att = e.attribution ? ` (per ${e.attribution.source})` : '';
  return `${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.cameo} ${e.modality}${att} [${e.rule}]`;
}

/** One line for an expectation. */
export function showWant(w) {
  const parts = [`${w.source === null ? '-' : w.source ?? '*'}->${w.target === null ? '-' : w.target ?? '*'}`, w.code ?? rootOf(w) ?? '*'];
  for (const k of ['modality', 'attribution', 'when', 'historical', 'where', 'quantity', 'sourceName', 'targetName']) if (w[k] !== undefined) parts.push(`${k}=${w[k]}`);
  return parts.join(' ');
}

/** What is wrong with the events coded for a case: an empty list when it passes. */
export function check(c, events) {
  const problems = [];
  for (const w of c.events ?? []) if (!events.some((e) => matches(w, e))) problems.push(`missing ${showWant(w)}`);
  if (c.only) {
    const seen = new Set();
    for (const e of events) {
      const key = `${e.source?.code.slice(0, 3) ?? '-'}|${e.target?.code.slice(0, 3) ?? '-'}|${e.root}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!(c.events ?? []).some((w) => sameTriple(w, e))) problems.push(`spurious ${showEvent(e)}`);
    }
  }
  for (const r of c.none ?? []) if (typeof r !== 'string' && typeof r !== 'number') problems.push(`none: ${JSON.stringify(r)} is not a root`);
  for (const r of c.none ?? []) for (const e of events.filter((x) => x.root === String(r))) problems.push(`unwanted root ${r}: ${showEvent(e)}`);
  return problems;
}
