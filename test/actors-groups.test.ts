// Table cases for named groups, former states and dated codes (test/cases/actors/*.yaml):
// the full actor code of each listed phrase, through the whole pipeline.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import YAML from 'yaml';
import { createCoder, type Coder } from '../src/index.js';

interface Case { why: string; text: string; date: string; mentions?: { text: string; code: string }[]; absent?: string[] }

const dir = new URL('./cases/actors/', import.meta.url);
const cases: Case[] = readdirSync(dir).filter((f) => f.endsWith('.yaml')).flatMap((f) => YAML.parse(readFileSync(new URL(f, dir), 'utf8')));

let coder: Coder;
beforeAll(() => { coder = createCoder(); });

describe('actor codes of named groups', () => {
  it.each(cases.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    const doc = coder.analyze({ id: 'case', text: c.text, date: c.date });
    const got = doc.mentions.map((m) => ({ text: doc.text.slice(m.start, m.end), code: m.code }));
    const show = got.map((m) => `${m.text}=${m.code}`).join('; ');
    for (const w of c.mentions ?? []) expect(got.some((m) => m.text === w.text && m.code === w.code), `wanted ${w.text}=${w.code}; got ${show}`).toBe(true);
    for (const a of c.absent ?? []) expect(got.filter((m) => m.code.startsWith(a)), show).toEqual([]);
  });
});
