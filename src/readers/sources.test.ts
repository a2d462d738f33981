// Input kinds are told from the text as decoded, not from the raw bytes: a UTF-16 file (with its
// byte-order mark, little- or big-endian) is recognised as a feed, HTML or JSON Lines exactly as
// its UTF-8 twin is. Real files, written to a temporary folder and read through readSources.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSources, type SourceItem } from './sources.js';

const RSS = `<?xml version="1.0" encoding="UTF-16"?>
<rss version="2.0"><channel><title>Wire Ü</title>
<item><title>Border</title><link>https://example.org/a</link><guid>rss-1</guid><pubDate>Tue, 10 Oct 2023 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Turkey closed its border with Syria, officials said.&lt;/p&gt;</description></item></channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="UTF-16"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><id>atom-1</id><title>Visit</title><link href="https://example.org/c"/><published>2024-02-01T10:00:00Z</published>
<content type="html">&lt;p&gt;Japan's prime minister visited Seoul.&lt;/p&gt;</content></entry></feed>`;
const HTML = '<!DOCTYPE html><html><head><title>Talks</title></head><body><p>Iran and Iraq held talks in Baghdad — “constructive”.</p></body></html>';
const JSONL = '{"id":"j-1","text":"Egypt expelled two Israeli diplomats.","date":"2023-05-10"}\n{"id":"j-2","text":"Côte d’Ivoire hosted the summit 😀."}\n';

/** The text with a byte-order mark, in UTF-16 LE or BE, or UTF-8 without one. */
function encode(text: string, enc: 'le' | 'be' | 'utf8'): Buffer {
  if (enc === 'utf8') return Buffer.from(text, 'utf8');
  const body = Buffer.from(text, 'utf16le');
  if (enc === 'be') body.swap16();
  return Buffer.concat([Buffer.from(enc === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'dyad-sources-')); });
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

async function read(...paths: string[]): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readSources(paths)) out.push(item);
  return out;
}
const records = (items: SourceItem[]) => items.map((i) => { if ('failed' in i) throw i.failed; return i.record; });

describe.each(['le', 'be', 'utf8'] as const)('input kinds told after decoding (%s)', (enc) => {
  const write = (name: string, text: string) => { const p = join(dir, `${enc}-${name}`); writeFileSync(p, encode(text, enc)); return p; };

  it('an RSS feed named without an extension is read as a feed, item by item', async () => {
    const [r, ...rest] = records(await read(write('wire', RSS)));
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ id: 'rss-1', url: 'https://example.org/a', outlet: 'Wire Ü', date: '2023-10-10' });
    expect(r.html).toContain('Turkey closed its border with Syria');
  });
  it('an Atom feed saved as .txt in a folder is read as a feed', async () => {
    const sub = join(dir, `${enc}-folder`);
    mkdirSync(sub);
    writeFileSync(join(sub, 'desk.txt'), encode(ATOM, enc));
    expect(records(await read(sub))).toMatchObject([{ id: 'atom-1', url: 'https://example.org/c', date: '2024-02-01', outlet: 'Desk' }]);
  });
  it('an RSS feed named .xml is read as a feed', async () => {
    expect(records(await read(write('wire.xml', RSS)))).toMatchObject([{ id: 'rss-1' }]);
  });
  it('HTML named without an extension is read as HTML, its text intact', async () => {
    const [r] = records(await read(write('page', HTML)));
    expect(r.html).toBe(HTML);
    expect(r.text).toBeUndefined();
  });
  it.each(['records', 'records.jsonl'])('JSON Lines named %s are read record by record', async (name) => {
    const recs = records(await read(write(name, JSONL)));
    expect(recs).toEqual([
      { id: 'j-1', text: 'Egypt expelled two Israeli diplomats.', date: '2023-05-10' },
      { id: 'j-2', text: 'Côte d’Ivoire hosted the summit 😀.' },
    ]);
  });
});
