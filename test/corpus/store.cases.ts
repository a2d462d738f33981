// One suite for every store engine: what ingest, re-ingest, crashes, failures and queries must do.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/store/store.js';
import { ingest } from '../../src/ingest/run.js';
import { readSources } from '../../src/readers/sources.js';

export const root = join(__dirname, '..', '..');
export const bin = join(root, 'bin', 'dyad');

/** A corpus folder of `n` documents made from the example sentences, plus one bad file. */
export function makeCorpus(dir: string, n: number): void {
  const lines = ['Turkey condemned Israel on Tuesday.', 'Iran threatened to attack Israel.', 'Ukraine and Poland signed an agreement on grain transit.', 'Russian forces shelled Kharkiv overnight, officials said.', 'China and Russia rejected the proposal by the United States.'];
  mkdirSync(join(dir, 'news'), { recursive: true });
  const recs: string[] = [];
  for (let i = 0; i < n; i++) recs.push(JSON.stringify({ id: `doc-${i}`, date: '2023-05-10', text: `Report ${i}. ${lines[i % lines.length]} ${lines[(i + 2) % lines.length]}` }));
  writeFileSync(join(dir, 'news', 'batch.jsonl'), recs.join('\n') + '\n');
  writeFileSync(join(dir, 'news', 'broken.xml'), '<rss><channel><item><title>x</item></rss>');
  writeFileSync(join(dir, 'news', 'note.txt'), 'Egypt expelled two Israeli diplomats on Monday, according to Reuters.');
  writeFileSync(join(dir, 'news', 'scan.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));   // a binary file named .html
  writeFileSync(join(dir, 'news', 'latin1.txt'), Buffer.from('Caf\xe9 talks in Par\xeds collapsed.', 'latin1'));        // invalid UTF-8
}

export function storeCases(engine: string, open: (name: string) => Promise<Store>, dbArg: (name: string) => string) {
  describe(`store: ${engine}`, () => {
    let dir: string;
    beforeAll(() => { dir = mkdtempSync(join(tmpdir(), `dyad-${engine}-`)); });
    afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

    it('ingests a folder once, however often it is run', async () => {
      makeCorpus(join(dir, 'a'), 40);
      const store = await open('twice');
      try {
        const first = await ingest(readSources([join(dir, 'a')]), store, { workers: 0 });
        expect(first.coded).toBe(41);
        expect(first.failed).toBe(3);                        // why: a broken feed, a binary file and bad UTF-8 are recorded, not fatal
        const c1 = await store.counts();
        const second = await ingest(readSources([join(dir, 'a')]), store, { workers: 0 });
        expect(second.coded).toBe(0);
        expect(second.unchanged).toBe(41);
        const c2 = await store.counts();
        expect(c2).toEqual(c1);
        expect(c1.coded).toBe(41);
        expect(c1.failed).toBe(3);
        const failed = [];
        for await (const d of store.documents('failed')) failed.push(d.error);
        expect(failed.sort().join('\n')).toMatch(/broken\.xml: not well-formed XML[^]*latin1\.txt: not valid UTF-8[^]*scan\.html: this is a binary file/);
      } finally { await store.close(); }
    });

    it('replaces a changed document\'s events in one piece', async () => {
      const store = await open('replace');
      try {
        async function* one(text: string) { yield { record: { id: 'x', date: '2023-05-10', text }, origin: 'test' }; }
        await ingest(one('Turkey condemned Israel on Tuesday.'), store, { workers: 0 });
        const before = [];
        for await (const e of store.events({})) before.push(e);
        await ingest(one('Iran threatened to attack Israel.'), store, { workers: 0 });
        const after = [];
        for await (const e of store.events({})) after.push(e);
        expect(before.map((e) => e.root)).toEqual(['11']);
        expect(after.map((e) => e.root)).toEqual(['13']);
      } finally { await store.close(); }
    });

    it('filters events by actor, dyad, code, dates and modality', async () => {
      const store = await open('twice');
      try {
        const all = [];
        for await (const e of store.events({})) all.push(e);
        const by = async (f: object) => { const out = []; for await (const e of store.events(f)) out.push(e); return out; };
        const irn = await by({ actor: 'IRN' });
        expect(irn.length).toBeGreaterThan(0);
        expect(irn.every((e) => e.source?.code.startsWith('IRN') || e.target?.code.startsWith('IRN'))).toBe(true);
        const dy = await by({ dyad: ['TUR', 'ISR'] });
        expect(dy.every((e) => e.source?.code.startsWith('TUR') && e.target?.code.startsWith('ISR'))).toBe(true);
        expect((await by({ code: '13' })).every((e) => e.cameo.startsWith('13'))).toBe(true);
        const since = await by({ since: '2023-06' });
        expect(since.every((e) => (e.when?.date ?? '') >= '2023-06')).toBe(true);
        const until = await by({ until: '2023-05' });
        expect(until.length).toBeGreaterThan(0);
        expect(until.every((e) => (e.when?.date ?? '').slice(0, 7) <= '2023-05')).toBe(true);   // why: "until 2023-05" includes all of May
        expect((await by({ modality: 'negated' })).every((e) => e.modality === 'negated')).toBe(true);
        expect((await by({ limit: 3 })).length).toBe(3);
        // actor counts agree with the events, and each actor is named as the events name it
        const actors = (await store.aggregate('actors', {})).rows as { code: string; name: string; asSource: number; asTarget: number }[];
        for (const a of actors.slice(0, 10)) {
          const src = all.filter((e) => e.source?.code === a.code), tgt = all.filter((e) => e.target?.code === a.code);
          expect([a.asSource, a.asTarget], a.code).toEqual([src.length, tgt.length]);
          expect([...src.map((e) => e.source!.name), ...tgt.map((e) => e.target!.name)]).toContain(a.name);
        }
        const onlyTarget = actors.find((a) => a.asSource === 0);
        if (onlyTarget) expect(onlyTarget.name).not.toBe(onlyTarget.code);
      } finally { await store.close(); }
    });

    it('recode replaces every document\'s events even when the documents are unchanged', async () => {
      const store = await open('twice');
      try {
        const before = await store.counts();
        async function* stored() { for await (const d of store.texts()) yield { record: { id: d.id, text: d.text, ...(d.date ? { date: d.date } : {}) }, origin: d.origin }; }
        const st = await ingest(stored(), store, { workers: 0, force: true });
        expect(st.coded).toBe(before.coded);
        expect(await store.counts()).toEqual(before);
      } finally { await store.close(); }
    });

    it('stores linked events and finds them with the query filters', async () => {
      const store = await open('links');
      try {
        async function* recs() {
          yield { record: { id: 'a1', date: '2023-05-10', outlet: 'Wire A', text: 'Russian forces shelled Kharkiv on Monday, officials said.' }, origin: 't' };
          yield { record: { id: 'c1', date: '2023-05-11', outlet: 'Wire C', text: 'Russian forces shelled Kharkiv on Monday, according to Reuters.' }, origin: 't' };
          yield { record: { id: 'd1', date: '2023-05-11', outlet: 'Wire D', text: 'Russian troops allegedly shelled Kharkiv on Monday.' }, origin: 't' };
        }
        await ingest(recs(), store, { workers: 0 });
        const { relink } = await import('../../src/store/relink.js');
        const r = await relink(store);
        expect(r).toMatchObject({ mode: 'full', linked: 2, related: 1 });
        const all = [];
        for await (const l of store.linked({ dyad: ['RUS', 'UKR'] })) all.push(l);
        const asserted = all.find((l) => l.modality === 'asserted')!;
        expect(asserted).toMatchObject({ mentions: 2, articles: 2, sources: 2, firstSeen: '2023-05-08' });
        expect(asserted.related).toHaveLength(1);
        const none = [];
        for await (const l of store.linked({ actor: 'CHN' })) none.push(l);
        expect(none).toEqual([]);
      } finally { await store.close(); }
    });

    it('links only what changed, with the same result as linking the whole corpus', async () => {
      const store = await open('incremental');
      const { relink } = await import('../../src/store/relink.js');
      // the stored links, in a form that compares whole: ids, members and related pairs
      const snapshot = async () => {
        const out: string[] = [];
        for await (const l of store.linked({})) out.push(JSON.stringify([l.id, l.mentions, l.articles, l.sources, l.firstSeen, l.lastSeen, [...l.events].sort(), [...l.related].sort()]));
        return out.sort();
      };
      const texts = ['Russian forces shelled Kharkiv on Monday, officials said.', 'Turkey condemned Israel on Tuesday.', 'Iran threatened to attack Israel.', 'China and Russia rejected the proposal by the United States.'];
      const batch = (from: number, n: number, day: number) => (async function* () {
        for (let i = from; i < from + n; i++) yield { record: { id: `inc-${i}`, date: `2023-05-${String(day + (i % 3)).padStart(2, '0')}`, outlet: `Wire ${i % 4}`, text: texts[i % texts.length] }, origin: 't' };
      })();
      try {
        await ingest(batch(0, 12, 10), store, { workers: 0 });
        expect((await relink(store)).mode).toBe('full');
        // new documents: some join existing linked events, some make new ones (another week)
        const st = await ingest(batch(12, 12, 10), store, { workers: 0 });
        expect(st.replaced).toBe(0);
        await ingest(batch(24, 8, 20), store, { workers: 0 });
        const inc = await relink(store, { incremental: true });
        if (inc.mode !== 'incremental') throw new Error(`expected an incremental run, got ${inc.mode}`);
        expect(inc.keys).toBeGreaterThan(0);
        const afterIncremental = await snapshot();
        await relink(store);
        expect(afterIncremental).toEqual(await snapshot());
        // a document coded again with other events: its old events leave their linked events
        async function* changed() { yield { record: { id: 'inc-1', date: '2023-05-11', outlet: 'Wire 1', text: 'Egypt expelled two Israeli diplomats on Monday.' }, origin: 't' }; }
        expect((await ingest(changed(), store, { workers: 0 })).replaced).toBe(1);
        expect((await store.linkChanges()).staleKeys.length).toBeGreaterThan(0);
        await relink(store, { incremental: true });
        const healed = await snapshot();
        await relink(store);
        expect(healed).toEqual(await snapshot());
        expect(await store.linkChanges()).toMatchObject({ unlinked: [], staleKeys: [] });
      } finally { await store.close(); }
    });

    it('survives kill -9 at five random points of an ingest: every document stored once, the events of a clean run', async () => {
      makeCorpus(join(dir, 'k'), 600);
      const db = dbArg('killed');
      const args = [bin, 'ingest', join(dir, 'k'), '--db', db, '--workers', '2'];
      // the kill points: how many documents are stored when the kill comes (a fixed seed, so a failure can be replayed)
      let seed = 20261202;
      const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
      const points = Array.from({ length: 5 }, (_, i) => 20 + Math.floor(rnd() * 110) + i * 110);
      let watcher: Store | null = null;
      const coded = async () => {
        try { watcher ??= await open('killed'); return (await watcher.counts()).coded; } catch { watcher = null; return -1; }
      };
      try {
        for (const point of points) {
          const child = spawn(process.execPath, args, { stdio: 'ignore' });
          const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
          let done = false;
          void exited.then(() => { done = true; });
          // poll until the point is reached (or the run ends first: then there was nothing left to kill)
          while (!done && (await coded()) < point) await new Promise((r) => setTimeout(r, 50));
          child.kill('SIGKILL');
          await exited;
        }
      } finally { await (watcher as Store | null)?.close(); }
      const mid = await open('killed');
      const partial = await mid.counts();
      await mid.close();
      expect(partial.coded).toBeGreaterThan(0);
      const again = await new Promise<{ code: number | null; err: string }>((resolve) => {
        const p = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
        let err = ''; p.stderr.on('data', (d) => (err += d)); p.on('exit', (code) => resolve({ code, err }));
      });
      expect(again.err).toMatch(/604 documents/);
      const store = await open('killed');
      const fresh = await open('fresh');
      try {
        const c = await store.counts();
        expect(c.coded).toBe(601);
        await ingest(readSources([join(dir, 'k')]), fresh, { workers: 0 });
        // the same events as a run that was never killed: none lost, none doubled, none partial
        const bodies = async (st: Store) => { const out: string[] = []; for await (const e of st.events({})) out.push(JSON.stringify(e)); return out.sort(); };
        expect(await bodies(store)).toEqual(await bodies(fresh));
        const ids = new Set<string>();
        for await (const d of store.documents('coded')) { expect(ids.has(d.id)).toBe(false); ids.add(d.id); }
        expect(ids.size).toBe(601);
      } finally { await store.close(); await fresh.close(); }
    }, 600_000);
  });
}
