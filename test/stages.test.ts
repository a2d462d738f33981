// The coder as registered stages: the contract is checked, every result is on the Doc, and
// `--explain` says why each candidate became an event or did not.
import { describe, it, expect, beforeAll } from 'vitest';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createCoder, type Coder } from '../src/pipeline/analyze.js';
import { checkStages, STAGES, type Stage } from '../src/pipeline/stages.js';

let coder: Coder;
beforeAll(() => { coder = createCoder(); });

describe('a wire dateline', () => {
  it('is found with its date and agency, and parsed apart from the clause it opens', () => {
    const doc = coder.analyze({ id: 'd', date: '2024-06-21', text: 'BEIJING, June 20 (Xinhua) - Chinese President Xi Jinping met Vietnam\'s prime minister in Beijing on Thursday.' });
    expect(doc.focus?.dateline?.text).toBe('BEIJING, June 20 (Xinhua)');
    expect(doc.focus?.dateline?.country).toBe('CHN');
    const p = doc.parses!.at(0)!;
    const words = doc.tokens.slice(doc.sentences[0].tokens[0], doc.sentences[0].tokens[1]).map((t) => t.text);
    const dash = words.indexOf('-');
    // the dateline's words hang together from the clause's root; none is a subject or an object
    expect(p.deprel.slice(0, dash + 1).every((r) => r === 'dep' || r === 'flat' || r === 'punct')).toBe(true);
    expect(p.head[0]).toBe(p.head.indexOf(-1));
    expect(p.head.indexOf(-1)).toBeGreaterThan(dash);
    expect(doc.events.some((e) => e.source?.code.startsWith('CHN') && e.target?.code.startsWith('VNM'))).toBe(true);
  });
});

describe('the stage contract', () => {
  it('accepts the coder\'s own stages', () => {
    expect(() => checkStages(STAGES)).not.toThrow();
    expect(STAGES.map((s) => s.name)).toEqual(['tokens', 'actors', 'places', 'coreference', 'syntax', 'events', 'report']);
  });

  it('refuses a stage that reads what no earlier stage writes, naming both', () => {
    const early: Stage = { name: 'too-early', requires: ['parses'], assigns: ['events'], run: () => {} };
    expect(() => checkStages([STAGES[0], early])).toThrow(/stage "too-early" requires parses/);
    // the events stage before the syntax stage
    const swapped = [...STAGES];
    [swapped[4], swapped[5]] = [swapped[5], swapped[4]];
    expect(() => checkStages(swapped)).toThrow(/stage "events" requires parses/);
  });

  it('leaves every stage\'s result on the Doc, parses only for sentences that can hold an event', () => {
    const doc = coder.analyze({ id: 's', date: '2024-05-02', text: 'The weather was warm in the morning. Turkey condemned Israel on Tuesday.' });
    expect(doc.placeMentions).toBeDefined();
    expect(doc.focus).toBeDefined();
    expect(doc.parses!.length).toBe(2);
    expect(doc.parses!.canHold(0)).toBe(false);
    expect(doc.parses!.at(0)).toBeNull();
    // parsed when the events stage asked for the tree
    const p = doc.parses!.peek(1)!;
    const words = doc.tokens.slice(doc.sentences[1].tokens[0], doc.sentences[1].tokens[1]).map((t) => t.text);
    expect(p.deprel[words.indexOf('Turkey')]).toBe('nsubj');
    expect(p.head[words.indexOf('Turkey')]).toBe(words.indexOf('condemned'));
    expect(doc.explain).toBeUndefined();
  });

  it('adds up the milliseconds of each stage when asked', () => {
    const timings: Record<string, number> = {};
    coder.analyze({ id: 't', date: '2024-05-02', text: 'Turkey condemned Israel on Tuesday.' }, { timings });
    expect(Object.keys(timings)).toEqual(STAGES.map((s) => s.name));
    for (const v of Object.values(timings)) expect(v).toBeGreaterThanOrEqual(0);
  });
});

describe('events read from the parse', () => {
  it('finds the target inside a passive subject\'s phrase', () => {
    const doc = coder.analyze({ id: 'p', date: '2024-05-02', text: 'A camp for Congolese refugees was attacked by Burundian militiamen on Monday.' });
    const e = doc.events.find((x) => x.root === '18' || x.root === '19');
    expect(e?.source?.code.slice(0, 3)).toBe('BDI');
    expect(e?.target?.code.slice(0, 3)).toBe('COD');
  });

  it('keeps a list of names the parse splits as one compound subject', () => {
    const doc = coder.analyze({ id: 'c', date: '2024-05-02', text: 'France, Spain, Italy and Greece condemned Turkey on Monday.' });
    const sources = doc.events.filter((x) => x.root === '11').map((x) => x.source?.code).sort();
    expect(sources).toEqual(['ESP', 'FRA', 'GRC', 'ITA']);
  });
});

describe('explanations', () => {
  it('records each event with its rule and each dropped candidate with the rule that dropped it', () => {
    const doc = coder.analyze({ id: 'e', date: '2024-05-02', text: 'Turkey said on Tuesday that Israel had attacked Gaza.' }, { explain: true });
    const made = doc.explain!.filter((x) => x.verdict === 'event');
    expect(made.map((x) => x.rule)).toEqual(doc.events.map((e) => e.rule));
    expect(doc.explain!.some((x) => x.verdict === 'dropped' && x.rule === 'events.report' && x.text.includes('said'))).toBe(true);
  });

  it('dyad analyze --explain prints the parse and the decisions for the bundled example', () => {
    const bin = join(__dirname, '..', 'bin', 'dyad');
    const r = spawnSync(process.execPath, [bin, 'analyze', join(__dirname, '..', 'examples', 'article.txt'), '--date', '2024-03-12', '--explain'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/parse: .*:nsubj>/);
    expect(r.stdout).toMatch(/^ {4}\+ verbs:/m);
    expect(r.stdout).toMatch(/^ {4}- events\./m);
  });
});
