// Table cases for who and where (test/cases/actors/*.yaml), through the whole pipeline: countries
// from context, titles, former states, armed groups, ambiguous places. A code given with three
// letters matches any actor of that country; a list means any one of them.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import YAML from 'yaml';
import { createCoder, type Coder } from '../src/index.js';

type Codes = string | string[];
interface Case {
  why: string; text: string; date?: string;
  actors?: { text: string; code: Codes }[];
  notactors?: { text: string; code: Codes }[];
  /** `exact`: codes must be equal, not only share their country */
  events?: { source?: Codes; target?: Codes; root?: string; exact?: boolean }[];
  places?: { text: string; country?: string; precision?: string; adm1?: string }[];
  noplaces?: string[];
}

const dir = new URL('./cases/actors/', import.meta.url);
const cases: [string, Case][] = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()
  .flatMap((f) => (YAML.parse(readFileSync(new URL(f, dir), 'utf8')) as Case[]).map((c) => [`${f.replace('.yaml', '')}: ${c.why}`, c] as [string, Case]));
const matches = (code: string | undefined, want: Codes) => !!code && [want].flat().some((w) => code === w || (w.length === 3 && code.slice(0, 3) === w && !/^(GOV|MIL|COP|REB|CVL|OPP|LEG|JUD|BUS|MED|ELI|IGO|NGO)$/.test(w)));

let coder: Coder;
beforeAll(() => { coder = createCoder(); });

describe('who and where', () => {
  it('has at least 100 cases', () => expect(cases.length).toBeGreaterThanOrEqual(100));
  it.each(cases)('%s', (_why, c) => {
    const doc = coder.analyze({ id: 'case', text: c.text, date: c.date ?? '2024-01-15' });
    const actors = [
      ...doc.mentions.map((m) => ({ text: doc.text.slice(m.start, m.end), code: m.code })),
      ...doc.events.flatMap((e) => [e.source, e.target]).filter((a) => a !== null).map((a) => ({ text: a!.text, code: a!.code })),
    ];
    const show = `actors ${actors.map((a) => `${a.text}=${a.code}`).join(', ')}; events ${doc.events.map((e) => `${e.source?.code}->${e.target?.code} ${e.cameo}`).join(', ')}; places ${(doc.places ?? []).map((p) => `${p.text}=${p.country}/${p.precision}`).join(', ')}`;
    for (const w of c.actors ?? []) expect(actors.some((a) => a.text.includes(w.text) && matches(a.code, w.code)), `wanted ${w.text}=${w.code}; ${show}`).toBe(true);
    for (const w of c.notactors ?? []) expect(actors.some((a) => a.text.includes(w.text) && matches(a.code, w.code)), `did not want ${w.text}=${w.code}; ${show}`).toBe(false);
    for (const w of c.events ?? []) {
      const ok = (code: string | undefined, want: Codes) => w.exact ? [want].flat().includes(code ?? '') : matches(code, want);
      const hit = doc.events.some((e) => (!w.source || ok(e.source?.code, w.source)) && (!w.target || ok(e.target?.code, w.target)) && (!w.root || e.root === w.root));
      expect(hit, `wanted event ${JSON.stringify(w)}; ${show}`).toBe(true);
    }
    for (const w of c.places ?? []) {
      const hit = (doc.places ?? []).some((p) => p.text === w.text && (!w.country || p.country === w.country) && (!w.precision || p.precision === w.precision) && (!w.adm1 || p.adm1 === w.adm1));
      expect(hit, `wanted place ${JSON.stringify(w)}; ${show}`).toBe(true);
    }
    for (const t of c.noplaces ?? []) expect((doc.places ?? []).some((p) => p.text === t), `${t} is no place here; ${show}`).toBe(false);
  });
});
