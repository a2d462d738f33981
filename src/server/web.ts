// The web page's files, built by Vite into web/dist. Until the page is built, a short page says so.
// Only files inside web/dist are served: a path with a ".." segment (written plainly or encoded),
// a backslash or a NUL is refused, and the resolved file (symlinks followed) must lie inside.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, dirname, resolve, extname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** The file under `root` a URL path names, or null when the path is not one of ours. */
export function staticFile(root: string, rawPath: string): string | null {
  let path: string;
  try { path = decodeURIComponent(rawPath); } catch { return null; }
  if (/[\\\0]/.test(path) || path.split('/').some((seg) => seg === '..' || seg === '.')) return null;
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

export function webHandler(root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist')) {
  return (c: Context): Response => {
    // the raw path: URL parsing would already have removed plain ".." segments
    const raw = /^[a-z]+:\/\/[^/]*(\/[^?#]*)/i.exec(c.req.url)?.[1] ?? '/';
    let file = staticFile(root, raw);
    if (file === null) return c.json({ error: 'not found' }, 404);
    const index = join(root, 'index.html');
    if (!existsSync(index)) return c.html('<!doctype html><title>Dyad</title><p>The web page is not built. The API is at <a href="/api/openapi.json">/api</a>.</p>');
    // a page address (no extension) is the page itself; a missing file is 404
    if (!extname(file)) file = index;
    if (!existsSync(file) || !statSync(file).isFile()) return c.json({ error: 'not found' }, 404);
    const real = realpathSync(file);
    if (!real.startsWith(realpathSync(root) + sep)) return c.json({ error: 'not found' }, 404);
    return new Response(readFileSync(real), { headers: { 'content-type': TYPES[extname(real)] ?? 'application/octet-stream' } });
  };
}
