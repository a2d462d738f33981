// What the server checks before any route runs: who it is talking to (Host, Origin), that the
// URL can be read, and the headers every response carries. A local server is reachable from
// any web page the user opens, so it trusts neither the page's Host name nor its Origin.
import { networkInterfaces, hostname } from 'node:os';

/** The names a server on the loopback interface answers to. */
export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** Names the server answers to, and its port once known (absent: any port). */
export interface HostPolicy { names: string[]; port?: number }

/** The policy for a server bound to `host`: the loopback names, the host itself, and for a
 * wildcard address (0.0.0.0, ::) this machine's name and interface addresses. */
export function hostPolicy(host: string, port?: number): HostPolicy {
  const names = new Set(LOOPBACK_NAMES);
  names.add(bracket(host.toLowerCase()));
  if (host === '0.0.0.0' || host === '::' || host === '[::]') {
    names.add(hostname().toLowerCase());
    for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) names.add(bracket(a.address.toLowerCase()));
  }
  return { names: [...names], port };
}

const bracket = (h: string) => (h.includes(':') && !h.startsWith('[') ? `[${h}]` : h);

/** Whether a Host header (name, optionally :port) names this server. */
export function hostAllowed(header: string | undefined, policy: HostPolicy): boolean {
  if (!header) return false;
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(header.trim());
  if (!m) return false;
  if (!policy.names.includes(m[1].toLowerCase())) return false;
  if (policy.port === undefined) return true;
  return Number(m[2] ?? 80) === policy.port;
}

/** Whether an Origin header (sent by browsers on cross-origin and POST requests) is this server. */
export function originAllowed(origin: string | undefined, policy: HostPolicy): boolean {
  if (origin === undefined) return true;
  const m = /^https?:\/\/([^/]+)$/i.exec(origin.trim());
  return !!m && hostAllowed(m[1], policy);
}

/** A content type that is exactly application/json; parameters allowed, a charset only UTF-8. */
export function isJsonType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || /^charset="?utf-8"?$/.test(p));
}

/** Whether a URL's path and query decode (a lone % or a broken UTF-8 sequence does not). */
export function urlReadable(url: string): boolean {
  const at = url.indexOf('://');
  const rest = at < 0 ? url : url.slice(url.indexOf('/', at + 3) < 0 ? url.length : url.indexOf('/', at + 3));
  try {
    for (const part of rest.split(/[?&=]/)) decodeURIComponent(part.replace(/\+/g, ' '));
    return true;
  } catch { return false; }
}

/**
 * Headers on every response. The page loads only its own bundled script, style and images (no
 * inline script or style), may not be framed, and sends no referrer.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
