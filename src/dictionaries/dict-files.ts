// Which files make up a set of dictionaries. Kept apart from the compiler (no YAML, no tagger),
// so the cache can find its key without loading what it exists to avoid.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../errors.js';

export interface LoadOptions {
  dirs?: string[];
  /** more dictionary files or folders, YAML or PETRARCH/TABARI .txt; later ones override earlier ones */
  extra?: string[];
  /** false: only `extra` (and the CAMEO code table), not the bundled dictionaries */
  defaults?: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
/** The package root (where package.json is), found from dist/ or src/ alike. */
export const PACKAGE_ROOT = resolve(here, '..', '..');
/** dictionaries/ at the package root. */
export const DEFAULT_DICT_DIR = join(PACKAGE_ROOT, 'dictionaries');

export type PetrarchKind = 'actors' | 'agents' | 'verbs' | 'discards';

/** The kind of a PETRARCH/TABARI file, told by its name as PETRARCH names them. */
export function petrarchKind(file: string): PetrarchKind | null {
  const name = basename(file).toLowerCase();
  if (/actors?\.txt$/.test(name)) return 'actors';
  if (/agents?\.txt$/.test(name)) return 'agents';
  if (/discards?\.txt$/.test(name)) return 'discards';
  if (/verbs?\.txt$/.test(name) || /^cameo.*\.txt$/.test(name)) return 'verbs';
  return null;
}

/** Dictionary files of a folder: YAML, and PETRARCH/TABARI .txt files told by their names. */
export function dictFiles(dir: string, petrarch: boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...dictFiles(p, petrarch));
    else if (/\.ya?ml$/.test(f) || (petrarch && /\.txt$/i.test(f) && petrarchKind(p))) out.push(p);
  }
  return out;
}

/** The files a load reads: the bundled ones (`base`), then the added ones (`extra`), in order. */
export function lexiconFiles(opts: LoadOptions = {}): { base: string[]; extra: string[] } {
  const dirs = opts.defaults === false ? [join(DEFAULT_DICT_DIR, 'cameo')] : opts.dirs ?? [DEFAULT_DICT_DIR];
  const base = dirs.flatMap((d) => dictFiles(d, false));
  const extra = (opts.extra ?? []).flatMap((p) => existsSync(p) && statSync(p).isDirectory() ? dictFiles(p, true) : [p]);
  if (base.length + extra.length === 0) throw new DyadError('E_DICT', `no dictionary files found in ${dirs.join(', ')}`);
  return { base, extra };
}
