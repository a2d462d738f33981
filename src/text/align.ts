// wink-nlp gives no character offsets: each token is found again in the source text with a
// moving cursor (never by adding up lengths, which drifts on normalised characters).

/** Offsets of each token in `text`; a token not found near the cursor gets an empty span there. */
export function alignTokens(text: string, tokens: string[]): [number, number][] {
  const out: [number, number][] = new Array(tokens.length);
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let at = text.startsWith(t, cursor) ? cursor : text.indexOf(t, cursor);
    if (at < 0 || at - cursor > 64) {
      // whitespace tokens may be normalised ("\n\n" for "\r\n"): skip spaces instead
      let k = cursor;
      while (k < text.length && /\s/.test(text[k])) k++;
      out[i] = [k, k];
      if (/^\s+$/.test(t)) cursor = k;
      continue;
    }
    out[i] = [at, at + t.length];
    cursor = at + t.length;
  }
  return out;
}
