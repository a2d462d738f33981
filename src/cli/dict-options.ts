// The dictionary options every coding command takes, parsed and described in one place.
import type { LoadOptions } from '../dictionaries/lexicon.js';
import { DyadError } from '../errors.js';

export const DICT_ARGS = {
  dict: { type: 'string', multiple: true },
  'no-default-dict': { type: 'boolean' },
} as const;

export const DICT_HELP = `  --dict PATH         extra dictionary: a Dyad YAML file, a PETRARCH/TABARI .txt file
                      (actors, agents, verbs or discards, told by its name) or a folder of
                      them; may be repeated, later ones override earlier ones
  --no-default-dict   use only the --dict dictionaries (and the CAMEO code table)`;

export function dictOptions(values: { dict?: string[]; 'no-default-dict'?: boolean }): LoadOptions {
  if (values['no-default-dict'] && !values.dict?.length) throw new DyadError('E_OPTION', '--no-default-dict needs at least one --dict: with neither, there is nothing to code with');
  return { extra: values.dict ?? [], defaults: !values['no-default-dict'] };
}

/** Dictionary problems on standard error, each with its file and line; the first `max` of them. */
export function reportDictProblems(problems: { file: string; line: number; text: string }[], max = 20): void {
  for (const p of problems.slice(0, max)) process.stderr.write(`dyad: dictionary ${p.file}:${p.line}: ${p.text}\n`);
  if (problems.length > max) process.stderr.write(`dyad: ... and ${problems.length - max} more dictionary problems\n`);
}
