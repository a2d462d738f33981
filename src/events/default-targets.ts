// Where an act's target comes from when its clause names none (Dyad's own conventions; PETRARCH's
// dictionaries have none), and a capital struck by force as the place it is.
import type { Mention, PlaceRef } from '../doc/types.js';
import type { Sentence } from './sentence.js';
import { contextCountry, hasCountry } from '../actors/context.js';
import { subjectOf } from './subjects.js';
export { targetsNotSelf } from './own-envoys.js';

/** A seat of government that is also a city (a capital) as the place it is: its country, kind place. */
export function seatAsPlace(sx: Sentence, t: Mention): Mention {
  const p = sx.cx.placeStart.get(t.tokens[0]);
  if (t.kind !== 'country' || t.sector !== 'GOV' || !p || p.tokens[1] !== t.tokens[1] || p.place.kind === 'country' || p.place.country !== t.country) return t;
  return { ...sx.countryOnly(t), kind: 'place', rule: `places:${p.place.name}` };
}

// de-escalations that give up ground held in a place (easing a blockade, a retreat, disbanding
// forces): aimed, like a concession, at the state where they happen; a ceasefire is not placed
const GROUND_GIVEN = new Set(['0872', '0873', '0874']);
// forces demobilised with no one else named are their own side's de-escalation
const DEMOBILISE = '0873';
const OCCUPY = '192';
const INSURGENT = /^(REB|INS|SEP|UAF)$/;

/**
 * Targets for acts that name none: a show of force, aid, a concession or ground given up is aimed at
 * the country where it happens; protest, repression, investigation, demobilisation and concessions otherwise at the actor's own.
 */
export function defaultTargets(sx: Sentence, actCode: string, where: PlaceRef | null, sources: Mention[], targets: Mention[]): Mention[] {
  if (targets.length > 0) return targets;
  const root = actCode.slice(0, 2);
  const concession = root === '08' && !actCode.startsWith('087');
  if (root === '15' || root === '07' || root === '16' || concession || GROUND_GIVEN.has(actCode)) {
    // (relief sent with no place said goes where the story is: "ANKARA - Greece dispatched rescue teams")
    const country = where?.country ?? (root === '07' ? contextCountry(sx.cx.doc, sx.cx.focus, sx.span.i, sx.cx.places)?.country : undefined);
    if (country && !sources.some((m) => m.country === country)) return [sx.countryOnly({ ...sources[0], country })];
  }
  if (root === '09' || root === '14' || root === '17' || concession || actCode === DEMOBILISE) return sources.filter(hasCountry).slice(0, 1).map((m) => sx.countryOnly(m));
  // "M23 fighters seized the town of Walikale" (a town no gazetteer knows): ground a country's
  // rebels take, with no place or party named, is their own state's
  if (actCode === OCCUPY) return sources.filter((m) => hasCountry(m) && INSURGENT.test(m.sector ?? '')).slice(0, 1).map((m) => sx.countryOnly(m));
  return targets;
}

/**
 * Groups no country places, named as targets ("recaptured the airport from insurgents"): fought
 * or coerced (captured, arrested) by a state's forces they are on that state's ground, as a crowd fired on is its people
 * ("Syrian forces ... from insurgents": SYRINS); fought by a group with no country either they stay
 * alone ("INS"). The target of any other act gives way to the act's own defaults (`defaults`, given
 * the targets without them), and stays alone where those name none ("GOV" to hold talks with "REB").
 */
export function aloneTargets(actCode: string, sources: Mention[], targets: Mention[], defaults: (kept: Mention[]) => Mention[]): Mention[] {
  if (!targets.some(isAlone)) return defaults(targets);
  if (!/^(17|18|19|20)/.test(actCode)) { const d = defaults(targets.filter((t) => !isAlone(t))); return d.length ? d : targets; }
  const state = sources.find(hasCountry);
  if (!state) return targets;
  return targets.map((t) => isAlone(t) ? { ...t, code: `${state.country}${t.sector}`, country: state.country, rule: t.rule.replace(/\+alone$/, '+opponent'), evidence: `no country named: on the ground of the state that fights it ("${state.name}")` } : t);
}

const isAlone = (m: Mention) => m.country === '' && m.rule.endsWith('+alone');

/** The target of the finite verb a participle clause hangs from: "wrote to Kim, proposing talks". */
export function mainClauseTarget(sx: Sentence, v: number): Mention[] {
  const main = sx.mainVerbBefore(v);
  return main === undefined ? [] : sx.firstActorAfter(main + 1, subjectOf(sx, main));
}
