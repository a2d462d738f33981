// PETRARCH/TABARI agent dictionaries. Agents are role words ("PRESIDENT [~GOV]") whose code
// is added after the actor's code ("~GOV") or before it ("NGO~"). Plurals: "{}" means none,
// "{FORMS}" lists them, nothing means regular English plurals. "!PERSON! = MAN, MEN, ..." is a
// substitution set: "CONGRESS!PERSON!" stands for CONGRESSMAN, CONGRESSMEN, ...
import type { DictProblem } from '../yaml-file.js';
import { parsePhrase, problem, sourceLines, type Phrase } from './lines.js';

export interface PetrarchAgent {
  /** the first `singulars` names are singular forms, the rest plurals */
  names: Phrase[]; singulars: number; code: string; position: 'suffix' | 'prefix'; file: string; line: number; comment: string;
}

/** Regular plural of the last word, as TABARI formed them. */
export function regularPlural(word: string): string {
  if (/(S|X|Z|CH|SH)$/.test(word)) return word + 'ES';
  if (/[^AEIOU]Y$/.test(word)) return word.slice(0, -1) + 'IES';
  if (/MAN$/.test(word)) return word.slice(0, -3) + 'MEN';
  return word + 'S';
}

export function parseAgents(src: string, file: string, problems: DictProblem[]): PetrarchAgent[] {
  const subs = new Map<string, string[]>();
  const out: PetrarchAgent[] = [];
  const expand = (s: string, line: number): string[] | null => {
    const m = /!([A-Z0-9_]+)!/i.exec(s);
    if (!m) return [s];
    const set = subs.get(m[1].toUpperCase());
    if (!set) { problem(problems, file, line, `substitution !${m[1]}! is not defined above`); return null; }
    const res: string[] = [];
    for (const v of set) { const e = expand(s.replace(m[0], v), line); if (!e) return null; res.push(...e); }
    return res;
  };
  for (const { text, line, comment } of sourceLines(src)) {
    if (!text) continue;
    const sub = /^!([A-Z0-9_]+)!\s*=\s*(.+)$/i.exec(text);
    if (sub) {
      const values = sub[2].split(',').map((v) => v.trim().toUpperCase()).filter(Boolean);
      if (!values.length) problem(problems, file, line, `substitution !${sub[1]}! has no values`);
      else subs.set(sub[1].toUpperCase(), values);
      continue;
    }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\}\s*)?\[\s*([^\]]*?)\s*\]\s*$/.exec(text);
    if (!m) { problem(problems, file, line, 'expected "AGENT {PLURALS} [~CODE]"'); continue; }
    const [, name, plurals, rawCode] = m;
    const cm = /^(~)?([A-Za-z0-9]{2,12})(~)?$/.exec(rawCode);
    if (!cm || (cm[1] ? 1 : 0) + (cm[3] ? 1 : 0) !== 1) {
      problem(problems, file, line, `"[${rawCode}]" is not an agent code: it needs one "~", before (~GOV) or after (NGO~)`);
      continue;
    }
    const singulars = expand(name, line);
    if (!singulars) continue;
    const one = new Set<string>(singulars);
    const many = new Set<string>();
    // a substitution set lists its own plurals (MAN, MEN), so none are made for it
    if (plurals === undefined && singulars.length === 1 && singulars[0] === name) {
      const words = name.replace(/_+$/, '').split(/[_\s]+/);
      words[words.length - 1] = regularPlural(words[words.length - 1].toUpperCase());
      many.add(words.join('_'));
    }
    for (const p of (plurals ?? '').split(/\s+/).filter(Boolean)) for (const e of expand(p, line) ?? []) if (!one.has(e)) many.add(e);
    const phrases = (set: Set<string>) => [...set].map(parsePhrase).filter((p): p is Phrase => p !== null);
    const first = phrases(one);
    out.push({ names: [...first, ...phrases(many)], singulars: first.length, code: cm[2].toUpperCase(), position: cm[1] ? 'suffix' : 'prefix', file, line, comment });
  }
  return out;
}
