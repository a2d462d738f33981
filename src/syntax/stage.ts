// Stage "syntax": the parses of the sentences that can hold an event: body sentences that name an
// actor or a place and have a word with an event entry (a verb, a frame such as "plans to", or
// an event noun). A sentence is parsed when the events stage first asks for its tree, so one
// whose candidates all fail before any argument is sought is never parsed: parsing costs more
// than the rest of the coder together. The events stage asks only where its words leave
// something for the parse to find (src/events/parse-need.ts).
import type { Doc, Token } from '../doc/types.js';
import type { Lexicon } from '../dictionaries/lexicon.js';
import { parseSentence, type Parse } from './parser.js';
import { verbLemmas, verbLike } from '../lang/en/lemma.js';
import { repairParse } from './repairs.js';

/** The parses of a document's sentences, made on first use; null for a sentence that cannot hold an event. */
export class ParseTable {
  private readonly made: (Parse | null | undefined)[];
  /** milliseconds spent parsing, for the bench's cost per stage (parsing happens inside the events stage) */
  ms = 0;
  /** the sentence that opens with the dateline ("BEIJING, June 20 (Xinhua) -"; after a title, not the first), and its dateline's tokens */
  private readonly datelineSentence: number;
  private readonly datelineTokens: number;
  constructor(private readonly doc: Doc, private readonly eligible: Uint8Array) {
    this.made = new Array(eligible.length);
    const span = doc.focus?.dateline?.span, toks = doc.tokens;
    this.datelineSentence = span ? doc.sentences.findIndex((s) => s.tokens[1] > s.tokens[0] && toks[s.tokens[0]].start <= span[0] && toks[s.tokens[1] - 1].end >= span[1]) : -1;
    const first = doc.sentences[this.datelineSentence];
    let k = first ? first.tokens[0] : 0;
    if (first) while (k < first.tokens[1] && toks[k].end <= span![1]) k++;
    this.datelineTokens = first ? k - first.tokens[0] : 0;
  }

  /** The parse of sentence i (parsed now if it has not been). */
  at(i: number): Parse | null {
    if (this.made[i] === undefined) {
      const s = this.doc.sentences[i];
      const t = performance.now();
      this.made[i] = this.eligible[i] && s ? this.parse(i, this.doc.tokens.slice(s.tokens[0], s.tokens[1])) : null;
      this.ms += performance.now() - t;
    }
    return this.made[i]!;
  }

  /** The sentence parsed without its dateline, whose words then hang from the root: a dateline is no part of the clause. */
  private parse(i: number, toks: Token[]): Parse {
    const d = i === this.datelineSentence ? this.datelineTokens : 0;
    if (d === 0 || d >= toks.length) return repairParse(toks, parseSentence(toks));
    const rest = toks.slice(d);
    const body = repairParse(rest, parseSentence(rest));
    const head = new Int32Array(toks.length), deprel: string[] = new Array(toks.length);
    const root = body.head.indexOf(-1) + d;
    for (let j = 0; j < d; j++) { head[j] = j === 0 ? root : 0; deprel[j] = j === 0 ? 'dep' : toks[j].pos === 'PUNCT' ? 'punct' : 'flat'; }
    body.head.forEach((h, j) => { head[j + d] = h < 0 ? -1 : h + d; deprel[j + d] = body.deprel[j]; });
    return { head, deprel };
  }

  /** The parse of sentence i if it was made, without parsing. */
  peek(i: number): Parse | null { return this.made[i] ?? null; }

  /** Could sentence i hold an event (and so be parsed when asked)? */
  canHold(i: number): boolean { return this.eligible[i] === 1; }

  get length(): number { return this.eligible.length; }
}


export function parseSentences(doc: Doc, lex: Lexicon): void {
  const eligible = new Uint8Array(doc.sentences.length);
  doc.parses = new ParseTable(doc, eligible);
  // (DYAD_TREE=0 turns the parse off, to measure what it adds)
  if (process.env.DYAD_TREE === '0') return;
  const named = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions) named[m.tokens[0]] = 1;
  for (const p of doc.placeMentions ?? []) named[p.tokens[0]] = 1;
  const coded = (w: string) => lex.verbs.has(w) || lex.frames.has(w) || lex.nouns.has(w);
  for (const s of doc.sentences) {
    if (s.kind !== 'body') continue;
    const [a, b] = s.tokens;
    let actor = false, entry = false;
    for (let k = a; k < b && !(actor && entry); k++) {
      const t = doc.tokens[k];
      actor ||= named[k] === 1;
      // (a verb the tagger took for a noun or adjective counts by its verb lemma: "blockaded")
      entry ||= coded(t.lemma) || coded(t.lower) || (verbLike(t.lower) && verbLemmas(t.lower).some(coded));
    }
    if (actor && entry) eligible[s.i] = 1;
  }
}
