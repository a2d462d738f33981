// Dictionary names split into tokens the way the text stage splits text, so trie keys meet text tokens.
import { tagText } from '../text/wink.js';

const nameCache = new Map<string, string[]>();
const SIMPLE_NAME = /^[A-Za-z]{2,}(?: [A-Za-z]{2,})*$/;
/** Split a name into tokens the way the text stage does, so trie keys meet text tokens. */
export function nameTokens(name: string): string[] {
  let t = nameCache.get(name);
  if (!t) {
    // plain words split at spaces as the tagger would; anything else (dots, hyphens, digits) is tagged
    t = SIMPLE_NAME.test(name) ? name.split(' ') : tagText(name).text.filter((x) => !/^\s+$/.test(x));
    nameCache.set(name, t);
  }
  return t;
}
