#!/usr/bin/env node
// npm run eval:constructions: codes the construction suite (test/cases/constructions/*.yaml) with
// the built coder (dist/; run `npm run build` first) and prints, per construction tag, the cases and
// how many pass, then every failure with what was expected and what was coded. Cases marked
// `gap:` are known failures (the test requires them to fail); one that passes is reported as a
// gap closed. The last line is JSON: {"cases","passed","byConstruction":{tag:{cases,passed}}}.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCases, check, showEvent } from '../test/cases/match.mjs';

const dist = new URL('../dist/index.js', import.meta.url);
if (!existsSync(fileURLToPath(dist))) { console.error('eval:constructions: no dist/ (run npm run build first)'); process.exit(2); }
const { createCoder } = await import(dist.href);

const cases = loadCases(new URL('../test/cases/constructions/', import.meta.url));
const coder = createCoder();
const by = new Map();
const failures = [];
let passed = 0;
for (const c of cases) {
  const tag = c.construction ?? '(untagged)';
  if (!by.has(tag)) by.set(tag, { cases: 0, passed: 0, gaps: 0 });
  const t = by.get(tag);
  const events = coder.analyze({ id: 'case', text: c.text, date: c.date }).events;
  const problems = check(c, events);
  t.cases++;
  if (c.gap) t.gaps++;
  if (problems.length === 0) { t.passed++; passed++; if (c.gap) failures.push({ c, tag, problems: ['gap closed: passes now, remove `gap:`'], events }); }
  else failures.push({ c, tag, problems, events });
}

const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : '-');
const tags = [...by.keys()].sort();
const w = Math.max(12, ...tags.map((t) => t.length));
console.log(`${'construction'.padEnd(w)}  cases  passed  rate    known gaps`);
for (const tag of tags) {
  const t = by.get(tag);
  console.log(`${tag.padEnd(w)}  ${String(t.cases).padStart(5)}  ${String(t.passed).padStart(6)}  ${pct(t.passed, t.cases).padStart(5)}%  ${String(t.gaps).padStart(5)}`);
}
console.log(`${'all'.padEnd(w)}  ${String(cases.length).padStart(5)}  ${String(passed).padStart(6)}  ${pct(passed, cases.length).padStart(5)}%  ${String(cases.filter((c) => c.gap).length).padStart(5)}`);

const causes = {};
for (const c of cases) if (c.gap) { const k = /^\(([a-d])\)/.exec(c.gap)?.[1] ?? '?'; causes[k] = (causes[k] ?? 0) + 1; }
if (Object.keys(causes).length) console.log(`known gaps by cause: ${Object.entries(causes).sort().map(([k, n]) => `(${k}) ${n}`).join(', ')}  [(a) structure, (b) verb dictionary, (c) actors/places, (d) modality/attribution]`);

if (failures.length) console.log('\nfailures (expected | coded):');
for (const { c, tag, problems, events } of failures) {
  console.log(`\n[${tag}] ${c.file}: ${c.text.replace(/\s+/g, ' ')}`);
  if (c.gap) console.log(`  gap: ${c.gap}`);
  for (const p of problems) console.log(`  ${p}`);
  console.log(`  coded: ${events.map(showEvent).join('; ') || 'no events'}`);
}

const byConstruction = Object.fromEntries(tags.map((t) => [t, { cases: by.get(t).cases, passed: by.get(t).passed }]));
console.log(JSON.stringify({ cases: cases.length, passed, byConstruction }));
