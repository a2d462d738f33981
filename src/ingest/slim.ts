// What crosses from a worker to the writer: the document fields the store keeps, and its events.
import type { Doc } from '../doc/types.js';

export function slimDoc(d: Doc): Doc {
  return { ...d, clean: '', sentences: [], tokens: [], mentions: [], quotes: [], messages: [] };
}
