// The dyad command line: thin over the library. Errors become one line and a non-zero exit.
// Each command imports what it uses when it runs (the coder, the stores, the HTML reader), so
// `dyad help` and `dyad --version` load almost nothing and every command starts fast.
import { parseArgs } from 'node:util';
import { readFileSync, createReadStream, statSync, existsSync } from 'node:fs';
import { MAX_DOCUMENT_BYTES } from '../readers/decode.js';
import { write } from '../export/write-file.js';
import { DyadError, isDyadError } from '../errors.js';
import { dyadVersion } from '../version.js';
import { DICT_ARGS, DICT_HELP, dictOptions, reportDictProblems } from './dict-options.js';

const HELP: Record<string, string> = {
  main: `dyad: political event data from news reports (CAMEO/PLOVER events with modality, attribution, time and place)

Usage: dyad <command> [options]

Commands:
  analyze [FILE|-]     code one document (plain text or HTML) and print its events
  code [FILE.jsonl|-]  code JSON Lines input records, print Event JSON Lines (streaming)
  ingest SOURCE...     code files, folders, feeds or JSON Lines into a corpus database
  status               counts of the corpus, and its failed documents
  recode               code every stored document again (after a dictionary change)
  query                events from the corpus, filtered
  export               the corpus as jsonl, csv, gdelt, geojson, graphml, gexf or parquet
  worker               code queued documents of a PostgreSQL corpus (many may run at once)
  link                 recompute the links between reports of the same event
  serve                the HTTP API and the web page
  dict import|check|stats|suggest
                       import PETRARCH/TABARI/Phoenix dictionaries as YAML; check dictionaries;
                       what they hold; names a corpus uses that they lack
  help [COMMAND]       show help for a command
  --version            print Dyad's version

Run 'dyad <command> --help' for the options of a command.`,
  analyze: `Usage: dyad analyze [FILE|-] [--date YYYY-MM-DD] [--format table|json|jsonl] [--id ID] [--explain] [--dict PATH]... [--no-default-dict]

Codes one document, plain text or HTML (detected), read from FILE or standard input.

Options:
  --date YYYY-MM-DD   publication date: the anchor for "last month", "in July" (default: today, with a warning)
  --format FORMAT     table (default): one line per event; json: the Document record;
                      jsonl: one Event per line
  --id ID             document id (default: a hash of the content)
  --explain           after the events, each sentence's dependency parse and why each candidate
                      became an event or was dropped (the rule that decided); with --format json,
                      the same as an "explain" list in the record
${DICT_HELP}
  -h, --help          this help

Exit status: 0 on success, 2 on bad input or options.`,
  code: `Usage: dyad code [FILE.jsonl|-] [--dict PATH]... [--no-default-dict]

Reads input records as JSON Lines (UTF-8, or UTF-16 with a byte-order mark; {"id", "text" or "html",
"date", "url", "title", "outlet"}) from FILE or standard input and writes Event records as JSON
Lines to standard output, one record at a time (constant memory). A bad line, or a record over 5 MB, is reported on standard error with its line
number and skipped.

Options:
${DICT_HELP}
  -h, --help          this help

Exit status: 0 when every line was coded, 1 when some lines were skipped, 2 when nothing could be read.`,
};

function fail(msg: string, code = 2): never {
  process.stderr.write(`dyad: ${msg}\n`);
  process.exit(code);
}

async function readAll(file: string | undefined): Promise<{ buf: Buffer; name: string }> {
  if (!file || file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of process.stdin) {
      size += c.length;
      if (size > MAX_DOCUMENT_BYTES) throw new DyadError('E_INPUT_TOO_LARGE', `standard input: more than ${MAX_DOCUMENT_BYTES / 1048576} MB is more than one document may be; give a corpus as JSON Lines to \`dyad code\``);
      chunks.push(c);
    }
    return { buf: Buffer.concat(chunks), name: 'standard input' };
  }
  if (!existsSync(file)) throw new DyadError('E_INPUT_NOT_FOUND', `${file}: no such file`);
  const st = statSync(file);
  if (st.isDirectory()) throw new DyadError('E_INPUT_NOT_FOUND', `${file}: is a directory; give a file`);
  if (st.size > MAX_DOCUMENT_BYTES) throw new DyadError('E_INPUT_TOO_LARGE', `${file}: ${(st.size / 1048576).toFixed(1)} MB is more than one document may be (${MAX_DOCUMENT_BYTES / 1048576} MB); split it, or give a corpus as JSON Lines to \`dyad code\``);
  return { buf: readFileSync(file), name: file };
}

async function analyze(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    date: { type: 'string' }, format: { type: 'string', default: 'table' }, id: { type: 'string' }, explain: { type: 'boolean' },
    ...DICT_ARGS, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(HELP.analyze); return; }
  if (positionals.length > 1) fail('analyze takes one FILE (or - for standard input)');
  if (!['table', 'json', 'jsonl'].includes(values.format!)) fail(`--format must be table, json or jsonl, not "${values.format}"`);
  const [{ normaliseDate }, { decodeDocument, looksLikeHtml }, { openCoder }, { toDocumentRecord }, { formatTable }] = await Promise.all([
    import('../readers/record.js'), import('../readers/decode.js'), import('../pipeline/open-coder.js'), import('../pipeline/code-record.js'), import('./format-table.js')]);
  const date = values.date ? normaliseDate(values.date, '--date') : undefined;
  const { buf, name } = await readAll(positionals[0]);
  const text = decodeDocument(buf, name);
  const coder = await openCoder(dictOptions(values));
  reportDictProblems(coder.lexicon.problems);
  const rec = looksLikeHtml(text) ? { html: text, date, id: values.id } : { text, date, id: values.id };
  await coder.ready(rec);
  const doc = coder.analyze(rec, { explain: values.explain });
  if (values.format === 'json') process.stdout.write(JSON.stringify(values.explain ? { ...toDocumentRecord(doc), explain: doc.explain } : toDocumentRecord(doc), null, 2) + '\n');
  else if (values.format === 'jsonl') process.stdout.write(doc.events.map((e) => JSON.stringify(e)).join('\n') + (doc.events.length ? '\n' : ''));
  else process.stdout.write(formatTable(doc) + '\n');
  if (values.explain && values.format !== 'json') process.stdout.write('\n' + (await import('./format-explain.js')).formatExplain(doc) + '\n');
  for (const m of doc.messages) if (m.severity !== 'info') process.stderr.write(`dyad: ${m.severity}: ${m.text}\n`);
}

async function code(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    ...DICT_ARGS, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(HELP.code); return; }
  if (positionals.length > 1) fail('code takes one FILE.jsonl (or - for standard input)');
  const file = positionals[0];
  let input: AsyncIterable<Uint8Array>;
  let name = 'standard input';
  if (file && file !== '-') {
    if (!existsSync(file)) throw new DyadError('E_INPUT_NOT_FOUND', `${file}: no such file`);
    if (statSync(file).isDirectory()) throw new DyadError('E_INPUT_NOT_FOUND', `${file}: is a directory; give a JSON Lines file`);
    if (statSync(file).size === 0) throw new DyadError('E_INPUT_EMPTY', `${file}: the file is empty`);
    input = createReadStream(file, { highWaterMark: 1 << 16 });
    name = file;
  } else input = process.stdin;
  const [{ readJsonl }, { openCoder }] = await Promise.all([import('../readers/jsonl.js'), import('../pipeline/open-coder.js')]);
  const coder = await openCoder(dictOptions(values));
  reportDictProblems(coder.lexicon.problems);
  let good = 0, bad = 0, events = 0, lines = 0;
  const out = process.stdout;
  for await (const item of readJsonl(input, name)) {
    lines++;
    if ('error' in item) {
      bad++;
      process.stderr.write(`dyad: ${item.error.message}; skipped\n`);
      if (good === 0 && bad >= 20) throw new DyadError('E_INPUT_JSON', `${name}: the first ${bad} lines are not input records: this does not look like JSON Lines`);
      continue;
    }
    try {
      await coder.ready(item.record);
      const doc = coder.analyze(item.record);
      good++;
      let chunk = '';
      for (const e of doc.events) chunk += JSON.stringify(e) + '\n';
      events += doc.events.length;
      await write(out, chunk);
    } catch (e) {
      bad++;
      process.stderr.write(`dyad: ${name}:${item.line}: ${isDyadError(e) ? e.message : 'could not be coded: ' + (e as Error).message}; skipped\n`);
    }
  }
  if (good === 0 && bad === 0) throw new DyadError('E_INPUT_EMPTY', `${name}: no input records`);
  if (good === 0) throw new DyadError('E_INPUT_JSON', `${name}: no line could be coded (${bad} bad)`);
  process.stderr.write(`dyad: coded ${good} records, ${events} events${bad ? `; skipped ${bad} bad lines` : ''}\n`);
  if (bad) process.exitCode = 1;
}

const CORPUS_COMMANDS = ['ingest', 'status', 'recode', 'query', 'export', 'worker', 'link', 'serve'] as const;
type CorpusCommand = typeof CORPUS_COMMANDS[number];
const isCorpusCommand = (c: string | undefined): c is CorpusCommand => (CORPUS_COMMANDS as readonly string[]).includes(c ?? '');

/** The help of a command, from the module that holds it. */
async function helpOf(cmd: string | undefined): Promise<string> {
  if (cmd && HELP[cmd]) return HELP[cmd];
  if (cmd === 'dict') return (await import('./dict.js')).DICT_COMMAND_HELP;
  if (isCorpusCommand(cmd)) return (await import('./corpus.js')).CORPUS_HELP[cmd] ?? HELP.main;
  return HELP.main;
}

export async function main(argv: string[]): Promise<void> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === 'analyze') await analyze(rest);
    else if (cmd === 'code') await code(rest);
    else if (isCorpusCommand(cmd)) {
      const c = await import('./corpus.js');
      const run = { ingest: c.ingestCommand, status: c.statusCommand, recode: c.recodeCommand, query: c.queryCommand, export: c.exportCommand, worker: c.workerCommand, link: c.linkCommand, serve: c.serveCommand }[cmd];
      await run(rest);
    } else if (cmd === 'dict') await (await import('./dict.js')).dictCommand(rest);
    else if (cmd === undefined || cmd === '-h' || cmd === '--help') console.log(HELP.main);
    else if (cmd === '-v' || cmd === '--version' || cmd === 'version') console.log(`dyad ${dyadVersion()}`);
    else if (cmd === 'help') console.log(await helpOf(rest[0]));
    else fail(`unknown command "${cmd}"; see 'dyad --help'`);
  } catch (e) {
    if (isDyadError(e)) fail(e.message);
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) fail(`${(e as Error).message}; see 'dyad ${cmd} --help'`);
    if ((e as { code?: string }).code === 'EPIPE') process.exit(0);
    fail(`internal error: ${(e as Error).message} (please report this with the input that caused it)`, 70);
  }
}
