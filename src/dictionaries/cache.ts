// The compiled dictionaries, cached on disk: compiling reads YAML and runs the tagger over every
// name (seconds), reading the cache is one structured-clone decode (a tenth of that). The key is
// the Dyad version, the Node version (the clone format is V8's) and every dictionary file's path
// and content hash, so a changed file, an added --dict or an upgrade never meets an old cache.
// A cache that is unreadable, corrupt (its checksum fails) or for another key is ignored and
// rebuilt, never trusted. The file is written whole or not at all (.part, then rename).
import { readFileSync, writeFileSync, renameSync, mkdirSync, readdirSync, statSync, unlinkSync, accessSync, constants } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { serialize, deserialize } from 'node:v8';
import type { Lexicon } from './lexicon.js';
import { lexiconFiles, PACKAGE_ROOT, type LoadOptions } from './dict-files.js';
import { dyadVersion } from '../version.js';

const MAGIC = 'DYADLEX1';

/** The folder for cache files: .cache/ in the package when it may be written, else the user's cache folder. */
export function cacheDir(): string {
  if (process.env.DYAD_CACHE_DIR) return process.env.DYAD_CACHE_DIR;
  const own = join(PACKAGE_ROOT, '.cache');
  try { mkdirSync(own, { recursive: true }); accessSync(own, constants.W_OK); return own; } catch { /* read-only install */ }
  const base = process.env.XDG_CACHE_HOME || (process.env.HOME ? join(process.env.HOME, '.cache') : tmpdir());
  return join(base, 'dyad');
}

let compilerHash: string | undefined;
/**
 * A hash of the compiler's own code (this folder and the tagger's), so that a changed compiler
 * never meets a lexicon an older one compiled, even at the same version (a developer's tree).
 */
function compilerCode(): string {
  if (compilerHash) return compilerHash;
  const h = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|ts)$/.test(f) && !/\.test\./.test(f)) h.update(f).update(readFileSync(p));
    }
  };
  walk(here);
  walk(join(here, '..', 'text'));
  return (compilerHash = h.digest('hex'));
}

/** The cache key of a load, or null when a file cannot be read (the compiler then says why). */
export function lexiconKey(opts: LoadOptions): string | null {
  const h = createHash('sha256').update(`${MAGIC}\0${dyadVersion()}\0${process.versions.node}\0${compilerCode()}\0${opts.defaults === false ? 'nodefault' : 'default'}\0`);
  const { base, extra } = lexiconFiles(opts);
  try {
    for (const [group, files] of [['base', base], ['extra', extra]] as const) {
      for (const f of files) h.update(`${group}\0${f}\0`).update(createHash('sha256').update(readFileSync(f)).digest()).update('\0');
    }
  } catch { return null; }
  return h.digest('hex').slice(0, 32);
}

type Compile = (opts: LoadOptions) => Lexicon;

/** The cache file for these options, or null (cache turned off, or a file that cannot be read). */
function cacheFile(opts: LoadOptions): { file: string; key: string } | null {
  if (process.env.DYAD_DICT_CACHE === 'off') return null;
  const key = lexiconKey(opts);
  return key ? { file: join(cacheDir(), `lexicon-${key}.bin`), key } : null;
}

/** The lexicon for these options: from the cache when it holds this key, else compiled by `compile` and cached. */
export function cachedLexicon(opts: LoadOptions, compile: Compile): Lexicon {
  const c = cacheFile(opts);
  const hit = c && readCache(c.file, c.key);
  if (hit) return hit;
  const lex = compile(opts);
  if (c) writeCache(c.file, c.key, lex);
  return lex;
}

/** The same, loading the compiler (YAML readers, the tagger over names) only on a miss. */
export async function loadLexiconCached(opts: LoadOptions = {}): Promise<Lexicon> {
  const c = cacheFile(opts);
  const hit = c && readCache(c.file, c.key);
  if (hit) return hit;
  const { loadLexicon } = await import('./lexicon.js');
  return cachedLexicon(opts, loadLexicon);
}

/** The cache file's body when its header names this key and its checksum holds, else null. */
function verifiedBody(file: string, key: string): Buffer | null {
  let buf: Buffer;
  try { buf = readFileSync(file); } catch { return null; }
  const nl = buf.indexOf(10);
  if (nl < 0) return null;
  const [magic, k, sum] = buf.subarray(0, nl).toString('latin1').split(' ');
  const body = buf.subarray(nl + 1);
  return magic === MAGIC && k === key && createHash('sha256').update(body).digest('hex') === sum ? body : null;
}

function readCache(file: string, key: string): Lexicon | null {
  const body = verifiedBody(file, key);
  try { return body ? (deserialize(body) as Lexicon) : null; } catch { return null; }
}

/**
 * Make sure the cache holds these dictionaries before workers start (each would otherwise
 * compile them), without decoding it here. A dictionary that cannot be read fails here, with
 * the compiler's own message.
 */
export async function warmLexiconCache(opts: LoadOptions): Promise<void> {
  const c = cacheFile(opts);
  if (c && verifiedBody(c.file, c.key)) return;
  const { loadLexicon } = await import('./lexicon.js');
  const lex = loadLexicon(opts);
  if (c) writeCache(c.file, c.key, lex);
}

/** Write the cache; a lexicon that does not survive a structured clone (see plainData) is not cached. */
export function writeCache(file: string, key: string, lex: Lexicon): boolean {
  const why = plainData(lex);
  if (why) { if (process.env.DYAD_DEBUG) process.stderr.write(`dyad: dictionaries not cached: ${why}\n`); return false; }
  try {
    const body = serialize(lex);
    const head = Buffer.from(`${MAGIC} ${key} ${createHash('sha256').update(body).digest('hex')}\n`, 'latin1');
    mkdirSync(join(file, '..'), { recursive: true });
    const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
    writeFileSync(part, Buffer.concat([head, body]));
    renameSync(part, file);
    prune(join(file, '..'), file);
    return true;
  } catch { return false; }
}

/**
 * Why a value would come back different from a structured clone (a class instance loses its
 * methods, a function cannot be cloned), or null when it is plain data: objects, arrays, Maps,
 * Sets, RegExps, typed arrays and primitives. Checked before writing, so a module that adds a
 * class to the lexicon makes the cache step aside rather than hand back broken objects.
 */
export function plainData(root: unknown): string | null {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'function') return 'a function';
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    const proto = Object.getPrototypeOf(v);
    if (v instanceof Map) { for (const [k, x] of v) stack.push(k, x); continue; }
    if (v instanceof Set) { for (const x of v) stack.push(x); continue; }
    if (v instanceof RegExp || ArrayBuffer.isView(v) || v instanceof Date) continue;
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return `an instance of ${proto?.constructor?.name ?? 'a class'}`;
    for (const x of Object.values(v)) stack.push(x);
  }
  return null;
}

/** Cache files of other keys unused for a week go (each added --dict set leaves one). */
function prune(dir: string, keep: string): void {
  const weekAgo = Date.now() - 7 * 86400000;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (p === keep || !/^lexicon-.*\.bin$/.test(f)) continue;
    try { if (statSync(p).atimeMs < weekAgo && statSync(p).mtimeMs < weekAgo) unlinkSync(p); } catch { /* another process pruned it */ }
  }
}
