// The only module that knows wink-nlp: it returns our own token records.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface RawTokens { text: string[]; pos: string[]; lemma: string[]; sentences: [number, number][] }

/** Tokenise, tag and lemmatise `text` in one pass. Sentence ranges are inclusive token indexes. */
export function tagText(text: string): RawTokens {
  const doc = nlp.readDoc(text);
  const toks = doc.tokens();
  return {
    text: toks.out() as string[],
    pos: toks.out(its.pos) as string[],
    lemma: toks.out(its.lemma as any) as string[],
    sentences: doc.sentences().out(its.span) as unknown as [number, number][],
  };
}
