// Dyad's library API: what the CLI, the server and the tests call.
export { createCoder, analyzeRecord, toDocumentRecord, type Coder } from './pipeline/analyze.js';
export { loadLexicon, DEFAULT_DICT_DIR, type Lexicon } from './dictionaries/lexicon.js';
export { readJsonl } from './readers/jsonl.js';
export { decodeDocument, looksLikeHtml } from './readers/decode.js';
export { validateRecord, normaliseDate } from './readers/record.js';
export { DyadError, isDyadError } from './errors.js';
export type * from './doc/types.js';
export { parseSentence, loadParser, childrenOf, rootOf, baseRel, type Parse, type ParseToken, Parser } from './syntax/parser.js';
