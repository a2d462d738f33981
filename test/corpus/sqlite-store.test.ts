import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { storeCases } from './store.cases.js';
import { openSqlite } from '../../src/store/sqlite/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-sqlite-db-'));
const path = (name: string) => join(dir, `${name}.db`);
storeCases('sqlite', async (name) => openSqlite(path(name)), path);
