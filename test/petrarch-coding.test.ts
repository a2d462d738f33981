// Coding with PETRARCH/TABARI dictionaries: small dictionaries written for these tests, loaded as
// .txt files and as the YAML `dyad dict import` makes of them.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createCoder, type Coder } from '../src/pipeline/analyze.js';
import { readPetrarch } from '../src/dictionaries/petrarch/read.js';
import { convertPetrarch } from '../src/dictionaries/petrarch/convert.js';
import { toYamlFiles } from '../src/dictionaries/petrarch/write-yaml.js';

const ACTORS = `FREEDONIA_ [FRE]
+FREEDONIAN_
SYLVANIA_ [SYL]
MARVANIA_ [MAR]
RUFUS_FIREFLY_
\t[FRE < 19330101]
\t[FREGOV 19330101 - 19401231]
\t[FREELI > 19410101]
BROKEN_ACTOR [FRE 1999-]
`;
const AGENTS = `GOVERNMENT [~GOV]
SOLDIER [~MIL]
RELIEF_AGENCY {} [NGO~]
`;
const VERBS = `&TIES
+TRADE
+MILITARY
+FISHING_RIGHTS
--- RESTORE [064] ---
RESTORE
- * FULL_&TIES_TIES [065]
- FAILED_TO_* [111]
--- VISIT [042:043] ---
VISIT
--- CONDEMN [122] ---
CONDEMN
- * EFFORT [120]
- * PROTEST [903]
--- AGREE [081] ---
AGREE
- % * [030:030]
--- AVERT [---] ---
AVERT
- * CRISIS [---]
- * WAR [013]
--- LEFT [032:033] ---
LEFT
--- LEAVE [012] ---
LEAVE
`;
const DISCARDS = `FRIENDLY MATCH
+HALFTIME SCORE
`;

let dir: string;
let txt: Coder;
let yaml: Coder;
const files = () => ['t.actors.txt', 't.agents.txt', 't.verbs.txt', 't.discards.txt'].map((f) => join(dir, 'txt', f));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-petr-'));
  mkdirSync(join(dir, 'txt'));
  for (const [f, s] of [['t.actors.txt', ACTORS], ['t.agents.txt', AGENTS], ['t.verbs.txt', VERBS], ['t.discards.txt', DISCARDS]]) writeFileSync(join(dir, 'txt', f), s);
  txt = createCoder({ defaults: false, extra: [join(dir, 'txt')] });
  // the same dictionaries as `dyad dict import` writes them
  mkdirSync(join(dir, 'yaml'));
  for (const f of toYamlFiles(convertPetrarch(readPetrarch(files())), files(), '2026-01-01')) writeFileSync(join(dir, 'yaml', f.name), f.text);
  yaml = createCoder({ defaults: false, extra: [join(dir, 'yaml')] });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** "SRC>TGT:CODE" for each event of one sentence. */
function code(text: string, date = '1995-01-01', coder = txt): string[] {
  return coder.analyze({ text, date }).events.map((e) => `${e.source?.code}>${e.target?.code ?? ''}:${e.cameo}`).sort();
}

const SENTENCES = [
  'Freedonia restored full trade ties with Sylvania.',
  'Freedonia restored full fishing rights ties with Sylvania.',
  'Freedonia restored full trade and military ties with Sylvania.',
  'Freedonia failed to restore ties with Sylvania.',
  'Freedonia visited Sylvania on Monday.',
  'Freedonia and Sylvania agreed on Monday.',
  'Rufus Firefly condemned Sylvania.',
  'Freedonia condemned efforts by Sylvania.',
  'Freedonia condemned the effort by Sylvania.',
  'Freedonia condemned the protest by Sylvania.',
  'The Freedonian government condemned Sylvania.',
  'Freedonian soldiers condemned Sylvania.',
  'Relief agency Freedonia condemned Sylvania.',
  'The Freedonian government left for Sylvania.',
  'Freedonia averted a crisis with Sylvania.',
  'Freedonia averted a war with Sylvania.',
];

describe('PETRARCH dictionaries in the coder', () => {
  it('matches synonym sets, multi-word members included, and keeps joined words adjacent', () => {
    expect(code(SENTENCES[0])).toEqual(['FRE>SYL:065']);
    expect(code(SENTENCES[1])).toEqual(['FRE>SYL:065']);
    expect(code(SENTENCES[2])).toEqual(['FRE>SYL:064']);
  });

  it('matches words before the verb', () => {
    expect(code(SENTENCES[3])).toEqual(['FRE>SYL:111']);
  });

  it('codes [A:B] both ways and a compound actor (%) on itself', () => {
    expect(code(SENTENCES[4])).toEqual(['FRE>SYL:042', 'SYL>FRE:043']);
    expect(code(SENTENCES[5])).toEqual(['FRE>SYL:030', 'SYL>FRE:030']);
  });

  it('gives a dated actor the code in force on the document date; a range ends on its last day', () => {
    expect(code(SENTENCES[6], '1930-05-01')).toEqual(['FRE>SYL:122']);
    expect(code(SENTENCES[6], '1935-05-01')).toEqual(['FREGOV>SYL:122']);
    expect(code(SENTENCES[6], '1940-12-31')).toEqual(['FREGOV>SYL:122']);
    expect(code(SENTENCES[6], '1950-05-01')).toEqual(['FREELI>SYL:122']);
  });

  it('matches words as written: "efforts" is not the pattern word "effort"', () => {
    expect(code(SENTENCES[7])).toEqual(['FRE>SYL:122']);
    expect(code(SENTENCES[8])).toEqual(['FRE>SYL:120']);
  });

  it('keeps a code from another codebook, described as outside CAMEO', () => {
    const [e] = txt.analyze({ text: SENTENCES[9], date: '1995-01-01' }).events;
    expect(e.cameo).toBe('903');
    expect(e.root).toBe('90');
    expect(e.quad).toBe(0);
    expect(e.label).toMatch(/outside CAMEO/);
  });

  it('combines agents with actors, before (NGO~) or after (~GOV) their code', () => {
    expect(code(SENTENCES[10])).toEqual(['FREGOV>SYL:122']);
    expect(code(SENTENCES[11])).toEqual(['FREMIL>SYL:122']);
    expect(code(SENTENCES[12])).toEqual(['NGOFRE>SYL:122']);
  });

  it('keeps PETRARCH\'s rule that an agent with no country is no source (Dyad\'s own dictionaries let it act alone)', () => {
    // why: PETRARCH codes "---GOV" and drops the event; with frames loaded Dyad would code GOV>SYL
    expect(code('The government condemned Sylvania.')).toEqual([]);
  });

  it('takes verb forms as written: "left" is its own block, not a form of LEAVE', () => {
    expect(code(SENTENCES[13])).toEqual(['FREGOV>SYL:032', 'SYL>FREGOV:033']);
  });

  it('codes nothing where a pattern says [---]', () => {
    expect(code(SENTENCES[14])).toEqual([]);
    expect(code(SENTENCES[15])).toEqual(['FRE>SYL:013']);
  });

  it('drops a sentence with a discard phrase, and a whole story with a story discard', () => {
    expect(code('Freedonia condemned Sylvania after the friendly match. Freedonia visited Sylvania.')).toEqual(['FRE>SYL:042', 'SYL>FRE:043']);
    expect(code('Freedonia visited Sylvania. The halftime score was two to one.')).toEqual([]);
  });

  it('reports a malformed line with its file and line, and loads the rest', () => {
    const p = txt.lexicon.problems.find((x) => x.file.endsWith('t.actors.txt'));
    expect(p).toMatchObject({ line: 9 });
    expect(code('Marvania condemned Sylvania.')).toEqual(['MAR>SYL:122']);
  });

  it('codes the same from the imported YAML as from the .txt files', () => {
    for (const s of SENTENCES) expect(code(s, '1935-05-01', yaml)).toEqual(code(s, '1935-05-01', txt));
  });

  it('lets a later dictionary override an earlier one', () => {
    const later = join(dir, 'later');
    mkdirSync(later, { recursive: true });
    writeFileSync(join(later, 'u.actors.txt'), 'SYLVANIA_ [SYX]\n');
    writeFileSync(join(later, 'u.verbs.txt'), '--- CONDEMN [111] ---\nCONDEMN\n');
    const both = createCoder({ defaults: false, extra: [join(dir, 'txt'), later] });
    expect(code('Freedonia condemned Sylvania.', '1995-01-01', both)).toEqual(['FRE>SYX:111']);
    // a pattern only the earlier dictionary has still applies where it matches
    expect(code('Freedonia condemned the effort by Sylvania.', '1995-01-01', both)).toEqual(['FRE>SYX:120']);
  });
});

describe('dyad dict import', () => {
  const bin = join(__dirname, '..', 'bin', 'dyad');
  const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 60_000 });

  it('writes commented YAML, reports the malformed line, and does not overwrite without --force', () => {
    const out = join(dir, 'imported');
    const r = run(['dict', 'import', '--from', 'petrarch', ...files(), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/t\.actors\.txt:9: /);
    expect(readdirSync(out).sort()).toEqual(['actors-t.actors.yaml', 'agents-t.agents.yaml', 'discards-t.discards.yaml', 'sets-t.verbs.yaml', 'verbs-t.verbs.yaml']);
    const actors = readFileSync(join(out, 'actors-t.actors.yaml'), 'utf8');
    expect(actors).toMatch(/# t\.actors\.txt:5\n- names: \[Rufus Firefly\]/);
    const again = run(['dict', 'import', '--from', 'petrarch', ...files(), '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/exists.*--force/);
    expect(run(['dict', 'import', '--from', 'petrarch', ...files(), '--out', out, '--force']).status).toBe(1);
  });

  it('refuses a file that is not a PETRARCH dictionary by its name', () => {
    const other = join(dir, 'notes.txt');
    writeFileSync(other, 'hello\n');
    const r = run(['dict', 'import', '--from', 'petrarch', other, '--out', join(dir, 'x')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a PETRARCH actors, agents, verbs or discards file/);
  });

  it('refuses a binary or non-UTF-8 dictionary whole, naming it', () => {
    const latin1 = join(dir, 'old.actors.txt');
    writeFileSync(latin1, Buffer.concat([Buffer.from('FREEDONIA_ [FRE]\nCAF'), Buffer.from([0xe9]), Buffer.from(' [CAF]\n')]));
    const r = run(['dict', 'import', '--from', 'petrarch', latin1, '--out', join(dir, 'y')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/old\.actors\.txt: not valid UTF-8 \(first bad byte at offset 20\)/);
    const bin = join(dir, 'bin.verbs.txt');
    writeFileSync(bin, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
    const b = run(['analyze', '-', '--dict', bin], 'Freedonia visited Sylvania.');
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/bin\.verbs\.txt: a binary file/);
  });

  it('codes with .txt dictionaries given to analyze', () => {
    const r = run(['analyze', '-', '--format', 'jsonl', '--date', '1995-01-01', '--no-default-dict', ...files().flatMap((f) => ['--dict', f])], 'Freedonia visited Sylvania.');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/t\.actors\.txt:9/);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).cameo).sort()).toEqual(['042', '043']);
    const none = run(['analyze', '-', '--no-default-dict'], 'Freedonia visited Sylvania.');
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/--no-default-dict needs at least one --dict/);
  });
});
