#!/usr/bin/env node
// npm run eval: codes the shared gold sets with bin/dyad code and prints the scorer's report
// for each. Accuracy is measured here, not in unit tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.DYAD_SHARED ?? join(root, '..', 'shared');
const sets = process.argv.slice(2).length ? process.argv.slice(2) : ['seed', 'plover-gsr.dev'];
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) { console.error(`eval: the scorer is not at ${scorer} (set DYAD_SHARED to the shared folder)`); process.exit(2); }
const tmp = mkdtempSync(join(tmpdir(), 'dyad-eval-'));
let failed = false;
for (const set of sets) {
  const gold = join(shared, 'gold', `${set}.jsonl`);
  if (!existsSync(gold)) { console.error(`eval: no gold set ${gold}`); failed = true; continue; }
  const t0 = Date.now();
  const run = spawnSync(process.execPath, [join(root, 'bin', 'dyad'), 'code', gold], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.status !== 1) { console.error(`eval: bin/dyad code ${gold} failed:\n${run.stderr}`); failed = true; continue; }
  const pred = join(tmp, `${set}.pred.jsonl`);
  writeFileSync(pred, run.stdout);
  console.log(`== ${set} (${Date.now() - t0} ms) ==`);
  const score = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred], { encoding: 'utf8' });
  process.stdout.write(score.stdout);
  if (score.status !== 0) { process.stderr.write(score.stderr); failed = true; }
  console.log();
}
rmSync(tmp, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
