// The whole pipeline through the real command line, on the bundled example and on bad input.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'dyad');
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 27, timeout: 60_000 });
let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'dyad-cli-')); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('dyad analyze on the bundled example', () => {
  it('prints the Document record with events, removed furniture and quotes', () => {
    const r = run(['analyze', join(root, 'examples', 'article.txt'), '--date', '2024-03-12', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.removed.map((x: { why: string }) => x.why)).toEqual(['photo credit', 'link to another article', 'embedded media']);
    // no event from page furniture
    for (const e of doc.events) for (const rem of doc.removed) expect(e.span[1] <= rem.span[0] || e.span[0] >= rem.span[1]).toBe(true);
    const has = (src: string, tgt: string | null, root: string) => doc.events.some((e: any) => e.source.code.startsWith(src) && (tgt === null || e.target?.code.startsWith(tgt)) && e.root === root);
    expect(has('UKR', 'POL', '05'), 'Ukraine and Poland signed an agreement').toBe(true);
    expect(has('RUS', 'UKR', '19'), 'Russian forces shelled Kharkiv').toBe(true);
    expect(has('UKR', null, '11'), "Ukraine's foreign ministry condemned the attack").toBe(true);
    const signed = doc.events.find((e: any) => e.root === '05' && e.source.code.startsWith('UKR'));
    expect(signed.attribution?.source).toBe('Ukrinform');
    expect(signed.when?.date).toBe('2024-03-11');          // "on Monday" before 2024-03-12
    expect(signed.where?.name).toBe('Warsaw');
    const expel = doc.events.find((e: any) => e.source.code.startsWith('RUS') && e.root === '16');
    expect(expel?.modality).toBe('possible');                // "may expel"
    expect(expel?.attribution?.source).toBe('TASS');
    for (const e of doc.events) {
      expect(doc.text.slice(e.trigger.span[0], e.trigger.span[1])).toBe(e.trigger.text);
      expect(e.rule).toMatch(/^(verbs|frames):/);
      expect(e.cameo).toMatch(/^\d{2,4}$/);
    }
  });
  it('prints a readable table by default', () => {
    const r = run(['analyze', join(root, 'examples', 'article.txt'), '--date', '2024-03-12']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/source → target/);
    expect(r.stdout).toMatch(/\[photo credit\]/);
  });
  it('reads HTML from standard input', () => {
    const html = '<html><body><article><h1>Talks</h1><p>Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Thursday.</p></article></body></html>';
    const r = run(['analyze', '-', '--date', '2023-03-17', '--format', 'jsonl'], html);
    expect(r.status, r.stderr).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.some((e) => e.source.code === 'JPNGOV' && e.target?.code === 'KORGOV' && e.root === '04')).toBe(true);
  });
});

describe('dyad code', () => {
  it('streams Event JSON Lines and reports bad lines with their numbers', () => {
    const f = join(tmp, 'mixed.jsonl');
    writeFileSync(f, [
      JSON.stringify({ id: 'a', date: '2023-05-10', text: 'Turkey condemned Israel on Tuesday.' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', date: '2023-05-10', text: 'Iran threatened to attack Israel.' }),
    ].join('\n') + '\n');
    const r = run(['code', f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/mixed\.jsonl:2: not JSON/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    const docs = new Set(r.stdout.trim().split('\n').map((l) => JSON.parse(l).doc));
    expect([...docs].sort()).toEqual(['a', 'c']);
  });
  it('codes the bundled JSON Lines example, HTML records included', () => {
    const r = run(['code', join(root, 'examples', 'article.jsonl')]);
    expect(r.status, r.stderr).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(new Set(events.map((e) => e.doc))).toEqual(new Set(['example-grain-deal', 'example-short-1', 'example-short-2']));
  });
  it('gives the same event ids on a second run', () => {
    const a = run(['code', join(root, 'examples', 'article.jsonl')]).stdout;
    const b = run(['code', join(root, 'examples', 'article.jsonl')]).stdout;
    expect(a).toBe(b);
  });
});

describe('bad input: a clear one-line message, a non-zero exit, no stack trace', () => {
  const expectClean = (r: ReturnType<typeof run>, status: number, msg: RegExp) => {
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  };
  it('an empty file', () => {
    const f = join(tmp, 'empty.txt'); writeFileSync(f, '');
    expectClean(run(['analyze', f]), 2, /empty\.txt: the document is empty/);
    expectClean(run(['code', f]), 2, /the file is empty/);
  });
  it('a binary file', () => {
    const f = join(tmp, 'x.bin'); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
    expectClean(run(['analyze', f]), 2, /binary file/);
  });
  it('invalid UTF-8', () => {
    const f = join(tmp, 'latin1.txt'); writeFileSync(f, Buffer.from('Caf\xe9 in Par\xeds: Russia condemned France.', 'latin1'));
    expectClean(run(['analyze', f]), 2, /not valid UTF-8 \(first bad byte at offset 3\)/);
  });
  it('a 50 MB text file', () => {
    const f = join(tmp, 'big.txt');
    const fd = openSync(f, 'w');
    const line = Buffer.from('Russia condemned France on Monday, officials said. '.repeat(20) + '\n');
    for (let n = 0; n < (50 * 1048576) / line.length; n++) writeSync(fd, line);
    closeSync(fd);
    expectClean(run(['analyze', f]), 2, /big\.txt: 50\.0 MB is more than one document may be/);
    // as JSON Lines it is not records at all: refused after the first lines, not line by line to the end
    const r = run(['code', f]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/does not look like JSON Lines/);
    expect(r.stderr.split('\n').length).toBeLessThan(30);
  });
  it('malformed JSON Lines only', () => {
    const f = join(tmp, 'bad.jsonl'); writeFileSync(f, '{"id": 1,\n[1,2]\n"text"\n');
    expectClean(run(['code', f]), 2, /no line could be coded/);
  });
  it('a missing file, a bad date, a bad option', () => {
    expectClean(run(['analyze', join(tmp, 'nope.txt')]), 2, /no such file/);
    expectClean(run(['analyze', join(root, 'examples', 'article.txt'), '--date', '2024-02-30']), 2, /not a real calendar date/);
    expectClean(run(['analyze', '--format', 'xml', join(root, 'examples', 'article.txt')]), 2, /--format must be table, json or jsonl/);
    expectClean(run(['analyze', '--colour']), 2, /Unknown option '--colour'/);
  });
  it('--help on every command', () => {
    for (const c of [['--help'], ['analyze', '--help'], ['code', '--help']]) {
      const r = run(c);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^(dyad:|Usage: dyad)/);
    }
  });
});
