// Part of npm run bench: the server while it works. (0) 50 clients, 2,000 requests to
// /api/events on a fresh server: p50 and p99. (1) One client posts a 1.8 MB article to
// /api/analyze while 20 others read /api/events: the readers' p99 (coding runs in worker
// threads, so it must not hold them up). (2) 50 clients, 2,000 mixed requests (events, actors,
// dyads, timeline, places) on the bench corpus: p99 and errors. (3) Coding time per KB for a
// 10 KB and a 1,000 KB document in one process: the coder must stay linear.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0; };
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;

async function startServer(root, db) {
  const port = 20000 + Math.floor(Math.random() * 5000);
  const server = spawn(process.execPath, [join(root, 'bin', 'dyad'), 'serve', '--db', db, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise((resolve, reject) => {
    server.stderr.on('data', (d) => { if (/serving/.test(String(d))) resolve(); });
    server.on('exit', (c) => reject(new Error(`dyad serve exited with ${c}`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => server.kill('SIGTERM') };
}

async function timed(url, init) {
  const t = process.hrtime.bigint();
  try { const r = await fetch(url, init); await r.arrayBuffer(); return { ms: ms(t), ok: r.ok, status: r.status }; } catch { return { ms: ms(t), ok: false, status: 0 }; }
}

/** 50 clients, 2,000 requests to /api/events (filters and pages). */
async function eventsLoad(base) {
  const queries = ['', '?actor=IRN', '?dyad=TUR:ISR', '?code=19', '?modality=negated', '?since=2023-03&until=2023-06', '?actor=UKR&offset=200', '?limit=500'];
  const latencies = [];
  let errors = 0, sent = 0;
  const t = process.hrtime.bigint();
  await Promise.all(Array.from({ length: 50 }, async () => {
    while (sent < 2000) {
      const r = await timed(`${base}/api/events${queries[sent++ % queries.length]}`);
      latencies.push(r.ms);
      if (!r.ok) errors++;
    }
  }));
  return { p50: pct(latencies, 0.5), p99: pct(latencies, 0.99), errors, requests: latencies.length, sec: ms(t) / 1000 };
}

/** Readers' latencies while one large article is coded. */
async function analyzeWhileReading(base, bigText) {
  const latencies = [];
  let done = false;
  const post = timed(`${base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: bigText, date: '2023-05-01' }) }).finally(() => { done = true; });
  const queries = ['', '?actor=IRN', '?code=19', '?since=2023-03&until=2023-06', '?offset=300'];
  await Promise.all(Array.from({ length: 20 }, async (_, c) => {
    for (let i = 0; !done || i < 5; i++) latencies.push((await timed(`${base}/api/events${queries[(c + i) % queries.length]}`)).ms);
  }));
  const analyze = await post;
  return { p99: pct(latencies, 0.99), requests: latencies.length, analyzeMs: analyze.ms, analyzeStatus: analyze.status };
}

/** 50 clients, 2,000 requests over the read routes. */
async function mixedLoad(base) {
  const paths = ['/api/events', '/api/actors', '/api/dyads', '/api/timeline', '/api/places', '/api/events?actor=IRN', '/api/actors?code=19', '/api/dyads?since=2023-03', '/api/timeline?actor=UKR', '/api/places?modality=asserted', '/api/events?sort=code&offset=100'];
  const latencies = [];
  let errors = 0, sent = 0;
  await Promise.all(Array.from({ length: 50 }, async () => {
    while (sent < 2000) {
      const r = await timed(`${base}${paths[sent++ % paths.length]}`);
      latencies.push(r.ms);
      if (!r.ok) errors++;
    }
  }));
  return { p99: pct(latencies, 0.99), p50: pct(latencies, 0.5), errors, requests: latencies.length };
}

/** Milliseconds per KB to code documents of about `kb` KB built from `article(i)` texts. */
function msPerKB(coder, article, kb) {
  let text = '';
  for (let i = 0; text.length < kb * 1024; i++) text += `${article(900000 + i).text}\n\n`;
  text = text.slice(0, kb * 1024);
  coder.analyze({ id: `warm-${kb}`, date: '2023-05-01', text: text.slice(0, 5000) });
  const t = process.hrtime.bigint();
  coder.analyze({ id: `size-${kb}`, date: '2023-05-01', text });
  return ms(t) / kb;
}

/** `events`: how many the corpus at `db` holds (for the report). */
export async function benchServer({ root, db, events, coder, article }) {
  const msPerKB10 = Math.min(msPerKB(coder, article, 10), msPerKB(coder, article, 10));
  const msPerKB1000 = msPerKB(coder, article, 1000);
  // each part on a fresh server, as a user starting dyad serve would find it
  let server = await startServer(root, db);
  let api;
  try { api = await eventsLoad(server.base); } finally { server.stop(); }
  server = await startServer(root, db);
  try {
    let big = '';
    for (let i = 0; big.length < 1.8 * 1024 * 1024; i++) big += `${article(800000 + i).text}\n\n`;
    const reading = await analyzeWhileReading(server.base, big.slice(0, 1.8 * 1024 * 1024));
    const mixed = await mixedLoad(server.base);
    return {
      result: { apiRequests: api.requests, apiP50ms: +api.p50.toFixed(1), apiP99ms: +api.p99.toFixed(1), apiErrors: api.errors, analyzeWhileReadingP99ms: +reading.p99.toFixed(1), mixedP99ms: +mixed.p99.toFixed(1), mixedErrors: mixed.errors, msPerKB10: +msPerKB10.toFixed(2), msPerKB1000: +msPerKB1000.toFixed(2) },
      text: [
        `api: ${api.requests} requests to /api/events from 50 clients on ${events} events in ${api.sec.toFixed(1)} s: p50 ${api.p50.toFixed(0)} ms, p99 ${api.p99.toFixed(0)} ms, ${api.errors} errors`,
        `server: while a 1.8 MB article was coded (${(reading.analyzeMs / 1000).toFixed(1)} s, HTTP ${reading.analyzeStatus}), ${reading.requests} reads of /api/events by 20 clients: p99 ${reading.p99.toFixed(0)} ms`,
        `server: 50 clients, ${mixed.requests} mixed requests (events, actors, dyads, timeline, places): p50 ${mixed.p50.toFixed(0)} ms, p99 ${mixed.p99.toFixed(0)} ms, ${mixed.errors} errors`,
        `coding time per KB: ${msPerKB10.toFixed(2)} ms at 10 KB, ${msPerKB1000.toFixed(2)} ms at 1,000 KB (ratio ${(msPerKB1000 / msPerKB10).toFixed(2)})`,
      ].join('\n'),
    };
  } finally { server.stop(); }
}
