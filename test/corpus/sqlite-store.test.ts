import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { storeCases } from './store.cases.js';
import { exploreCases } from './explore.cases.js';
import { openSqlite } from '../../src/store/sqlite/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-sqlite-db-'));
const path = (name: string) => join(dir, `${name}.db`);
storeCases('sqlite', async (name) => openSqlite(path(name)), path);
exploreCases('sqlite', async (name) => openSqlite(path(name)));

import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION, stepSql } from '../../src/store/schema.js';

describe('sqlite schema versions', () => {
  it('migrates a version-1 database on open and keeps its data', async () => {
    const p = path('old');
    const db = new Database(p);
    db.exec(`CREATE TABLE dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    for (const step of MIGRATIONS[1]) db.exec(stepSql(step, 'sqlite'));
    db.prepare(`INSERT INTO dyad_meta VALUES ('schema_version', '1')`).run();
    db.prepare(`INSERT INTO documents (id, origin, status, events) VALUES ('old-doc', 'old.txt', 'coded', 0)`).run();
    db.close();
    const store = openSqlite(p);
    try {
      expect((store.db.prepare(`SELECT value FROM dyad_meta WHERE key = 'schema_version'`).get() as { value: string }).value).toBe(String(SCHEMA_VERSION));
      const docs = [];
      for await (const d of store.documents()) docs.push(d.id);
      expect(docs).toEqual(['old-doc']);
      expect(store.db.prepare(`SELECT codings FROM documents`).get()).toEqual({ codings: 0 });
    } finally { await store.close(); }
  });
  it('refuses a database from a newer Dyad, saying what to do', () => {
    const p = path('newer');
    const db = new Database(p);
    db.exec(`CREATE TABLE dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    db.prepare(`INSERT INTO dyad_meta VALUES ('schema_version', '99')`).run();
    db.close();
    expect(() => openSqlite(p)).toThrow(/schema version 99, newer than this Dyad understands .* upgrade Dyad/);
  });
});
