// Who the report says an act comes from: the sentence's attribution, else the speaker of a
// reporting verb that governs the act's word (its verb, or a nominal event's noun: "Ukraine said
// the Russian bombardment of Odesa killed four people").
import type { Attribution, Mention } from '../doc/types.js';
import type { Sentence } from './sentence.js';
import { speakerAttribution } from './attribution.js';
import { headOf, relOf, reportingVerb } from './tree.js';
import { subjectOf } from './subjects.js';

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
 * Who reports the clause of the verb at v as an actor: the reporter of a reporting verb that
 * governs it, else the first actor named in the sentence's attribution ("..., police said").
 */
export function speakerOf(sx: Sentence, v: number): Mention[] | null {
  const r = reporterOf(sx, v);
  if (r?.length || !sx.att) return r;
  for (let k = sx.att.tokens[0]; k < sx.att.tokens[1]; k++) { const m = sx.coveringMention(k); if (m) return [m]; }
  return null;
}
