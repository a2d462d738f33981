// `dyad analyze --explain`: per sentence, the parse and why each candidate became an event or not.
import type { Doc } from '../doc/types.js';

const MARK = { event: '+', dropped: '-', note: ' ' } as const;

export function formatExplain(doc: Doc): string {
  const lines: string[] = [];
  const bySentence = new Map<number, NonNullable<Doc['explain']>>();
  for (const x of doc.explain ?? []) {
    if (!bySentence.has(x.sentence)) bySentence.set(x.sentence, []);
    bySentence.get(x.sentence)!.push(x);
  }
  for (const s of doc.sentences) {
    const notes = bySentence.get(s.i) ?? [];
    const parse = doc.parses?.canHold(s.i) ? doc.parses.at(s.i) : null;
    if (!notes.length && !parse) continue;
    lines.push(`[${s.i}] ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
    if (parse) {
      const toks = doc.tokens.slice(s.tokens[0], s.tokens[1]);
      // each word with its relation and head: "forces:nsubj>shelled"
      lines.push('    parse: ' + toks.map((t, i) => `${t.text}:${parse.deprel[i]}>${parse.head[i] < 0 ? 'ROOT' : toks[parse.head[i]].text}`).join('  '));
    } else lines.push('    parse: (not parsed: no actor or place, or not a body sentence)');
    for (const n of notes) lines.push(`    ${MARK[n.verdict]} ${n.rule}: ${n.text}`);
    lines.push('');
  }
  lines.push('+ an event was coded   - a candidate was dropped, with the rule that dropped it');
  return lines.join('\n');
}
