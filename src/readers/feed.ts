// RSS 2.0 and Atom feeds to input records: one record per item, its HTML content coded.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createHash } from 'node:crypto';
import { DyadError } from '../errors.js';
import type { InputRecord } from '../doc/types.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true, htmlEntities: true });

/** Parse a feed's text into records; a malformed or unknown feed throws a DyadError saying why. */
export function feedRecords(xml: string, name: string): InputRecord[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new DyadError('E_INPUT_FEED', `${name}: not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const tree = parser.parse(xml);
  if (tree.rss?.channel) return rssItems(tree.rss.channel, name);
  if (tree.feed) return atomEntries(tree.feed, name);
  if (tree['rdf:RDF']) return rssItems({ ...tree['rdf:RDF'].channel, item: tree['rdf:RDF'].item }, name);
  throw new DyadError('E_INPUT_FEED', `${name}: XML, but neither an RSS nor an Atom feed`);
}

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const text = (x: unknown): string => (x == null ? '' : typeof x === 'object' ? String((x as Record<string, unknown>)['#text'] ?? '') : String(x)).trim();

function rssItems(channel: any, name: string): InputRecord[] {
  const outlet = text(channel.title) || undefined;
  return list(channel.item).map((it: any, i: number) => record({
    id: text(it.guid) || text(it.link), url: text(it.link), title: text(it.title),
    body: text(it['content:encoded']) || text(it.description), date: text(it.pubDate) || text(it['dc:date']), outlet,
  }, name, i));
}

function atomEntries(feed: any, name: string): InputRecord[] {
  const outlet = text(feed.title) || undefined;
  return list(feed.entry).map((e: any, i: number) => {
    const links = list(e.link);
    const alt = links.find((l: any) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
    return record({
      id: text(e.id), url: alt ? String(alt['@href'] ?? '') : '', title: text(e.title),
      body: text(e.content) || text(e.summary), date: text(e.published) || text(e.updated), outlet,
    }, name, i);
  });
}

function record(x: { id: string; url: string; title: string; body: string; date: string; outlet?: string }, name: string, i: number): InputRecord {
  if (!x.body && !x.title) throw new DyadError('E_INPUT_FEED', `${name}: item ${i + 1} has no content`);
  const id = x.id || 'sha1-' + createHash('sha1').update(x.body || x.title).digest('hex').slice(0, 16);
  const rec: InputRecord = { id, html: `<html><body><article><h1>${escape(x.title)}</h1>${x.body || ''}</article></body></html>` };
  if (x.url) rec.url = x.url;
  if (x.title) rec.title = x.title;
  if (x.outlet) rec.outlet = x.outlet;
  const d = x.date ? new Date(x.date) : null;
  if (d && !Number.isNaN(d.getTime())) rec.date = d.toISOString().slice(0, 10);
  return rec;
}

const escape = (s: string) => s.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
