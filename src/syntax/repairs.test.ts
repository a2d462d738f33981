import { describe, it, expect } from 'vitest';
import { dyadTokens } from './align.js';
import { parseSentence, type Parse } from './parser.js';
import { repairParse, rootAfterRelative, reducedRelative, speakerGoesOn, prepositionReadAsMarker, subjectReadAsModifier, subjectReadAsObject, transitiveVerbAfterRoot, transitiveVerbBeforeParticiple, secondSubject, type RepairToken } from './repairs.js';

// Each sentence is parsed by the shipped model; the assertions are on the tree after the repair,
// and the repair is also checked to leave alone the trees it has no business with.
function parsed(text: string): { toks: RepairToken[]; p: Parse } {
  const toks = dyadTokens(text).map((t) => ({ ...t, lower: t.text.toLowerCase() }));
  return { toks, p: parseSentence(toks) };
}
const rootWord = (toks: RepairToken[], p: Parse) => toks[p.head.indexOf(-1)].text;
const subjectsOf = (toks: RepairToken[], p: Parse) => toks.filter((_, i) => p.head[i] === p.head.indexOf(-1) && /^nsubj/.test(p.deprel[i])).map((t) => t.text);
const oneRoot = (p: Parse) => p.head.filter((h) => h === -1).length;
const indexIn = (toks: RepairToken[]) => (w: string) => toks.findIndex((t) => t.text === w);

describe('parse repairs', () => {
  it('a past form with an object hung on a noun root is the root, with the noun its subject', () => {
    const { toks, p } = parsed('The African Union and the regional bloc ECOWAS expressed concern and urged the authorities to respect the right to peaceful protest.');
    transitiveVerbAfterRoot(toks, p);
    expect(rootWord(toks, p)).toBe('expressed');
    expect(subjectsOf(toks, p)).toEqual(['Union']);
    expect(oneRoot(p)).toBe(1);
  });
  it('a subject after a subordinating word the model read as the noun\'s preposition is the subject, the word its verb\'s marker', () => {
    const { toks, p } = parsed('Serbia recalled its ambassador on Wednesday after Kosovo police raided four municipal buildings.');
    const at = indexIn(toks);
    expect(p.deprel[at('police')]).toBe('compound'); // (the model's reading, which the repair is for)
    subjectReadAsModifier(toks, p);
    expect(p.deprel[at('police')]).toBe('nsubj');
    expect(p.head[at('police')]).toBe(at('raided'));
    expect(p.head[at('after')]).toBe(at('raided'));
    expect(p.deprel[at('after')]).toBe('mark');
  });
  it('a noun after a subordinating word, followed by its finite verb, is that verb\'s subject, the word its marker', () => {
    const { toks, p } = parsed('Russia vowed to retaliate after Poland expelled its diplomats.');
    const at = indexIn(toks);
    expect(p.deprel[at('Poland')]).toBe('obl'); // (the model's reading, which the repair is for)
    subjectReadAsObject(toks, p);
    expect(p.deprel[at('Poland')]).toBe('nsubj');
    expect(p.head[at('Poland')]).toBe(at('expelled'));
    expect(p.deprel[at('after')]).toBe('mark');
    expect(p.head[at('after')]).toBe(at('expelled'));
  });
  it('a verb with a subject on each side of an "and": the second is the first one\'s conjunct', () => {
    const { toks, p } = parsed('The European Union and the regional bloc ASEAN welcomed the agreement.');
    secondSubject(toks, p);
    expect(subjectsOf(toks, p)).toEqual(['Union']);
    expect(p.deprel[toks.findIndex((t) => t.text === 'ASEAN')]).toBe('conj');
    expect(p.deprel[toks.findIndex((t) => t.text === 'Union')]).toBe('nsubj');
  });
  it('a transitive past form after the subject of an -ing participle heads the clause, the participle its modifier', () => {
    const { toks, p } = parsed("An Israeli air strike destroyed Iran's consular building in Damascus on Monday, killing two senior commanders, Iranian state media said.");
    transitiveVerbBeforeParticiple(toks, p);
    const at = indexIn(toks);
    expect(p.head[at('strike')]).toBe(at('destroyed'));
    expect(p.deprel[at('strike')]).toBe('nsubj');
    expect(p.head[at('killing')]).toBe(at('destroyed'));
    expect(p.deprel[at('destroyed')]).toBe('ccomp');
    expect(oneRoot(p)).toBe(1);
  });
  it('leaves a noun root with a participle that takes no object alone', () => {
    const { toks, p } = parsed('Hotel reviews written by guests last summer.');
    const before = [...p.head];
    transitiveVerbAfterRoot(toks, p);
    expect([...p.head]).toEqual(before);
  });
  it('a relative clause of the subject closed by a comma: the verb after it is the root', () => {
    const { toks, p } = parsed('The militia, which was founded in 2015, attacked a police station in Bunia.');
    rootAfterRelative(toks, p);
    expect(rootWord(toks, p)).toBe('attacked');
    expect(subjectsOf(toks, p)).toEqual(['militia']);
    expect(oneRoot(p)).toBe(1);
  });
});

// (the repairs of roots moved or kept around relative and participle clauses)
describe('parse repairs: relative and participle clauses', () => {
  it('a root the parse gave to a "whose" clause with an infinitive, after a list: the verb after the closing comma is the root', () => {
    const { toks, p } = parsed('Brazil and Colombia, whose leftist presidents have sought to mediate, expressed concern over the vote.');
    expect(rootWord(toks, p)).toBe('sought'); // (the model's reading, which the repair is for)
    rootAfterRelative(toks, p);
    expect(rootWord(toks, p)).toBe('expressed');
    expect(subjectsOf(toks, p)).toEqual(['Brazil']);
    expect(oneRoot(p)).toBe(1);
  });
  it('a root the parse gave to the relative clause: the verb after the closing comma is the root', () => {
    const { toks, p } = parsed('India, which had close ties with the old government, urged calm.');
    rootAfterRelative(toks, p);
    expect(rootWord(toks, p)).toBe('urged');
    expect(subjectsOf(toks, p)).toEqual(['India']);
    expect(p.deprel[toks.findIndex((t) => t.text === 'had')]).toBe('acl:relcl');
  });
  it('a verb with its own object after a restrictive relative clause is the root, even where the parse gave it the clause object as subject', () => {
    for (const text of ['A missile strike that killed eight civilians hit the city.', 'An air raid that wounded six rebels destroyed a hospital.']) {
      const { toks, p } = parsed(text);
      rootAfterRelative(toks, p);
      expect(rootWord(toks, p)).toMatch(/^(hit|destroyed)$/);
      expect(subjectsOf(toks, p)).toEqual([toks[2].text]);
      expect(p.deprel[toks.findIndex((t) => /^(civilians|rebels)$/.test(t.text))]).toBe('obj');
      expect(oneRoot(p)).toBe(1);
    }
  });
  it('the subject of a clause that a verb of speech takes stays its subject', () => {
    const { toks, p } = parsed('Officials who said rebels destroyed a hospital were sacked.');
    rootAfterRelative(toks, p);
    expect(p.deprel[toks.findIndex((t) => t.text === 'rebels')]).not.toBe('obj');
  });
  it('a participle on a relative clause object, with no object of its own, stays in the clause', () => {
    const { toks, p } = parsed('A strike that killed two commanders based in Iraq was condemned.');
    const before = [...p.head];
    rootAfterRelative(toks, p);
    expect(p.head[toks.findIndex((t) => t.text === 'based')]).toBe(before[toks.findIndex((t) => t.text === 'based')]);
  });
  it('a restrictive relative clause before a passive verb: the subject is the passive subject', () => {
    const { toks, p } = parsed('A Russian diplomat who had arrived in Warsaw in 2019 was expelled by Poland.');
    repairParse(toks, p);
    expect(rootWord(toks, p)).toBe('expelled');
    expect(p.deprel[toks.findIndex((t) => t.text === 'diplomat')]).toBe('nsubj:pass');
  });
  it('a participle with no object after the subject is a reduced relative clause', () => {
    for (const [text, root] of [['Troops stationed along the frontier returned fire.', 'returned'], ['The talks, hosted by Qatar, ended without an agreement.', 'ended']]) {
      const { toks, p } = parsed(text);
      reducedRelative(toks, p);
      expect(rootWord(toks, p), text).toBe(root);
      expect(oneRoot(p)).toBe(1);
    }
  });
});

// (the repairs of acts of speech and participles after commas)
describe('parse repairs: speakers and participles', () => {
  it('an act of speech after ", and" and a reported clause is the speaker\'s conjunct', () => {
    const { toks, p } = parsed('The Malian army said jihadists had ambushed a patrol near Menaka on Friday, and accused Niamey of sheltering them.');
    const lemmas: Record<string, string> = { said: 'say', accused: 'accuse', ambushed: 'ambush' };
    const withLemmas = toks.map((t) => ({ ...t, lemma: lemmas[t.lower] ?? t.lower }));
    const accused = toks.findIndex((t) => t.text === 'accused'), said = toks.findIndex((t) => t.text === 'said');
    p.head[accused] = toks.findIndex((t) => t.text === 'ambushed'); p.deprel[accused] = 'conj'; // as the model may hang it
    speakerGoesOn(withLemmas, p);
    expect(p.head[accused]).toBe(said);
  });
  it('a past act of speech joined to the infinitive of what is urged is the speaker\'s, not one of the things urged', () => {
    const lemmas: Record<string, string> = { urged: 'urge', asked: 'ask', accused: 'accuse', blamed: 'blame', demand: 'demand', condemn: 'condemn' };
    for (const [text, infinitive, past, speaker] of [
      ['The president urged donors to send aid and accused Ethiopia of arming militias.', 'send', 'accused', 'urged'],
      ['The minister asked lenders to ease terms and blamed Israel for the crisis.', 'ease', 'blamed', 'asked'],
    ]) {
      const { toks, p } = parsed(text);
      const withLemmas = toks.map((t) => ({ ...t, lemma: lemmas[t.lower] ?? t.lower }));
      const k = toks.findIndex((t) => t.text === past);
      p.head[k] = toks.findIndex((t) => t.text === infinitive); p.deprel[k] = 'conj'; // as the model may hang it
      speakerGoesOn(withLemmas, p);
      expect(p.head[k], text).toBe(toks.findIndex((t) => t.text === speaker));
    }
    // (an act of speech in the infinitive is one of the things urged)
    const { toks, p } = parsed('The EU urged members to condemn Russia and demand its withdrawal.');
    const withLemmas = toks.map((t) => ({ ...t, lemma: lemmas[t.lower] ?? t.lower }));
    const demand = toks.findIndex((t) => t.text === 'demand'), condemn = toks.findIndex((t) => t.text === 'condemn');
    p.head[demand] = condemn; p.deprel[demand] = 'conj';
    speakerGoesOn(withLemmas, p);
    expect(p.head[demand]).toBe(condemn);
  });
  it('a participle after a comma takes no subject from a preposition\'s object before it', () => {
    const { toks, p } = parsed('The International Criminal Court issued an arrest warrant on Friday for Russian President Vladimir Putin, accusing him of the unlawful deportation of children.');
    prepositionReadAsMarker(toks, p);
    const accusing = toks.findIndex((t) => t.text === 'accusing');
    expect(toks.filter((_, i) => p.head[i] === accusing && /^nsubj/.test(p.deprel[i])).map((t) => t.text)).toEqual([]);
    expect(p.deprel[toks.findIndex((t) => t.lower === 'for')]).toBe('case');
  });
  it('leaves a relative clause with its own second verb, a participle clause and a plain clause alone', () => {
    for (const text of ['The rebels who attacked the town and burned homes.', 'Rebels withdrew from the town leaving it in ruins.', 'Troops crossed into the region yesterday.']) {
      const { toks, p } = parsed(text);
      const before = { head: Array.from(p.head), deprel: [...p.deprel] };
      repairParse(toks, p);
      expect({ head: Array.from(p.head), deprel: p.deprel }, text).toEqual(before);
    }
  });
});
