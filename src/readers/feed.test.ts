import { describe, it, expect } from 'vitest';
import { feedRecords } from './feed.js';

const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Wire</title>
<item><title>Turkey closes border</title><link>https://example.org/a</link><guid>a-1</guid><pubDate>Tue, 10 Oct 2023 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Turkey closed its border with Syria on Monday, officials said.&lt;/p&gt;</description></item>
<item><title>Talks</title><link>https://example.org/b</link><content:encoded><![CDATA[<p>Iran and Iraq held talks in Baghdad.</p>]]></content:encoded></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><id>urn:x:1</id><title>Visit</title><link rel="alternate" href="https://example.org/c"/><published>2024-02-01T10:00:00Z</published>
<content type="html">&lt;p&gt;Japan's prime minister visited Seoul.&lt;/p&gt;</content></entry></feed>`;

describe('feedRecords', () => {
  it('reads RSS items with their id, url, date, outlet and HTML body', () => {
    const r = feedRecords(rss, 'wire.xml');
    expect(r).toHaveLength(2);
    expect(r[0]).toMatchObject({ id: 'a-1', url: 'https://example.org/a', date: '2023-10-10', outlet: 'Example Wire', title: 'Turkey closes border' });
    expect(r[0].html).toContain('Turkey closed its border with Syria');
    expect(r[1].id).toBe('https://example.org/b');              // why: no guid, the link identifies the item
    expect(r[1].html).toContain('held talks in Baghdad');
  });
  it('reads Atom entries', () => {
    const [e] = feedRecords(atom, 'desk.atom');
    expect(e).toMatchObject({ id: 'urn:x:1', url: 'https://example.org/c', date: '2024-02-01', outlet: 'Atom Desk' });
  });
  it.each([
    ['<rss><channel><item><title>x</title></channel></rss>', /not well-formed XML/],
    ['<?xml version="1.0"?><html><body/></html>', /neither an RSS nor an Atom feed/],
  ])('refuses %s', (xml, msg) => { expect(() => feedRecords(xml, 'bad.xml')).toThrow(msg); });
});
