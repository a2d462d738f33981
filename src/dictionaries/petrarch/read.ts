// Reading any PETRARCH/TABARI dictionary file: the kind is told by the file name, as PETRARCH
// names them (*.actors.txt, *.agents.txt, *.verbs.txt or CAMEO*.txt, *.discards.txt).
import { basename } from 'node:path';
import { readDictFile, type DictProblem } from '../yaml-file.js';
import { parseActors, type PetrarchActor } from './actors.js';
import { parseAgents, type PetrarchAgent } from './agents.js';
import { parseDiscards, type PetrarchDiscard } from './discards.js';
import { parseVerbs, type PetrarchVerb, type PetrarchSynset } from './verbs.js';
import { DyadError } from '../../errors.js';

import { petrarchKind, type PetrarchKind } from '../dict-files.js';

export { petrarchKind, type PetrarchKind };

export interface PetrarchDictionaries {
  actors: PetrarchActor[]; agents: PetrarchAgent[]; discards: PetrarchDiscard[];
  verbs: PetrarchVerb[]; synsets: Map<string, PetrarchSynset>; problems: DictProblem[];
}

export function emptyPetrarch(): PetrarchDictionaries {
  return { actors: [], agents: [], discards: [], verbs: [], synsets: new Map(), problems: [] };
}

/** Read files into one set; files that are not dictionaries (issue coding, prepositions) are an error. */
export function readPetrarch(files: string[], into = emptyPetrarch()): PetrarchDictionaries {
  for (const file of files) {
    const kind = petrarchKind(file);
    if (!kind) throw new DyadError('E_DICT', `${file}: not a PETRARCH actors, agents, verbs or discards file (told by its name)`, { where: file });
    const src = readDictFile(file);
    if (kind === 'actors') into.actors.push(...parseActors(src, file, into.problems));
    else if (kind === 'agents') into.agents.push(...parseAgents(src, file, into.problems));
    else if (kind === 'discards') into.discards.push(...parseDiscards(src, file, into.problems));
    else {
      const v = parseVerbs(src, file, into.problems);
      into.verbs.push(...v.verbs);
      for (const [k, s] of v.synsets) into.synsets.set(k, s);
    }
  }
  return into;
}
