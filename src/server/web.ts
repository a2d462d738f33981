// The web page's files, built by Vite into web/dist. Until the page is built, a short page says so.
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname, resolve, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

export function webHandler(root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist')) {
  return (c: Context): Response => {
    const path = normalize(decodeURIComponent(new URL(c.req.url).pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root)) return c.text('not found', 404);
    if (!existsSync(file) || !extname(file)) file = join(root, 'index.html');
    if (!existsSync(file)) return c.html('<!doctype html><title>Dyad</title><p>The web page is not built. The API is at <a href="/api/openapi.json">/api</a>.</p>');
    return new Response(readFileSync(file), { headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' } });
  };
}
