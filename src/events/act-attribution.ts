// Who the report says an act comes from: the sentence's attribution, else the speaker of a
// reporting verb that governs the act's word (its verb, or a nominal event's noun: "Ukraine said
// the Russian bombardment of Odesa killed four people").
import type { Attribution, Mention } from '../doc/types.js';
import type { Sentence } from './sentence.js';
import { speakerAttribution } from './attribution.js';
import { actorsOfNode, children, clauseHead, headOf, relOf, reportingVerb } from './tree.js';
import { scanSubject, subjectOf } from './subjects.js';
import type { VerbGroup } from './verb-groups.js';

/** Attribution of the act whose word is at k, by sources (who do not report their own act). */
export function attributionOf(sx: Sentence, k: number, sources: Mention[]): Attribution | null {
  if (sx.att?.attribution) return sx.att.attribution;
  // (a nominal that is a clause's subject is reported with that clause: "said the bombardment killed")
  const p = sx.groups.has(k) ? null : sx.tree();
  const v = p && /^nsubj/.test(relOf(sx, p, k)) ? headOf(sx, p, k) : k;
  const sp = reporterOf(sx, v);
  return sp && sp[0] && !sources.includes(sp[0]) ? speakerAttribution(sp[0], sx.cx.doc.text) : null;
}

/** Who reports the clause of the verb at v: the subject of the reporting verb that governs it, or of the one before it. */
export function reporterOf(sx: Sentence, v: number): Mention[] | null {
  const rv = reportingVerb(sx, v) ?? sx.reportVerbBefore(v);
  return rv === undefined || !sx.groups.has(rv) ? null : subjectOf(sx, rv);
}

/**
 * An act that is the reporter's (an entry with `source: reporter`): "officials said India was behind
 * the attack", "the Israeli strikes were unlawful, Tehran said", "said Finland's decision was
 * provocative". The source is who reports the clause; the target is the clause's subject, or the
 * national adjective or possessor in its phrase.
 */
export function reporterAct(sx: Sentence, g: VerbGroup, subject: Mention[] | null): { sources: Mention[] | null; targets: Mention[] } {
  return { sources: speakerOf(sx, g.head), targets: subject ?? subjectPhraseActors(sx, g.head) ?? scanSubject(sx, g.first - 1, 0, g.head, true) ?? sx.possessorOf(g.first) ?? [] };
}

/** The actors inside the subject phrase of the clause of v (a copula: of its predicate), by the parse. */
function subjectPhraseActors(sx: Sentence, v: number): Mention[] | null {
  const p = sx.tree();
  if (!p) return null;
  const subj = children(sx, p, clauseHead(sx, p, v), 'nsubj')[0];
  const found = subj === undefined ? [] : actorsOfNode(sx, p, subj, true);
  return found.length ? found : null;
}

/**
 * Who reports the clause of the verb at v as an actor: the reporter of a reporting verb that
 * governs it (or governs the predicate a copula at v joins), else the first actor named in the
 * sentence's attribution ("..., police said").
 */
function speakerOf(sx: Sentence, v: number): Mention[] | null {
  const p = sx.tree();
  const r = reporterOf(sx, p ? clauseHead(sx, p, v) : v);
  if (r?.length || !sx.att) return r;
  for (let k = sx.att.tokens[0]; k < sx.att.tokens[1]; k++) { const m = sx.coveringMention(k); if (m) return [m]; }
  return null;
}
