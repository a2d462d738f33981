// Opening a store from `--db`: a file path is SQLite; a postgres:// URL is PostgreSQL. Each
// engine is imported only when it is opened (pg is not loaded for a SQLite corpus).
import type { Store } from './store.js';

export const DEFAULT_DB = './dyad.db';

export const isPostgresUrl = (db: string) => /^postgres(ql)?:\/\//.test(db);

/**
 * `sqliteCacheMB`: the SQLite page cache (see openSqlite); PostgreSQL manages its own.
 * `readonly`: a SQLite connection that cannot write (a reader of the server), on a database at
 * this Dyad's schema version; PostgreSQL connections are not restricted.
 */
export async function openStore(db: string = DEFAULT_DB, { sqliteCacheMB, readonly }: { sqliteCacheMB?: number; readonly?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(db)) return (await import('./postgres/pg-store.js')).openPostgres(db);
  return (await import('./sqlite/sqlite-store.js')).openSqlite(db, { cacheMB: sqliteCacheMB, readonly });
}
