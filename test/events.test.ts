// Table cases for the events stage, through the whole pipeline (the stage needs its inputs).
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import YAML from 'yaml';
import { createCoder, type Coder } from '../src/index.js';

interface Want { source?: string; target?: string; root?: string; modality?: string; attribution?: string; when?: string; historical?: boolean; where?: string; quantity?: number }
interface Case { why: string; text: string; date: string; events?: Want[]; none?: string[] }

const dir = new URL('./cases/events/', import.meta.url);
const cases: Case[] = readdirSync(dir).filter((f) => f.endsWith('.yaml')).flatMap((f) => YAML.parse(readFileSync(new URL(f, dir), 'utf8')));

let coder: Coder;
beforeAll(() => { coder = createCoder(); });

describe('events', () => {
  it.each(cases.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    const doc = coder.analyze({ id: 'case', text: c.text, date: c.date });
    const got = doc.events;
    for (const e of got) {
      // every span says what it claims
      expect(doc.text.slice(e.span[0], e.span[1]).length).toBe(e.span[1] - e.span[0]);
      expect(doc.text.slice(e.trigger.span[0], e.trigger.span[1])).toBe(e.trigger.text);
      if (e.source) expect(doc.text.slice(e.source.span[0], e.source.span[1])).toBe(e.source.text);
    }
    const show = got.map((e) => `${e.source?.code}->${e.target?.code} ${e.cameo} ${e.modality} [${e.rule}]`).join('; ');
    for (const w of c.events ?? []) {
      const hit = got.find((e) =>
        (!w.source || e.source?.code.slice(0, 3) === w.source) &&
        (!w.target || e.target?.code.slice(0, 3) === w.target) &&
        (!w.root || e.root === w.root) &&
        (!w.modality || e.modality === w.modality) &&
        (!w.attribution || (e.attribution?.source ?? '').includes(w.attribution)) &&
        (!w.when || (e.when?.date ?? '').startsWith(w.when)) &&
        (w.historical === undefined || e.when?.historical === w.historical) &&
        (!w.where || e.where?.name.includes(w.where)) &&
        (w.quantity === undefined || e.quantity?.value === w.quantity));
      expect(hit, `wanted ${JSON.stringify(w)}; got ${show || 'no events'}`).toBeTruthy();
    }
    for (const r of c.none ?? []) expect(got.filter((e) => e.root === r), show).toEqual([]);
  });
});
