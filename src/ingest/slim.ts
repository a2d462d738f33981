// What crosses from a worker to the writer: the document fields the store keeps, and its events.
import type { Doc } from '../doc/types.js';

/** `dropText` when the receiver has the text already (a plain-text record): less to copy between threads. */
export function slimDoc(d: Doc, dropText = false): Doc {
  return { ...d, text: dropText ? '' : d.text, clean: '', sentences: [], tokens: [], mentions: [], quotes: [], messages: [], placeMentions: undefined, focus: undefined, parses: undefined, explain: undefined };
}
