// Dyad's dependency parser: greedy arc-hybrid with an averaged perceptron, trained on UD
// English EWT (a derived work under CC BY-SA 4.0: see models/parser/README.md). The model is
// read on the first parse, not at import.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../errors.js';
import { encode, LABEL_FEATURES, type Encoded } from './features.js';
import { tagSentence, TAG_FEATURES } from './tagger.js';
import { Decoder } from './decode.js';
import { unpackModel, type Model } from './model.js';

export interface ParseToken { text: string; pos: string; lemma?: string }

/** One parsed sentence: head[i] is the index of token i's head (-1 for the root), deprel[i] its UD relation. */
export interface Parse { head: Int32Array; deprel: string[] }

export const DEFAULT_MODEL = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models', 'parser', 'en-ewt.bin');

export class Parser {
  private readonly dec: Decoder;
  private readonly tagRows = new Int32Array(TAG_FEATURES);
  private readonly tagScores = new Float32Array(32);
  /** the last sentence's encoding, whose arrays the next one reuses */
  private enc: Encoded | null = null;
  readonly labels: string[];
  constructor(readonly model: Model) {
    const h = model.header;
    this.labels = h.labels;
    this.dec = new Decoder(model.parser, h.leftOk, h.rightOk);
  }

  /** Parse one sentence of Dyad tokens (text and Universal POS tag, as src/text gives them). */
  parse(tokens: readonly ParseToken[]): Parse {
    const n = tokens.length;
    const head = new Int32Array(n), deprel: string[] = new Array(n);
    if (n === 0) return { head, deprel };
    const e = (this.enc = encode(tokens, this.model.lexicon, this.model.clusters, this.enc ?? undefined));
    tagSentence(this.model.tagger, e, (1 << this.model.header.tagBits) - 1, this.tagRows, this.tagScores);
    const st = this.dec.parse(e);
    for (let i = 0; i < n; i++) {
      head[i] = st.head[i + 1] - 1;
      deprel[i] = this.labels[st.label[i + 1]] ?? 'dep';
    }
    return { head, deprel };
  }
}

/** Load a parser model file (the shipped one by default). */
export function loadParser(path = DEFAULT_MODEL): Parser {
  let buf: Buffer;
  try { buf = readFileSync(path); } catch (e) {
    throw new DyadError('E_MODEL', `parser model not found: ${path}`, { cause: e, where: path });
  }
  try { return new Parser(unpackModel(buf, LABEL_FEATURES)); } catch (e) {
    throw new DyadError('E_MODEL', `not a usable parser model: ${path} (${(e as Error).message})`, { cause: e, where: path });
  }
}

let shared: Parser | null = null;

/** Parse with the shipped model, loaded once on first use. */
export function parseSentence(tokens: readonly ParseToken[]): Parse {
  shared ??= loadParser();
  return shared.parse(tokens);
}

/** Indexes of the tokens whose head is `i` (in sentence order), optionally only those with relation `rel`. */
export function childrenOf(p: Parse, i: number, rel?: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < p.head.length; k++) if (p.head[k] === i && (rel === undefined || p.deprel[k] === rel)) out.push(k);
  return out;
}

/** Index of the root token (-1 for an empty sentence). */
export const rootOf = (p: Parse): number => p.head.indexOf(-1);

/** Relation name without its subtype ("nsubj:pass" -> "nsubj"). */
export const baseRel = (rel: string): string => { const k = rel.indexOf(':'); return k < 0 ? rel : rel.slice(0, k); };
