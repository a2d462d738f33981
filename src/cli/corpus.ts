// The corpus commands: ingest, status, recode, query, export. Thin over the store and ingest.
import { parseArgs } from 'node:util';
import { renameSync, rmSync } from 'node:fs';
import { write, writeExportFile } from '../export/write-file.js';
// only what every corpus command needs is imported here; engines, readers, the coder and the
// exporters are imported by the commands that use them, so each command starts fast
import { openStore, isPostgresUrl, DEFAULT_DB } from '../store/open.js';
import type { IngestStats } from '../ingest/run.js';
import type { PgStore } from '../store/postgres/pg-store.js';
import { DyadError, isDyadError } from '../errors.js';
import { MODALITIES, type Event } from '../doc/types.js';
import { filterFrom } from '../store/filter-parse.js';
import { relink, type RelinkResult } from '../store/relink.js';
import { slimDoc } from '../ingest/slim.js';
import { EXPORT_FORMATS, csvLine, csvWriter, jsonlWriter, type ExportFormat, type Writer } from '../export/formats.js';
import { DICT_ARGS, DICT_HELP, dictOptions, reportDictProblems } from './dict-options.js';

export const CORPUS_HELP: Record<string, string> = {
  serve: `Usage: dyad serve [--db PATH|postgres://...] [--port 8080] [--host 127.0.0.1] [--dict PATH]... [--no-default-dict]

Serves the JSON API (/api/analyze, /api/events, /api/actors, /api/dyads, /api/timeline,
/api/places, /api/documents/:id, /api/links/:id, /api/export, /api/openapi.json) and the web
page. The API only reads: no route writes to or deletes from the corpus (/api/analyze codes a
text without storing it).

  --db PATH           the corpus (SQLite file or postgres:// URL)
  --host HOST         the address to listen on (default 127.0.0.1, this machine only); any
                      other is warned about: the API has no login. Requests must name this
                      host (or localhost, 127.0.0.1, [::1]) and port in their Host header
                      (else 421), which stops DNS-rebinding pages from reading the corpus
  --port N            the port (default 8080; 0 picks a free one)
${DICT_HELP}

Every response carries a Content-Security-Policy and other security headers; POST bodies must be
Content-Type: application/json and at most 2 MB; requests from another site's page (Origin) are
refused; a client has 10 s to send its headers and 30 s for the whole request.`,
  worker: `Usage: dyad worker --db postgres://... [--batch N] [--follow] [--dict PATH]... [--no-default-dict]

Takes queued documents from a PostgreSQL corpus (see 'dyad ingest --queue-only'), codes them and
stores them, each in the transaction that locked it (FOR UPDATE SKIP LOCKED), so any number of
workers on any number of machines code each document once. Stops when the queue is empty,
unless --follow is given.`,
  ingest: `Usage: dyad ingest SOURCE... [--db PATH|postgres://...] [--workers N] [--time-limit S] [--dict PATH]... [--no-default-dict] [--force] [--queue-only]

Codes documents and stores them with their events. SOURCE: a file (.txt, .html, .jsonl, an RSS or
Atom feed .xml), a folder (walked recursively for those kinds), or - for JSON Lines on standard input.
A file's kind is told from its text once decoded (UTF-8, or UTF-16 with a byte-order mark): a feed
or JSON Lines file named otherwise is still read as one.

Options:
  --db PATH      the database (default: ${DEFAULT_DB}, SQLite)
  --workers N    coding threads (default: one per core; 0 codes in this thread)
  --time-limit S seconds a worker may spend on one document (default 60); a document that takes
                 longer is recorded as failed with the reason and the run goes on
${DICT_HELP}
  --force        re-code documents even when they are stored unchanged
  --queue-only   (PostgreSQL) only queue the documents for 'dyad worker' processes to code

A document already stored with the same content is skipped, so running the same ingest twice,
or again after a crash, stores every document exactly once. A document that cannot be read or
coded is recorded as failed with the reason (see 'dyad status --failed') and the run goes on. A
document without a publication date is coded against today, its date stored as assumed; times in
it are never put after that date.`,
  status: `Usage: dyad status [--db PATH] [--failed]

Counts of coded and failed documents and of events; --failed lists failed documents with the reason.`,
  recode: `Usage: dyad recode [--db PATH] [--dict PATH]... [--no-default-dict]

Codes every stored document again (after a dictionary change) and replaces its events, one
transaction per document.`,
  query: `Usage: dyad query [--db PATH] [--actor CODE] [--dyad SRC:TGT] [--code CAMEO] [--since DATE] [--until DATE]
                  [--modality M] [--linked] [--limit N] [--offset N] [--format table|jsonl|csv]

Events from the corpus. Codes match as prefixes (--actor PRK matches PRKGOV); actor codes are
uppercase 3-letter groups, --code a CAMEO code that exists (a root such as 03 or a code such as
0341); dates are real calendar dates YYYY, YYYY-MM or YYYY-MM-DD and bound the event's date,
inclusive; --modality is asserted, intended, possible, alleged, hypothetical or negated. --linked
lists linked events (reports of one event across documents: same dyad, CAMEO root and modality,
overlapping time, compatible place) with their mentions, articles and sources, first and last seen.`,
  link: `Usage: dyad link [--db PATH] [--changed]

Recomputes the linked events of the whole corpus ('dyad ingest' and 'dyad recode' do it at the end;
run it after 'dyad worker' processes have emptied a PostgreSQL queue).

  --changed   only where something changed since the last linking: the dyads and roots of events
              not linked yet, and of linked events whose events were coded again. The result is the
              same as a whole-corpus run, except after a document was coded again with the same
              events at other dates (then run without --changed). 'dyad ingest' links this way when
              it stored only new documents.`,
  export: `Usage: dyad export --format ${EXPORT_FORMATS.join('|')} --out FILE [--db PATH] [the filters of dyad query]

  jsonl    Event records, one per line (Dyad's own format)
  csv      one row per event with the main fields
  gdelt    GDELT 2.0 event table: 61 tab-separated columns, codes as strings, unknown fields empty
  geojson  located events as a FeatureCollection of points
  graphml  the actor network: nodes are actors, edges dyads with count and mean Goldstein score
  gexf     the same network for Gephi
  parquet  one typed row per event, for pandas, Arrow or DuckDB`,
};

function fail(msg: string): never { throw new DyadError('E_OPTION', msg); }

const FILTER_OPTIONS = {
  db: { type: 'string' }, actor: { type: 'string' }, dyad: { type: 'string' }, code: { type: 'string' },
  since: { type: 'string' }, until: { type: 'string' }, modality: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' },
} as const;

export async function ingestCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    db: { type: 'string' }, workers: { type: 'string' }, 'time-limit': { type: 'string' }, ...DICT_ARGS, force: { type: 'boolean' }, 'queue-only': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(CORPUS_HELP.ingest); return; }
  if (positionals.length === 0) fail("ingest needs at least one SOURCE (a file, a folder or -); see 'dyad ingest --help'");
  if (values['queue-only']) { await queueCommand(positionals, values.db); return; }
  let workers: number | undefined;
  if (values.workers !== undefined) { workers = Number(values.workers); if (!Number.isInteger(workers) || workers < 0) fail('--workers must be a whole number, 0 or more'); }
  const timeLimit = values['time-limit'] !== undefined ? Number(values['time-limit']) : undefined;
  if (timeLimit !== undefined && !(timeLimit > 0)) fail('--time-limit must be a number of seconds above 0');
  const store = await openStore(values.db);
  const tty = process.stderr.isTTY;
  // on a terminal, a bar with the time left: the sources are counted first (a cheap pass)
  const total = tty ? await estimateTotal(positionals) : 0;
  let last = 0;
  const progress = (s: IngestStats) => {
    if (!tty || Date.now() - last < 200) return;
    last = Date.now();
    const secs = (Date.now() - s.startedAt) / 1000;
    process.stderr.write(`\r${progressBar(s, secs, total)}   `);
  };
  try {
    const [{ ingest }, { readSources }] = await Promise.all([import('../ingest/run.js'), import('../readers/sources.js')]);
    const stats = await ingest(readSources(positionals), store, { workers, dict: dictOptions(values), onProgress: progress, force: values.force, timeLimit });
    const secs = (Date.now() - stats.startedAt) / 1000;
    if (tty) process.stderr.write('\r');
    process.stderr.write(`${progressLine(stats, secs)}\n`);
    // new documents only: link what changed; a document coded again may have moved its events in time
    if (stats.coded > 0) process.stderr.write(`dyad: ${linkMessage(await relink(store, { incremental: stats.replaced === 0 }))}\n`);
    if (stats.failed > 0) process.exitCode = 1;
  } finally {
    await store.close();
  }
}

function progressBar(s: IngestStats, secs: number, total: number): string {
  const rate = secs > 0 ? s.seen / secs : 0;
  if (!total) return progressLine(s, secs).replace(/^dyad: /, '');
  const done = Math.min(1, s.seen / total);
  const bar = '#'.repeat(Math.round(done * 24)).padEnd(24, '.');
  const left = rate > 0 ? Math.max(0, (total - s.seen) / rate) : 0;
  return `[${bar}] ${(100 * done).toFixed(0)}% ${s.seen}/${total} documents, ${rate.toFixed(0)}/s, ${s.events} events, ${s.failed} failed, ${left.toFixed(0)} s left`;
}

/** About how many documents the sources hold: files in folders, lines in JSON Lines. */
async function estimateTotal(sources: string[]): Promise<number> {
  const { statSync, readdirSync, createReadStream } = await import('node:fs');
  const { join, extname } = await import('node:path');
  let n = 0;
  const lines = async (p: string) => { let c = 0; for await (const chunk of createReadStream(p)) for (const b of chunk as Buffer) if (b === 10) c++; return c; };
  const visit = async (p: string): Promise<void> => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) { for (const f of readdirSync(p)) if (!f.startsWith('.')) await visit(join(p, f)); return; }
    n += /^\.(jsonl|ndjson)$/.test(extname(p)) ? await lines(p) : 1;
  };
  for (const src of sources) if (src !== '-') await visit(src);
  return n;
}

/** "1 document", "2 documents". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A rate that says something for short runs too ("2.5/s", not "0/s"); none for a run too short to time. */
function rateOf(n: number, secs: number): string {
  if (secs < 0.05) return '';
  const r = n / secs;
  return r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(1) : r.toFixed(2);
}

function progressLine(s: IngestStats, secs: number): string {
  const rate = rateOf(s.seen, secs);
  const assumed = s.dateAssumed ? `; ${plural(s.dateAssumed, 'document')} had no publication date (${s.dateAssumed === 1 ? 'its' : 'their'} date is assumed to be the day of coding)` : '';
  return `dyad: ${plural(s.seen, 'document')} (${s.coded} coded, ${s.unchanged} unchanged, ${s.failed} failed), ${plural(s.events, 'event')}${rate ? `, ${rate} documents/s` : ''}, ${secs.toFixed(1)} s${assumed}`;
}

export async function statusCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, failed: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(CORPUS_HELP.status); return; }
  const store = await openStore(values.db);
  try {
    const c = await store.counts();
    console.log(`${store.engine}: ${c.coded} documents coded, ${c.failed} failed, ${c.queued} queued; ${c.events} events`);
    // the reason usually starts with the file's name already: it is not printed twice
    const reason = (d: { origin: string; error: string | null }) => (d.error?.startsWith(`${d.origin}: `) ? d.error.slice(d.origin.length + 2) : d.error ?? '');
    if (values.failed) for await (const d of store.documents('failed')) console.log(`failed  ${d.origin}  ${reason(d)}`);
  } finally {
    await store.close();
  }
}

export async function recodeCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, ...DICT_ARGS, workers: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(CORPUS_HELP.recode); return; }
  const store = await openStore(values.db);
  const { ingest } = await import('../ingest/run.js');
  try {
    async function* stored() {
      for await (const d of store.texts()) {
        const rec = { id: d.id, text: d.text, ...(d.date && !d.dateAssumed ? { date: d.date } : {}), ...(d.url ? { url: d.url } : {}), ...(d.title ? { title: d.title } : {}), ...(d.outlet ? { outlet: d.outlet } : {}) };
        yield { record: rec, origin: d.origin };
      }
    }
    const stats = await ingest(stored(), store, { dict: dictOptions(values), force: true, workers: values.workers !== undefined ? Number(values.workers) : undefined });
    process.stderr.write(`dyad: re-coded ${plural(stats.coded, 'document')}, ${plural(stats.events, 'event')}${stats.failed ? `; ${stats.failed} failed` : ''}\n`);
    process.stderr.write(`dyad: ${linkMessage(await relink(store))}\n`);
  } finally {
    await store.close();
  }
}

export async function linkCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, changed: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(CORPUS_HELP.link); return; }
  const store = await openStore(values.db);
  try { process.stderr.write(`dyad: ${linkMessage(await relink(store, { incremental: values.changed }))}\n`); } finally { await store.close(); }
}

function linkMessage(l: RelinkResult): string {
  return l.mode === 'full'
    ? `${plural(l.linked, 'linked event')}, ${plural(l.related, 'related pair')}`
    : `linking brought up to date for ${plural(l.keys, 'dyad and root pair')}: ${plural(l.linked, 'linked event')}, ${plural(l.related, 'related pair')} among them`;
}

export async function queryCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { ...FILTER_OPTIONS, linked: { type: 'boolean' }, format: { type: 'string', default: 'table' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(CORPUS_HELP.query); return; }
  if (!['table', 'jsonl', 'csv'].includes(values.format!)) fail(`--format must be table, jsonl or csv, not "${values.format}"`);
  const filter = filterFrom(values);
  const store = await openStore(values.db);
  try {
    if (values.linked) {
      if (values.format === 'csv') await write(process.stdout, csvLine(LINKED_CSV_COLUMNS));
      else if (values.format === 'table') await write(process.stdout, 'first seen  last seen   source → target   root modality      mentions articles sources\n');
      for await (const l of store.linked(filter)) {
        const line = values.format === 'jsonl' ? JSON.stringify(l) + '\n'
          // through the export's CSV writer: quoted and made inert like `dyad export --format csv`
          : values.format === 'csv' ? csvLine([l.id, l.source, l.target, l.root, l.cameo, l.modality, l.firstSeen, l.lastSeen, l.mentions, l.articles, l.sources, l.placeCountry, l.related.join(' ')])
          : `${l.firstSeen.padEnd(11)} ${l.lastSeen.padEnd(11)} ${`${l.source} → ${l.target ?? '—'}`.padEnd(17)} ${l.root.padEnd(4)} ${l.modality.padEnd(13)} ${String(l.mentions).padStart(8)} ${String(l.articles).padStart(8)} ${String(l.sources).padStart(7)}${l.related.length ? '  related: ' + l.related.join(' ') : ''}\n`;
        await write(process.stdout, line);
      }
      return;
    }
    const w: Writer = values.format === 'csv' ? csvWriter() : values.format === 'jsonl' ? jsonlWriter() : tableWriter();
    await write(process.stdout, w.head());
    for await (const e of store.events(filter)) await write(process.stdout, w.row(e, null));
    await write(process.stdout, w.tail());
  } finally {
    await store.close();
  }
}

const LINKED_CSV_COLUMNS = ['id', 'source', 'target', 'root', 'cameo', 'modality', 'first_seen', 'last_seen', 'mentions', 'articles', 'sources', 'place_country', 'related'];

function tableWriter(): Writer {
  return {
    head: () => 'date        source → target            code  modality      doc\n',
    row: (e: Event) => `${(e.when?.date ?? '').padEnd(11)} ${`${e.source?.code ?? '—'} → ${e.target?.code ?? '—'}`.padEnd(26)} ${e.cameo.padEnd(5)} ${e.modality.padEnd(13)} ${e.doc}  ${e.label}\n`,
    tail: () => '',
  };
}

export async function exportCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { ...FILTER_OPTIONS, format: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(CORPUS_HELP.export); return; }
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) fail(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (!values.out) fail('--out FILE is required');
  const filter = filterFrom(values);
  const store = await openStore(values.db);
  const tmp = `${values.out}.part`;
  try {
    const { events: n, skipped } = await writeExportFile(store, format!, filter, tmp);
    // the file appears whole or not at all
    renameSync(tmp, values.out);
    process.stderr.write(`dyad: exported ${plural(n, 'event')} as ${format} to ${values.out}${skipped ? ` (${skipped} without a place left out)` : ''}\n`);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    await store.close();
  }
}

async function queueCommand(sources: string[], db: string | undefined): Promise<void> {
  const store = await openStore(db);
  if (store.engine !== 'postgres') { await store.close(); fail('--queue-only needs a PostgreSQL database (--db postgres://...)'); }
  const pgs = store as PgStore;
  const [{ readSources }, { contentHash }, { contentId }] = await Promise.all([import('../readers/sources.js'), import('../ingest/run.js'), import('../readers/record.js')]);
  let queued = 0, failed = 0, same = 0;
  try {
    for await (const item of readSources(sources)) {
      if ('failed' in item) { failed++; await pgs.putFailed(item.id, item.origin, item.failed.message); continue; }
      const rec = { ...item.record, id: item.record.id ?? contentId(item.record) };
      if (await pgs.enqueue(rec, item.origin, contentHash(rec))) queued++; else same++;
    }
  } finally { await store.close(); }
  process.stderr.write(`dyad: queued ${queued} documents (${same} unchanged, ${failed} failed)\n`);
  if (failed) process.exitCode = 1;
}

export async function workerCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, batch: { type: 'string' }, follow: { type: 'boolean' }, ...DICT_ARGS, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(CORPUS_HELP.worker); return; }
  if (!values.db || !isPostgresUrl(values.db)) fail('worker needs --db postgres://...');
  const batch = values.batch ? Number(values.batch) : 20;
  if (!Number.isInteger(batch) || batch < 1) fail('--batch must be a positive whole number');
  const store = await openStore(values.db) as PgStore;
  const { openCoder } = await import('../pipeline/open-coder.js');
  // HTML records may be queued: the coding callback is synchronous, so the reader is loaded now
  const coder = await openCoder({ ...dictOptions(values), html: true });
  reportDictProblems(coder.lexicon.problems);
  const total = { coded: 0, failed: 0, events: 0 };
  let stop = false;
  process.once('SIGTERM', () => { stop = true; });
  process.once('SIGINT', () => { stop = true; });
  try {
    while (!stop) {
      const r = await store.work(batch, (rec) => {
        try { return slimDoc(coder.analyze(rec)); } catch (e) { return { error: isDyadError(e) ? e.message : `could not be coded: ${(e as Error).message}` }; }
      });
      total.coded += r.coded; total.failed += r.failed; total.events += r.events;
      if (r.taken === 0) { if (!values.follow) break; await new Promise((res) => setTimeout(res, 1000)); }
    }
  } finally { await store.close(); }
  process.stderr.write(`dyad: worker coded ${total.coded} documents, ${total.events} events, ${total.failed} failed\n`);
}

export async function serveCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' }, ...DICT_ARGS, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(CORPUS_HELP.serve); return; }
  const port = Number(values.port);
  if (!/^\d{1,5}$/.test(values.port!) || port > 65535) fail(`--port must be a port number, not "${values.port}"`);
  const host = values.host!;
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) fail(`--host must be a host name or an address such as 127.0.0.1, not "${host}"`);
  const { createApp } = await import('../server/app.js');
  const { webHandler } = await import('../server/web.js');
  const { listen, isLoopback } = await import('../server/listen.js');
  const { hostPolicy } = await import('../server/guard.js');
  // this thread's connection migrates the corpus and reads its version; the reads of the routes
  // and the exports run in reader threads, each with its own connection and page cache
  const db = values.db ?? DEFAULT_DB;
  const store = await openStore(db);
  const hosts = hostPolicy(host.replace(/^\[(.*)\]$/, '$1'));
  const { createAnalyzePool } = await import('../server/analyze-pool.js');
  // articles are coded in worker threads: a long one never holds up the other requests
  const analyzer = createAnalyzePool({ dict: dictOptions(values) });
  // the first task loads the dictionaries in a worker: a bad --dict fails here, not on a request
  try { await analyzer.searchActors('a', 1); } catch (e) { await analyzer.close(); await store.close(); throw e; }
  const { createReadPool } = await import('../server/read-pool.js');
  const reader = createReadPool({ db });
  try { await reader.ready(); } catch (e) { await Promise.all([analyzer.close(), reader.close(), store.close()]); throw e; }
  const app = createApp({ analyzer, reader, store, web: webHandler(), hosts });
  let listening;
  try { listening = await listen(app.fetch, { host: host.replace(/^\[(.*)\]$/, '$1'), port }); } catch (e) {
    await Promise.all([analyzer.close(), reader.close(), store.close()]);
    const code = (e as { code?: string }).code;
    if (code === 'EADDRINUSE') fail(`--port ${port}: the port is in use; choose another (0 picks a free one)`);
    if (code === 'EACCES') fail(`--port ${port}: not allowed to listen there; choose a port above 1023`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') fail(`--host ${host}: not an address of this machine`);
    throw e;
  }
  const { server, port: bound } = listening;
  // requests must name the port the server has (port 0 picks one)
  hosts.port = bound;
  const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  if (!isLoopback(host)) process.stderr.write(`dyad: warning: listening on ${host}, not only this machine: anyone who can reach it can read the corpus (the API has no login)\n`);
  process.stderr.write(`dyad: serving ${store.engine} corpus on http://${shown}:${bound}/ (API at /api, description at /api/openapi.json)\n`);
  // the first answers a user sees, ready before they are asked for, and again after each change
  const { keepWarm } = await import('../server/warm.js');
  const warmer = keepWarm(app, store, reader, `localhost:${bound}`);
  const stop = () => { warmer.stop(); server.close(); void Promise.all([analyzer.close(), reader.close(), store.close()]).then(() => process.exit(0)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
