// `dyad dict`: import PETRARCH/TABARI dictionaries as Dyad YAML, and check dictionaries.
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPetrarch } from '../dictionaries/petrarch/read.js';
import { convertPetrarch } from '../dictionaries/petrarch/convert.js';
import { toYamlFiles } from '../dictionaries/petrarch/write-yaml.js';
import { loadLexicon } from '../dictionaries/lexicon.js';
import { checkDated, inventory } from '../dictionaries/inventory.js';
import { loadGazetteer } from '../places/gazetteer.js';
import { createCoder } from '../pipeline/analyze.js';
import { suggestNames } from './dict-suggest.js';
import { DyadError } from '../errors.js';
import { DICT_ARGS, dictOptions, reportDictProblems } from './dict-options.js';

export const DICT_COMMAND_HELP = `Usage: dyad dict import --from petrarch FILE... --out DIR [--force]
       dyad dict check [--dict PATH]... [--no-default-dict]
       dyad dict stats [--json] [--dict PATH]... [--no-default-dict]
       dyad dict suggest [--db PATH|postgres://...] [--limit N] [--dict PATH]...

import   converts PETRARCH/TABARI dictionaries (actors, agents, verbs or CAMEO*.txt, discards;
         the kind is told by the file name) into Dyad YAML files in DIR, one per file and kind,
         each entry commented with the file and line it came from. A malformed line is reported
         with its file and line and left out; the rest is converted. Existing files in DIR are
         not overwritten unless --force.
check    loads the dictionaries as a coding command would and prints what they hold and every
         problem, with file and line; dated entries are checked too (a role that ends before it
         starts; two presidents or prime ministers of one code in office together for more than
         a week, unless their roles name different rival governments: 'government:', see
         dictionaries/README.md).
stats    what the dictionaries hold: people by decade and region, groups (armed groups, parties,
         movements), organisations by kind, places (and the gazetteer's towns), verb patterns per
         CAMEO root. --json prints one JSON object (people, groups, places, ...).
suggest  the capitalised names a stored corpus uses most that no dictionary knows, with counts
         and an example sentence each (default --limit 30).

Options:
  --from petrarch     the format of the files to import (PETRARCH, TABARI and Phoenix share it)
  --out DIR           where to write the YAML files (created if missing)
  --force             replace files of the same name in DIR
  --dict PATH         (check) a dictionary file or folder, YAML or PETRARCH .txt; may be repeated
  --no-default-dict   (check) leave out the bundled dictionaries
  --json              (stats) one JSON object
  --db PATH|URL       (suggest) the corpus (default ./dyad.db)
  --limit N           (suggest) how many names
  -h, --help          this help

Exit status: 0 with no problems, 1 when some lines were left out, 2 on bad options or files.`;

export async function dictCommand(argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '-h' || sub === '--help') { console.log(DICT_COMMAND_HELP); return; }
  if (sub === 'import') return importCommand(rest);
  if (sub === 'check') return checkCommand(rest);
  if (sub === 'stats') return statsCommand(rest);
  if (sub === 'suggest') return suggestCommand(rest);
  throw new DyadError('E_OPTION', `unknown dict command "${sub}" (import, check, stats or suggest)`);
}

function importCommand(argv: string[]): void {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    from: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(DICT_COMMAND_HELP); return; }
  if (values.from !== 'petrarch') throw new DyadError('E_OPTION', '--from petrarch is required (the only format imported)');
  if (!values.out) throw new DyadError('E_OPTION', '--out DIR is required');
  if (positionals.length === 0) throw new DyadError('E_OPTION', 'give the PETRARCH files to import');
  for (const f of positionals) {
    if (!existsSync(f)) throw new DyadError('E_INPUT_NOT_FOUND', `${f}: no such file`);
    if (statSync(f).isDirectory()) throw new DyadError('E_OPTION', `${f}: is a directory; give the dictionary files`);
  }
  const d = readPetrarch(positionals);
  const entries = convertPetrarch(d);
  const files = toYamlFiles(entries, positionals, new Date().toISOString().slice(0, 10));
  const out = values.out;
  if (existsSync(out) && !statSync(out).isDirectory()) throw new DyadError('E_OPTION', `${out}: not a directory`);
  mkdirSync(out, { recursive: true });
  const clash = files.filter((f) => existsSync(join(out, f.name)));
  if (clash.length && !values.force) throw new DyadError('E_OPTION', `${join(out, clash[0].name)} exists (and ${clash.length - 1} more); use --force to replace`);
  // each file is written whole or not at all
  for (const f of files) {
    const path = join(out, f.name);
    writeFileSync(`${path}.part`, f.text);
    renameSync(`${path}.part`, path);
  }
  reportDictProblems(d.problems, 50);
  for (const f of files) process.stderr.write(`dyad: wrote ${join(out, f.name)} (${f.entries} entries)\n`);
  process.stderr.write(`dyad: ${entries.length} entries from ${positionals.length} files; ${d.problems.length} lines left out\n`);
  if (d.problems.length) process.exitCode = 1;
}

function checkCommand(argv: string[]): void {
  const { values } = parseArgs({ args: argv, options: { ...DICT_ARGS, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(DICT_COMMAND_HELP); return; }
  const t0 = performance.now();
  const opts = dictOptions(values);
  const lex = loadLexicon(opts);
  const ms = Math.round(performance.now() - t0);
  const problems = [...lex.problems, ...checkDated(opts)];
  reportDictProblems(problems, 50);
  console.log(`loaded in ${ms} ms: ${Object.entries(lex.stats).map(([k, v]) => `${v} ${k}`).join(', ')}; ${problems.length} problems`);
  if (problems.length) process.exitCode = 1;
}

function statsCommand(argv: string[]): void {
  const { values } = parseArgs({ args: argv, options: { ...DICT_ARGS, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(DICT_COMMAND_HELP); return; }
  const { inv, problems } = inventory(dictOptions(values), loadGazetteer().size);
  reportDictProblems(problems, 20);
  if (values.json) { console.log(JSON.stringify(inv)); return; }
  const list = (r: Record<string, number>) => Object.entries(r).sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  console.log(`people        ${inv.people} (by decade of first role: ${list(inv.peopleByDecade)}; by file region: ${list(inv.peopleByRegion)})`);
  console.log(`groups        ${inv.groups} (armed groups, parties, movements)`);
  console.log(`organisations ${inv.organizations} (${list(inv.organizationsByKind)})`);
  console.log(`countries     ${inv.countries}; agents ${inv.agents}`);
  console.log(`places        ${inv.places}: ${inv.handPlaces} hand-written (${list(inv.placesByKind)}) and ${inv.gazetteerTowns} gazetteer towns (GeoNames)`);
  console.log(`verbs         ${inv.verbs} entries (by CAMEO root: ${list(inv.verbsByRoot)})`);
}

async function suggestCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { ...DICT_ARGS, db: { type: 'string' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(DICT_COMMAND_HELP); return; }
  const limit = values.limit === undefined ? 30 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new DyadError('E_OPTION', '--limit must be a positive whole number');
  const { names, documents } = await suggestNames(createCoder(dictOptions(values)), values.db, limit);
  for (const n of names) console.log(`${String(n.count).padStart(6)}  ${n.name}  (${n.documents} documents)  “${n.example}”`);
  process.stderr.write(`dyad: ${names.length} unknown names from ${documents} documents\n`);
}
