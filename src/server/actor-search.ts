// Actors by name for autocomplete ("Russia" -> RUS, "Putin" -> RUSGOV): every name in the
// dictionaries' name trie, with the code it gives today, searched by word prefix.
import type { Lexicon, NamePayload, TrieNode } from '../dictionaries/lexicon.js';

export interface ActorHit { code: string; name: string; kind: string; matched: string }
interface IndexEntry extends ActorHit { words: string[] }

/** The code a name stands for now: a person's latest role, a country or an organisation's code. */
function codeOf(p: NamePayload): { code: string; name: string } | null {
  if (p.kind === 'country') return p.use === 'name' ? { code: p.code, name: p.name } : null;
  if (p.kind === 'organization') return { code: p.code, name: p.name };
  if (p.kind === 'person') {
    const latest = [...p.person.roles].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0];
    return latest ? { code: latest.code, name: p.person.name } : null;
  }
  return null;
}

/** Walk the trie once (iteratively: names may be long) into a list of searchable names. */
export function actorIndex(lex: Lexicon): IndexEntry[] {
  const out: IndexEntry[] = [];
  const seen = new Set<string>();
  const stack: [TrieNode, string[]][] = [[lex.names, []]];
  while (stack.length) {
    const [node, words] = stack.pop()!;
    for (const entry of node.out ?? []) {
      const c = codeOf(entry.payload);
      const matched = words.join(' ');
      const key = `${c?.code}|${matched}`;
      if (!c || seen.has(key)) continue;
      seen.add(key);
      out.push({ ...c, kind: entry.payload.kind, matched, words });
    }
    for (const [w, next] of node.next ?? []) stack.push([next, [...words, w.toLowerCase()]]);
  }
  return out;
}

/** Names whose words start with the query's words, best first: whole-name matches, then countries, then shorter names. */
export function searchActors(index: IndexEntry[], q: string, limit: number): ActorHit[] {
  const want = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (!want.length) return [];
  const hits: (ActorHit & { score: number })[] = [];
  for (const e of index) {
    // each query word starts a name word, in order
    let i = 0;
    for (const w of e.words) if (i < want.length && w.startsWith(want[i])) i++;
    if (i < want.length) continue;
    const score = (e.matched === want.join(' ') ? 0 : 10) + (e.kind === 'country' ? 0 : e.kind === 'organization' ? 2 : 4) + e.words.length;
    hits.push({ code: e.code, name: e.name, kind: e.kind, matched: e.matched, score });
  }
  hits.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  const out: ActorHit[] = [];
  const codes = new Set<string>();
  for (const h of hits) {
    if (codes.has(`${h.code}|${h.name}`)) continue;
    codes.add(`${h.code}|${h.name}`);
    out.push({ code: h.code, name: h.name, kind: h.kind, matched: h.matched });
    if (out.length >= limit) break;
  }
  return out;
}
