// Schema 6 -> 7 on both engines: a corpus stored by the previous Dyad opens with every event's
// evidence filled from its document's text (offsets in UTF-16 units, as the coder wrote them),
// the new indexes made, and the same answers as a corpus stored by this Dyad.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { MIGRATIONS, stepSql } from '../../src/store/schema.js';
import { eventRow } from '../../src/store/rows.js';
import { openSqlite } from '../../src/store/sqlite/sqlite-store.js';
import { openPostgres } from '../../src/store/postgres/pg-store.js';
import { createCoder } from '../../src/pipeline/analyze.js';
import type { Doc } from '../../src/doc/types.js';
import type { Store } from '../../src/store/store.js';

const coder = createCoder();
// why: an emoji (two UTF-16 units, one character in SQL) before the events: SQL's substr would be off by one
const TEXTS = ['🙂 Preface. Iran threatened to attack Israel on Monday.', 'Turkey condemned Israel on Tuesday, according to Anadolu.', 'Egypt expelled two Israeli diplomats in Cairo on Monday.'];
const docs: Doc[] = TEXTS.map((text, i) => coder.analyze({ id: `m-${i}`, date: '2023-05-10', outlet: `Wire ${i}`, text }));

// the columns of schema 6 (rows.ts eventRow less the evidence)
const DOC6 = ['id', 'origin', 'url', 'title', 'outlet', 'date', 'text', 'content_hash', 'status', 'events', 'coded_at'];
const EV6 = ['id', 'doc', 'sentence', 'cameo', 'root', 'quad', 'goldstein', 'plover', 'source_code', 'source_country', 'target_code', 'target_country', 'modality', 'event_date', 'lat', 'lon', 'attribution', 'historical', 'place_name', 'body'];
function rows6(d: Doc) {
  const doc = [d.id, 't', null, null, d.outlet, d.date, d.text, `h-${d.id}`, 'coded', d.events.length, '2023-05-10'];
  const events = d.events.map((e) => {
    const r = eventRow(e, d.text);
    return [r.id, r.doc, r.sentence, r.cameo, r.root, r.quad, r.goldstein, r.plover, r.sourceCode, r.sourceCountry, r.targetCode, r.targetCountry, r.modality, r.date, r.lat, r.lon, r.attribution, r.historical, r.placeName, r.body];
  });
  return { doc, events };
}
const insert = (table: string, cols: string[], ph: (i: number) => string) => `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => ph(i + 1)).join(', ')})`;

async function expectMigrated(store: Store) {
  expect(docs[0].events.length).toBeGreaterThan(0);              // why: the emoji's document has events to check
  const events = await store.listEvents({ limit: 100 });
  expect(events.length).toBe(docs.reduce((n, d) => n + d.events.length, 0));
  expect(events.length).toBeGreaterThan(2);
  for (const e of events) {
    const d = docs.find((x) => x.id === e.doc)!;
    expect(e.outlet).toBe(d.outlet);
    expect(e.evidence!.text).toBe(d.text.slice(...e.span));
    expect(e.evidence!.text.slice(...e.evidence!.trigger!)).toBe(e.trigger.text);
  }
  // the aggregates of the migrated corpus: as before, through the new indexes
  expect((await store.aggregate('dyads', {})).total).toBe(new Set(events.filter((e) => e.source && e.target).map((e) => `${e.source!.code}>${e.target!.code}`)).size);
}

describe('schema 6 -> 7', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sqlite: fills the evidence of stored events and makes the new indexes', async () => {
    const path = join(dir, 'v6.db');
    const db = new Database(path);
    db.exec(`CREATE TABLE dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    for (let v = 1; v <= 6; v++) for (const step of MIGRATIONS[v]) db.exec(stepSql(step, 'sqlite'));
    db.prepare(`INSERT INTO dyad_meta VALUES ('schema_version', '6')`).run();
    for (const d of docs) {
      const r = rows6(d);
      db.prepare(insert('documents', DOC6, () => '?')).run(...r.doc);
      for (const e of r.events) db.prepare(insert('events', EV6, () => '?')).run(...e);
    }
    db.close();
    const store = openSqlite(path);
    try {
      expect((store.db.prepare(`SELECT value FROM dyad_meta WHERE key = 'schema_version'`).get() as { value: string }).value).toBe('7');
      const indexes = (store.db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'events_source'`).get() as { sql: string }).sql;
      expect(indexes).toMatch(/source_code, target_code, event_date, cameo/);
      await expectMigrated(store);
    } finally { await store.close(); }
    // why: the server's readers open read-only, and need the migrated schema
    const reader = openSqlite(path, { readonly: true });
    try { await expectMigrated(reader); } finally { await reader.close(); }
  });

  it('postgres: fills the evidence of stored events and makes the new indexes', async () => {
    const base = process.env.DYAD_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `dyad_migrate_${process.pid}_${Date.now().toString(36)}`;
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try {
      await c.query(`CREATE SCHEMA ${schema}`);
      await c.query(`SET search_path TO ${schema}`);
      await c.query(`CREATE TABLE dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      for (let v = 1; v <= 6; v++) for (const step of MIGRATIONS[v]) await c.query(stepSql(step, 'postgres').replace(/\bREAL\b/g, 'DOUBLE PRECISION'));
      await c.query(`INSERT INTO dyad_meta VALUES ('schema_version', '6')`);
      for (const d of docs) {
        const r = rows6(d);
        await c.query(insert('documents', DOC6, (i) => `$${i}`), r.doc);
        for (const e of r.events) await c.query(insert('events', EV6, (i) => `$${i}`), e);
      }
      const store = await openPostgres(`${base}?schema=${schema}`);
      try {
        expect((await store.pool.query(`SELECT value FROM dyad_meta WHERE key = 'schema_version'`)).rows[0].value).toBe('7');
        expect((await store.pool.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'events_source'`, [schema])).rows[0].indexdef).toMatch(/source_code, target_code, event_date, cameo/);
        await expectMigrated(store);
      } finally { await store.close(); }
    } finally {
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    }
  });
});
