// Opening a store from `--db`: a file path is SQLite; a postgres:// URL is PostgreSQL.
import { DyadError } from '../errors.js';
import type { Store } from './store.js';
import { openSqlite } from './sqlite/sqlite-store.js';

export const DEFAULT_DB = './dyad.db';

export async function openStore(db: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(db)) {
    throw new DyadError('E_OPTION', `${db}: the PostgreSQL engine is not in this version yet; use a SQLite file path for --db`);
  }
  return openSqlite(db);
}
