// Who did an agentless passive act that only a state's authorities do ("At least 40 people were
// detained, according to a police statement"): the authority the report cites, the one that says
// so ("police said 40 people were detained"), the police or troops of the sentence before ("Police
// fired tear gas at the crowd. Dozens were arrested."), else, for the dateline country's own
// people, that state ("CARACAS - Opposition leader X was detained"); a court's act (a sentence)
// is its state's courts'.
import type { Mention } from '../doc/types.js';
import type { Sentence } from './sentence.js';
import { reportingVerb } from './tree.js';
import { subjectOf } from './subjects.js';
import { STATE_ACTS } from './means.js';
import { within } from './sentence-parts.js';

// sectors of a state's authorities, who arrest, expel and investigate
const AUTHORITY = new Set(['COP', 'MIL', 'GOV', 'JUD', 'SPY']);
// forces whose act in the sentence before may be the arrests that follow
const FORCES = new Set(['COP', 'MIL']);
// acts of a court: finding guilty, sentencing
const COURT_ACTS = /^116/;

/** The authority behind an agentless passive state act at v on patients, or null. */
export function unnamedAuthority(sx: Sentence, v: number, code: string, patients: Mention[] | null): Mention[] | null {
  // (a participle after a noun, "aliens ordered out of Nigeria", is background to another act)
  if (!STATE_ACTS.test(code) || !sx.groups.get(v)?.aux.some((x) => x === 'be' || x === 'get')) return null;
  // (a sentence is passed by a court, not by the police of the sentence before)
  if (COURT_ACTS.test(code)) { const c = cited(sx, v); return c ? [c] : courtOf(sx, patients); }
  const named = cited(sx, v) ?? forcesBefore(sx);
  if (named) return [named];
  return datelineState(sx, patients);
}

/** The courts of the state whose people were tried ("Sonko was sentenced to two years": SENJUD). */
function courtOf(sx: Sentence, patients: Mention[] | null): Mention[] | null {
  const c = patients?.[0]?.country;
  if (!c || c === '---' || !patients!.every((m) => m.country === c)) return null;
  const state = sx.countryOnly(patients![0]);
  return [{ ...state, code: `${c}JUD`, sector: 'JUD', name: `${state.name} judiciary`, entity: `judiciary:${c}`, kind: 'agent', evidence: `the courts of the state whose people were tried ("${state.name}"): no agent named` }];
}

/** An authority the sentence cites ("according to a police statement") or that reports it ("police said"). */
function cited(sx: Sentence, v: number): Mention | null {
  const inCitation = sx.att ? sx.mentions.find((m) => m.tokens[0] >= sx.att!.tokens[0] && m.tokens[1] <= sx.att!.tokens[1] && AUTHORITY.has(m.sector)) : undefined;
  const rv = inCitation ? undefined : reportingVerb(sx, v);
  const speaker = rv === undefined ? undefined : (subjectOf(sx, rv) ?? []).find((m) => AUTHORITY.has(m.sector));
  const m = inCitation ?? speaker;
  return m ? placedWith(sx, m, `the authority the report cites ("${sx.toks[m.tokens[0]].text}"): no agent named`) : null;
}

/** The police or troops named first in the sentence before, the likeliest to have made the arrests. */
function forcesBefore(sx: Sentence): Mention | null {
  const prev = sx.cx.doc.sentences[sx.span.i - 1];
  if (!prev || prev.kind !== 'body') return null;
  const m = within(sx.cx.doc.mentions, prev.tokens[0], prev.tokens[1]).find((x) => FORCES.has(x.sector) && !x.modifier && x.kind !== 'pronoun');
  return m ? placedWith(sx, m, `the forces of the sentence before ("${sx.cx.doc.text.slice(m.start, m.end)}"): no agent named`) : null;
}

/** m placed in a country if it has none (or null where nothing places it), with the evidence given. */
function placedWith(sx: Sentence, m: Mention, evidence: string): Mention | null {
  const placed = m.country === '---' ? sx.placeBare(m, true) : m;
  return placed ? { ...placed, evidence } : null;
}

/** The dateline's state, when those it acted on are its own people. */
function datelineState(sx: Sentence, patients: Mention[] | null): Mention[] | null {
  const d = sx.cx.focus?.dateline;
  if (!d || !patients?.length || !patients.every((m) => m.country === d.country)) return null;
  return [{ ...sx.countryOnly(patients[0]), evidence: `the state of the dateline "${d.text}", where its own people were held: no agent named` }];
}
