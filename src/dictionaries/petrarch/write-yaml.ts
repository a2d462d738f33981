// Writing converted PETRARCH entries as Dyad YAML files: one file per source file and kind,
// named so the loader knows the kind ("actors-…", "agents-…", "sets-…", "verbs-…",
// "discards-…"), each entry preceded by a comment naming the line it came from.
import { basename } from 'node:path';
import YAML from 'yaml';
import type { Converted, DyadKind } from './convert.js';

const PREFIX: Record<DyadKind, string> = { actor: 'actors', agent: 'agents', set: 'sets', verb: 'verbs', discard: 'discards' };

const HEADER: Record<DyadKind, string> = {
  actor: 'Actors: names, and codes; a code with from/to holds on those dates only (to: the first day it no longer holds).',
  agent: 'Agents: role words; the code follows the actor\'s ("GOV": ARN -> ARNGOV) unless position: prefix ("NGO": NGOARN).',
  set: 'Synonym sets, used in patterns as &name; a member may be another set.',
  verb: 'Verbs, style: petrarch. In patterns "~" is the verb, "$" the source, "+" the target, "%" a compound actor,\n# "^" any one phrase, "&set" a synonym set, "a|b" either word, "a_b" words with nothing between; other words may\n# have words between them. Words match as written. code: "---" means no event in that context; back: the act of\n# the target on the source.',
  discard: 'Discards: a sentence with the phrase is not coded; scope: story, the whole document is not.',
};

export interface YamlFile { name: string; text: string; entries: number }

/** Render the converted entries as YAML files (not yet written). */
export function toYamlFiles(entries: Converted[], sources: string[], today: string): YamlFile[] {
  const groups = new Map<string, { kind: DyadKind; source: string; entries: Converted[] }>();
  for (const e of entries) {
    const key = `${e.kind}\u0000${e.file}`;
    let g = groups.get(key);
    if (!g) { g = { kind: e.kind, source: e.file, entries: [] }; groups.set(key, g); }
    g.entries.push(e);
  }
  const files: YamlFile[] = [];
  for (const g of groups.values()) {
    const stem = basename(g.source).replace(/\.txt$/i, '').replace(/[^A-Za-z0-9._-]+/g, '_');
    const lines = [
      `# ${HEADER[g.kind]}`,
      `# Imported by \`dyad dict import --from petrarch\` on ${today} from ${basename(g.source)}`,
      `# (${sources.length} file${sources.length === 1 ? '' : 's'} imported together). Each entry names the line it came from.`,
      '',
    ];
    for (const e of g.entries) {
      const note = e.note.replace(/\s+/g, ' ').trim();
      lines.push(`# ${basename(e.file)}:${e.line}${note ? ` ${note}` : ''}`);
      lines.push(render(e.value));
    }
    files.push({ name: `${PREFIX[g.kind]}-${stem}.yaml`, text: lines.join('\n') + '\n', entries: g.entries.length });
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

/** One entry as YAML: short lists on one line, pattern strings quoted so their marks stay text. */
function render(value: Record<string, unknown>): string {
  const doc = new YAML.Document([value]);
  YAML.visit(doc, {
    Seq(_, n) { if (n.items.every((i) => YAML.isScalar(i))) n.flow = true; },
    Map(_, n, path) { if (path.length > 2) n.flow = true; },
    Scalar(_, n) { if (typeof n.value === 'string' && /[~$&%^+*|'"#:]|^---$/.test(n.value)) n.type = 'QUOTE_DOUBLE'; },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}
