// CoNLL-U reader for the UD treebanks: syntactic words only (multiword-token ranges such as
// "3-4" and empty nodes such as "3.1" are not words of the basic tree), with character spans
// rebuilt from `# text` and SpaceAfter=No so that another tokeniser can be aligned to them.

export interface UdWord { form: string; upos: string; head: number; deprel: string; start: number; end: number }
/** `newdoc` / `newpar`: the sentence starts a document / paragraph (to rebuild running text). */
export interface UdSentence { id: string; text: string; words: UdWord[]; newdoc: boolean; newpar: boolean }

/** Parse a CoNLL-U file's text into sentences. `head` is 0-based, -1 for the root. */
export function readConllu(src: string): UdSentence[] {
  const out: UdSentence[] = [];
  for (const block of src.split(/\r?\n\s*\r?\n/)) {
    const s = readBlock(block);
    if (s) out.push(s);
  }
  return out;
}

interface Surface { form: string; words: UdWord[]; spaceAfter: boolean }

function readBlock(block: string): UdSentence | null {
  let id = '', text = '', newdoc = false, newpar = false;
  const surfaces: Surface[] = [];
  let rangeEnd = 0;
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith('#')) {
      if (/^#\s*newdoc\b/.test(line)) newdoc = true;
      if (/^#\s*newpar\b/.test(line)) newpar = true;
      const m = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (m && m[1] === 'sent_id') id = m[2].trim();
      else if (m) text = m[2];
      continue;
    }
    const f = line.split('\t');
    if (f.length < 10) continue;
    const spaceAfter = !/(^|\|)SpaceAfter=No(\||$)/.test(f[9]);
    const range = /^(\d+)-(\d+)$/.exec(f[0]);
    if (range) { surfaces.push({ form: f[1], words: [], spaceAfter }); rangeEnd = Number(range[2]); continue; }
    if (!/^\d+$/.test(f[0])) continue; // empty node ("3.1"): not in the basic tree
    const n = Number(f[0]);
    const w: UdWord = { form: f[1], upos: f[3], head: Number(f[6]) - 1, deprel: f[7], start: 0, end: 0 };
    if (n <= rangeEnd) surfaces[surfaces.length - 1].words.push(w);
    else surfaces.push({ form: f[1], words: [w], spaceAfter });
  }
  if (surfaces.length === 0) return null;
  if (!text) text = surfaces.map((s) => s.form + (s.spaceAfter ? ' ' : '')).join('').trimEnd();
  placeSpans(text, surfaces);
  return { id, text, words: surfaces.flatMap((s) => s.words), newdoc, newpar };
}

/** Character spans: each surface token is found in the text; a multiword token's words share it out. */
function placeSpans(text: string, surfaces: Surface[]): void {
  let cursor = 0;
  for (const s of surfaces) {
    let at = text.indexOf(s.form, cursor);
    if (at < 0 || at - cursor > 8) at = skipSpace(text, cursor);
    const end = Math.min(text.length, at + s.form.length);
    cursor = end;
    // words of "don't" are "do" + "n't": give each its own slice when the letters add up
    let k = at;
    s.words.forEach((w, i) => {
      const last = i === s.words.length - 1;
      const len = last ? end - k : Math.min(w.form.length, end - k - (s.words.length - 1 - i));
      w.start = k;
      w.end = Math.max(k, k + Math.max(0, len));
      k = w.end;
    });
  }
}

function skipSpace(text: string, k: number): number {
  while (k < text.length && /\s/.test(text[k])) k++;
  return k;
}
