// A worker of the analysis pool: codes one article off the thread that answers requests, and
// finds actors by name for the page's autocomplete. Each worker loads the dictionaries once.
import Tinypool from 'tinypool';
import { createCoder, toDocumentRecord, type Coder } from '../pipeline/analyze.js';
import type { Doc, InputRecord } from '../doc/types.js';
import type { LoadOptions } from '../dictionaries/lexicon.js';
import { actorIndex, searchActors, type ActorHit } from './actor-search.js';
import { isDyadError } from '../errors.js';

/** A DyadError crosses the thread boundary as data: a thrown error would lose its code. */
export type WorkerError = { error: { code: string; message: string; where?: string } };

export type AnalyzeTask =
  | { kind: 'analyze'; record: InputRecord; dict: LoadOptions }
  | { kind: 'actors'; q: string; limit: number; dict: LoadOptions };

/** A coded document's record as UTF-8 JSON, in a buffer of its own (a worker hands it over without a copy). */
export const documentJson = (doc: Doc): Uint8Array => new TextEncoder().encode(JSON.stringify(toDocumentRecord(doc)));

let coder: Coder | null = null;
let index: ReturnType<typeof actorIndex> | null = null;

export default function run(task: AnalyzeTask): unknown {
  try {
    coder ??= createCoder(task.dict);
    if (task.kind === 'actors') {
      index ??= actorIndex(coder.lexicon);
      return searchActors(index, task.q, task.limit) satisfies ActorHit[];
    }
    // the record's JSON is written here and its buffer moved, not copied, to the server's thread
    return Tinypool.move(documentJson(coder.analyze(task.record)));
  } catch (e) {
    if (isDyadError(e)) return { error: { code: e.code, message: e.message, where: e.where } } satisfies WorkerError;
    throw e;
  }
}
