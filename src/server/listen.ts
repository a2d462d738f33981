// Starting the HTTP server with limits on slow clients: a connection that has not sent its
// headers within `headersTimeout`, or its whole request within `requestTimeout`, is closed
// (Node answers 408), so slow-body connections cannot pile up.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';

export interface ListenOptions {
  host: string; port: number;
  /** Milliseconds; defaults 10 s for the headers and 30 s for the whole request. */
  headersTimeout?: number; requestTimeout?: number;
}

export async function listen(fetch: (req: Request) => Response | Promise<Response>, o: ListenOptions): Promise<{ server: ServerType; port: number }> {
  const headersTimeout = o.headersTimeout ?? 10_000;
  const requestTimeout = o.requestTimeout ?? 30_000;
  const server = serve({
    fetch, port: o.port, hostname: o.host,
    // Node checks the two timeouts every connectionsCheckingInterval (default 30 s): check often
    // enough that a timeout means what it says
    serverOptions: { headersTimeout, requestTimeout, connectionsCheckingInterval: Math.max(50, Math.min(1000, headersTimeout / 4)) },
  });
  await new Promise<void>((res, rej) => { server.once('listening', res); server.once('error', rej); });
  return { server, port: (server.address() as AddressInfo).port };
}

/** Whether an address only this machine can reach (no warning needed). */
export const isLoopback = (host: string) => /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(host);
