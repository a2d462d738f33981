import { describe, it, expect } from 'vitest';
import { linkEvents, interval } from './link.js';
import type { Event } from '../doc/types.js';

let n = 0;
const ev = (o: { doc: string; src: string; tgt?: string; cameo: string; date: string; modality?: string; place?: string }): Event => ({
  id: `e${n++}`, doc: o.doc, sentence: 0, span: [0, 1], trigger: { text: 'x', span: [0, 1] },
  source: { code: o.src, country: o.src.slice(0, 3), sector: o.src.slice(3), name: o.src, text: o.src, span: [0, 1] },
  target: o.tgt ? { code: o.tgt, country: o.tgt.slice(0, 3), sector: o.tgt.slice(3), name: o.tgt, text: o.tgt, span: [0, 1] } : null,
  cameo: o.cameo, root: o.cameo.slice(0, 2), quad: 4, goldstein: -10, label: '', plover: { event: 'ASSAULT' },
  modality: (o.modality ?? 'asserted') as Event['modality'], attribution: null,
  when: { date: o.date, precision: o.date.length === 10 ? 'day' : o.date.length === 7 ? 'month' : 'year', text: '', historical: false },
  where: o.place ? { name: o.place, country: o.place, lat: 0, lon: 0, text: o.place, span: [0, 1] } : null,
  quantity: null, rule: 'r', confidence: 0.8,
});
const outlet = (d: string) => d.split('/')[0];

describe('linkEvents', () => {
  it('merges reports of one act across outlets: same dyad, root, modality, close dates', () => {
    const { linked } = linkEvents([
      ev({ doc: 'A/1', src: 'RUSMIL', tgt: 'UKR', cameo: '194', date: '2023-05-08' }),
      ev({ doc: 'B/1', src: 'RUS', tgt: 'UKRCVL', cameo: '190', date: '2023-05-09' }),     // why: a day of reporting lag, another 19x code
      ev({ doc: 'B/2', src: 'RUS', tgt: 'UKR', cameo: '195', date: '2023-05' }),           // why: a month overlaps its days
    ], outlet);
    expect(linked).toHaveLength(1);
    expect(linked[0]).toMatchObject({ source: 'RUS', target: 'UKR', root: '19', mentions: 3, articles: 3, sources: 2, firstSeen: '2023-05', lastSeen: '2023-05-09' });
  });
  it.each([
    ['another target', { tgt: 'POL' }],
    ['another root', { cameo: '111' }],
    ['another time', { date: '2023-06-20' }],
    ['another country as the place', { place: 'BLR' }],
  ])('keeps apart a report with %s', (_why, change) => {
    const base = { doc: 'A/1', src: 'RUS', tgt: 'UKR', cameo: '190', date: '2023-05-08', place: 'UKR' };
    const { linked } = linkEvents([ev(base), ev({ ...base, doc: 'B/1', ...change })], outlet);
    expect(linked).toHaveLength(2);
  });
  it('never merges an alleged and an asserted report, but links them as related', () => {
    const { linked, related } = linkEvents([
      ev({ doc: 'A/1', src: 'PRK', tgt: 'RUS', cameo: '0332', date: '2022-08-17', modality: 'alleged' }),
      ev({ doc: 'B/1', src: 'PRK', tgt: 'RUS', cameo: '033', date: '2022-08-17', modality: 'asserted' }),
    ], outlet);
    expect(linked).toHaveLength(2);
    expect(related).toHaveLength(1);
    expect(related[0].why).toMatch(/alleged and asserted|asserted and alleged/);
  });
  it('reads date precision as intervals', () => {
    expect(interval(ev({ doc: 'x', src: 'RUS', cameo: '190', date: '2023' }))).toEqual([Date.UTC(2023, 0, 1), Date.UTC(2023, 11, 31)]);
    expect(interval(ev({ doc: 'x', src: 'RUS', cameo: '190', date: '2023-02' }))![1]).toBe(Date.UTC(2023, 1, 28));
  });
});
