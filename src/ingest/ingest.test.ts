import { describe, it, expect } from 'vitest';
import { findFurniture, blank } from './furniture.js';
import { htmlToArticle } from './html.js';

describe('findFurniture', () => {
  it.each([
    ['(Photo : YURI KADOBNOV/AFP via Getty Images)', 'photo credit'],       // why: credit line under a photo
    ['Photo: Reuters', 'photo credit'],
    ['Read Also:  Russia-Ukraine War: EU Urges Russia To Pull Out', 'link to another article'],  // why: headline of another article
    ["Related Article: Vladimir Putin Tells Kim Jong Un To Expand Relations", 'link to another article'],
    ['@YouTube', 'embedded media'],                                          // why: embed left in the text
    ['Advertisement', 'advertisement or share bar'],
  ])('removes %j as %s', (line, why) => {
    const text = `First sentence here.\n${line}\nLast sentence here.`;
    const r = findFurniture(text);
    expect(r).toHaveLength(1);
    expect(r[0].why).toBe(why);
    expect(text.slice(r[0].span[0], r[0].span[1])).toBe(line.trim());
  });
  it.each([
    'Russia said the photo showed troops near Kharkiv.',                  // why: "photo" inside a sentence
    'Officials read also the report of the UN.',                           // why: no colon: prose
    'The army, according to Reuters/Ipsos polling, lost support.',         // why: sentence with a period at the end
  ])('keeps report text %j', (line) => {
    expect(findFurniture(line)).toEqual([]);
  });
  it('blanks removed spans without moving any offset', () => {
    const text = 'A.\n@YouTube\nB.';
    const clean = blank(text, findFurniture(text));
    expect(clean.length).toBe(text.length);
    expect(clean).toBe('A.\n        \nB.');
  });
});

describe('htmlToArticle', () => {
  it('extracts the headline and paragraphs, dropping scripts and navigation', () => {
    const html = `<html><head><title>Site | News</title><script>var x = 1;</script></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Iran and Iraq Hold Talks</h1>
      <p>Iranian Foreign Minister met his Iraqi counterpart in Baghdad on Sunday to discuss border security and trade between the two countries.</p>
      <p>The two sides agreed to meet again next month, officials said, according to the state news agency.</p></article>
      <footer>Copyright 2024</footer></body></html>`;
    const a = htmlToArticle(html);
    expect(a.title).toBe('Iran and Iraq Hold Talks');
    expect(a.text.startsWith('Iran and Iraq Hold Talks\n\n')).toBe(true);
    expect(a.text).toContain('in Baghdad on Sunday');
    expect(a.text).toContain('\n\nThe two sides agreed');
    expect(a.text).not.toContain('var x');
  });
  it('copes with malformed HTML (unclosed tags)', () => {
    const a = htmlToArticle('<html><body><p>Turkey closed its border with Syria on Friday, officials said.<p>Second paragraph <b>bold');
    expect(a.text).toContain('Turkey closed its border');
  });
  it('refuses a page with no text', () => {
    expect(() => htmlToArticle('<html><body><script>x()</script></body></html>', 'page.html')).toThrow(/page\.html: the HTML holds no article text/);
  });
});
