// PETRARCH discard lists: phrases that stop coding. "+PHRASE" discards the whole story
// (sports, weather); a bare phrase discards only the sentence it is in.
import type { DictProblem } from '../yaml-file.js';
import { parsePhrase, problem, sourceLines, type Phrase } from './lines.js';

export interface PetrarchDiscard { phrase: Phrase; scope: 'story' | 'sentence'; file: string; line: number; comment: string }

export function parseDiscards(src: string, file: string, problems: DictProblem[]): PetrarchDiscard[] {
  const out: PetrarchDiscard[] = [];
  for (const { text, line, comment } of sourceLines(src)) {
    if (!text) continue;
    const story = text.startsWith('+');
    const body = story ? text.slice(1) : text;
    if (/[[\]{}]/.test(body)) { problem(problems, file, line, 'a discard is a plain phrase; codes and braces do not belong here'); continue; }
    const phrase = parsePhrase(body);
    if (!phrase) { problem(problems, file, line, 'empty discard phrase'); continue; }
    out.push({ phrase, scope: story ? 'story' : 'sentence', file, line, comment });
  }
  return out;
}
