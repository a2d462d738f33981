// Opening a store from `--db`: a file path is SQLite; a postgres:// URL is PostgreSQL.
import type { Store } from './store.js';
import { openSqlite } from './sqlite/sqlite-store.js';
import { openPostgres } from './postgres/pg-store.js';

export const DEFAULT_DB = './dyad.db';

export const isPostgresUrl = (db: string) => /^postgres(ql)?:\/\//.test(db);

export async function openStore(db: string = DEFAULT_DB): Promise<Store> {
  if (isPostgresUrl(db)) return openPostgres(db);
  return openSqlite(db);
}
