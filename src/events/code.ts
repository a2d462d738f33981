// Stage "events": clauses, verb patterns and frames to CAMEO-coded events with modality,
// attribution, time, place and quantity. Each event names the dictionary rule that fired.
import type { Doc, Mention, Modality } from '../doc/types.js';
import type { CameoCode, Frame, Lexicon, VerbEntry } from '../dictionaries/lexicon.js';
import type { PlaceMention } from '../actors/match.js';
import type { Focus } from '../places/focus.js';
import type { MentionWithGroup } from '../actors/coref.js';
import { mentionEnds, type VerbGroup } from './verb-groups.js';
import type { PatternMatch } from './patterns.js';
import { contextModality, groupModality, noSignBefore, stronger } from './modality.js';
import { attributionOf, reporterAct, reporterOf } from './act-attribution.js';
import { Sentence, type DocContext } from './sentence.js';
import { scanSubject, subjectOf } from './subjects.js';
import { bestMatch, earlierPatternTaking, entriesFor, mapFamily } from './verb-match.js';
import { buildChain, type Chain, type Link } from './chains.js';
import { eventPlace, eventQuantity, eventTime, placeRef } from './describe.js';
import { EventSink } from './emit.js';
import { codeNominals } from './nominals.js';
import { warnsOfFact, warnsAgainst } from './warnings.js';
import { actAntecedent } from './act-antecedent.js';
import { complementVerbs, inOtherClause, objectClauseVerbs, passiveArgs, wordAgent } from './tree.js';
import { appositiveObject, causeDoer, namedAddressee, relativeDoer, sharedObject, whereAntecedent, isGoBetween, whereDone } from './tree-match.js';
import { carriedTarget } from './carried-target.js';
import { compoundVenue } from './compound-venue.js';
import { aloneTargets, defaultTargets, mainClauseTarget, seatAsPlace, targetsNotSelf } from './default-targets.js';
import { opponentsPlaced, victimsPlaced } from './placing.js';
import { governorModality, hearsayModality, inPurpose, notRuledOut, openComplement, promisedClause } from './governor.js';
import { explain, note } from './explain.js';
import { aimOfCodedProtest, casualtiesOfCodedAttack, restatedAct, tollOfNominalFight } from './same-act.js';
import { discarded } from './discards.js';
import { eachOther } from './reciprocal.js';
import { unnamedAuthority } from './unnamed-authority.js';
import { attackerOf, crowdTarget, FORCE_CODE, jointExercise, labourStrike, meansCode, meansOf, peacekeepingVisit, stateWhere, holderReleasing } from './means.js';
import { PURSUIT_NOUNS } from '../lang/en/words.js';
import { contentGerund, headRoles, lastChain, sameRole, type Role } from './head-role.js';

/** Code every body sentence of the document into doc.events. */
export function codeEvents(doc: Doc, lex: Lexicon, places: PlaceMention[], focus: Focus | null = null): void {
  const toks = doc.tokens;
  const cx: DocContext = {
    doc, lex, places, covered: new Int32Array(toks.length).fill(-1), mentionStart: new Map(), placeStart: new Map(),
    mentionEnds: mentionEnds(doc.mentions), paragraphTime: null, storyTime: null, focus,
  };
  doc.mentions.forEach((m, i) => {
    if (!cx.mentionStart.has(m.tokens[0])) cx.mentionStart.set(m.tokens[0], m);
    for (let t = m.tokens[0]; t < m.tokens[1]; t++) cx.covered[t] = i;
  });
  for (const p of places) cx.placeStart.set(p.tokens[0], p);
  // a story-level discard phrase (sports, weather) anywhere: nothing in the document is coded
  if (lex.discards.length && discarded(toks, 0, toks.length, lex.discards, 'story')) { doc.events = []; note(doc, 0, 'dropped', 'events.discard-story', 'a story-level discard phrase: nothing in the document is coded'); return; }
  const sink = new EventSink(doc, lex);
  let lastEnd = 0;
  for (const s of doc.sentences) {
    if (doc.clean.slice(lastEnd, s.start).includes('\n\n')) cx.paragraphTime = null; // a new paragraph
    lastEnd = s.end;
    if (s.kind !== 'body') continue;
    if (lex.discards.length && discarded(toks, s.tokens[0], s.tokens[1], lex.discards, 'sentence')) { note(doc, s.i, 'dropped', 'events.discard', 'a discard phrase: the sentence is not coded'); continue; }
    // every event needs an actor named in its sentence (or a place standing for one): a sentence
    // with neither is not read further
    if (!hasActorOrPlace(cx, s.tokens[0], s.tokens[1])) { note(doc, s.i, 'dropped', 'events.no-actor', 'no actor or place named: not read further'); continue; }
    const sx = new Sentence(cx, s);
    const used = new Set<number>();
    for (const v of sx.verbs) {
      // (a word another verb's pattern took is part of that act: "asked Japan for help")
      if (used.has(v) || sx.consumed.has(v) || sx.patternWords.has(v)) continue;
      const chain = buildChain(sx, lex, v);
      for (const l of chain.links) used.add(l.g.head);
      codeChain(sx, sink, chain);
    }
    codeNominals(sx, sink);
  }
  doc.events = sink.events;
}

function hasActorOrPlace(cx: DocContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (cx.covered[k] >= 0 || cx.placeStart.has(k)) return true;
  return false;
}

/**
 * The head's role, and its act where it was picked to decide the role. Whether the head is an open
 * complement may need the parse, which costs more than the rest: it is asked only where the role
 * turns on it, and in a sentence with no other verb, or in its last chain with no event noun
 * (where skipping leaves nothing behind that is read again: head-role.ts lastChain), only once the
 * chain is known to have an act either way (with --explain as before, so that the notes say which
 * rule dropped it).
 */
function roleOf(sx: Sentence, chain: Chain): { role: Role; act?: Act | null } {
  const head = chain.links[0].g;
  const { closed, opened } = headRoles(sx, head);
  if (sameRole(closed, opened)) return { role: closed };
  if ((sx.verbs.length === 1 || lastChain(sx, chain)) && !sx.cx.doc.explain) {
    const act = pickAction(sx, chain, opened.intentNoun);
    const reports = chain.links.some((l) => sx.cx.lex.reportVerbs.has(l.g.lemma));
    if (!act || (act.action === null && act.familyFrame === null && reports)) return { role: closed, act: null };
    return { role: openComplement(sx, head) ? opened : closed, act };
  }
  return { role: openComplement(sx, head) ? opened : closed };
}

/** What the steps of one chain decide, in order: the act, its modality and code, its actors. */
interface Act {
  chain: Chain; head: VerbGroup;
  action: { link: Link; match: PatternMatch } | null; actionAt: number;
  familyFrame: Frame | null; weak: VerbEntry | undefined; petrarch: boolean; obliged: boolean; intended: boolean;
  modality: Modality; code: string; rule: string; actorIntent: boolean;
  /** the target's act back on the source, when the coder (not the entry) decides it */
  back?: string;
}

/** Code one chain of verbs: pick the act, its code and modality, then its actors, and emit. */
function codeChain(sx: Sentence, sink: EventSink, chain: Chain): void {
  const head = chain.links[0].g;
  const { role, act: picked } = roleOf(sx, chain);
  if (picked === null) return; // (no act either way, in a sentence with no other verb: see roleOf)
  if (role.content) sx.contentGerunds.add(head.head);
  const why = (rule: string, text: string) => explain(sx, 'dropped', rule, text, head.head);
  // ("to help the army oust the rebels": what the purpose's verb governs is part of the purpose)
  if (role.skip) for (const c of complementVerbs(sx, head.head, 'xcomp')) sx.consumed.add(c);
  if (role.skip && !head.participle) sx.purposes.add(head.head);
  if (!role.skip && inPurpose(sx, head.head)) return why('events.purpose', `"${sx.toks[head.head].text}" is inside a clause of purpose, not an act`);
  if (role.skip) return why('events.purpose', `"${sx.toks[head.first - 1]?.text ?? ''} ${sx.toks[head.head].text}" states a purpose or the content of another act, not an act`);
  const act = picked ?? pickAction(sx, chain, role.intentNoun);
  if (noSignBefore(sx.toks, sx.a, head.head)) return why('events.no-sign', `"${sx.toks[head.head].text}" follows "no sign" or "no indication": the absence of a sign reports no act`);
  if (notRuledOut(sx, chain.links)) return why('events.not-ruled-out', `"${sx.toks[head.head].text} ... out" is negated: nothing was rejected, its complement stays possible`);
  const reports = chain.links.some((l) => sx.cx.lex.reportVerbs.has(l.g.lemma));
  if ((!act || (act.action === null && act.familyFrame === null)) && reports) return why('events.report', `"${sx.toks[head.head].text}" reports speech; no act of its own`);
  if (act && promiseOnly(act) && promisedClause(sx, head.head)) return why('events.promised-clause', `"${sx.toks[head.head].text} that ...": the clause says what is promised and is coded on its own`);
  if (!act) return why('events.no-entry', `no verb entry or frame codes "${sx.toks[head.head].text}"${chain.links.length > 1 ? ` or its complements` : ''}`);
  decideCode(sx, act);
  const actAt = (act.action?.link.g ?? head).head;
  const means = FORCE_CODE.test(act.code) ? meansOf(sx, actAt) : null;
  const precise = meansCode(act.code, means);
  if (precise !== act.code) { act.code = precise; act.rule = `${act.rule}+means:${means!.word}`; }
  const deployed = peacekeepingVisit(sx, actAt, act.code);
  if (deployed) { act.code = deployed.code; act.back = deployed.back; act.rule = `${act.rule}+peacekeepers`; }
  let cam = sx.cx.lex.cameo.get(act.code);
  if (!cam) return why('events.unknown-code', `code ${act.code} is not in the CAMEO table`);
  const actors = findActors(sx, act);
  if (actors.targets.length === 0 && actors.sources?.length) actors.targets = actAntecedent(sx, sink, actAt, act.code, actors.sources);
  // "a roadside bomb killed ...": nobody named behind the means; it acted where it struck
  if (!actors.sources?.length && means) { const x = attackerOf(sx, actAt, means); if (x) actors.sources = [x]; }
  if (!actors.sources || actors.sources.length === 0) return why('events.no-source', `no actor found as the subject of "${sx.toks[(act.action?.link.g ?? head).head].text}"`);
  // (words an act that found no actor matched stay free for a nominal event: "Japan's apology was accepted")
  if (act.action) for (const k of act.action.match.consumed) { sx.patternWords.add(k); if (contentGerund(sx, k)) sx.contentGerunds.add(k); }
  const joint = act.action ? jointExercise(sx, act.code, act.action.match.consumed, actors.sources, actors.targets) ?? labourStrike(sx, act.code, act.action.match.consumed, actors.sources) : null;
  if (joint) { act.code = joint; act.rule = `${act.rule}+${joint === '143' ? 'labour' : 'joint'}`; cam = sx.cx.lex.cameo.get(joint) ?? cam; }
  if (casualtiesOfCodedAttack(sx, sink, head, act.code, actors.sources)) return why('events.same-act', `", ${sx.toks[head.head].text} ..." tells the toll of an attack already coded in its sentence`);
  if (tollOfNominalFight(sx, actAt, act.code)) return why('events.same-act', `"${sx.toks[actAt].text}" tells the toll of the fighting its subject names, coded as a nominal`);
  if (restatedAct(sx, actAt, act.action?.match.entry)) return why('events.restated-act', `"${sx.toks[actAt].text}" restates the act its object names, coded as a nominal`);
  // (an obligation is said by the verb that reports it: "rallied, saying he must resign")
  const said = act.obliged ? sx.reportVerbBefore(head.head) : undefined;
  if (aimOfCodedProtest(sx, sink, said !== undefined ? sx.groups.get(said)! : head, act.code, act.obliged, said !== undefined ? subjectOf(sx, said) ?? [] : actors.sources)) return why('events.protest-aim', `"${sx.toks[head.head].text} ..." says what a protest coded in its sentence demands`);
  if (act.obliged) { codeObligation(sx, sink, { head, action: act.action, code: act.code, rule: act.rule, sources: actors.sources }); return; }
  emitAct(sx, sink, act, cam, actors.sources, actors.targets, actors.selfMutual);
  // "demanded that the US cancel its plans", "demanded an admission that X murdered ...": what is
  // demanded or asked for has not happened (or is only to be admitted)
  if (/^(02|10)/.test(act.code)) for (const c of [...complementVerbs(sx, actAt, 'ccomp'), ...objectClauseVerbs(sx, actAt)]) sx.consumed.add(c);
}

/** The act: the last link whose verb has an event entry that matches, or a frame that stands for one. */
function pickAction(sx: Sentence, chain: Chain, intentNoun: boolean): Act | null {
  const { toks, cx: { lex } } = sx;
  const { links } = chain;
  const head = links[0].g;
  let action: Act['action'] = null;
  for (let i = links.length - 1; i >= 0 && !action; i--) {
    const m = bestMatch(sx, lex, links[i].g);
    if (m) action = { link: links[i], match: m };
  }
  // ("would not bow to pressure from X": the "verb" an earlier plain verb's pattern names is its object)
  const taker = action ? earlierPatternTaking(sx, links, links.indexOf(action.link)) : -1;
  if (taker >= 0) action = { link: links[taker], match: bestMatch(sx, lex, links[taker].g)! };
  const actionAt = action ? links.indexOf(action.link) : links.length;
  // a complement verb we know but whose pattern did not match still says what kind of act it is
  const last = toks[links[links.length - 1].g.head];
  const weak = !action ? entriesFor(lex, last.lemma, last.lower).commonest : undefined;
  const familyFrame: Frame | null = links.find((l, i) => l.frames.some((f) => f.family) && (!action || actionAt > i))?.frames.find((f) => f.family) ?? null;
  // (a PETRARCH-style entry codes what its dictionary says: "should" is only a word its patterns may name)
  const petrarch = action?.match.entry.style === 'petrarch';
  // ("must agree to changes": an obligation put on the actor, not its promise)
  const obliged = (!familyFrame || familyFrame.kind === 'intent') && !petrarch && links.some((l) => l.g.modal === 'must' || l.g.modal === 'should');
  // a frame with nothing after it to code, or a plain verb with no entry: nothing to say
  if (!action && !familyFrame && !obliged) return null;
  if (!action && familyFrame?.kind === 'threat' && (warnsOfFact(sx, head.head) || warnsAgainst(toks, head.head))) return null;
  const intended = intentNoun && !PURSUIT_NOUNS.has(toks[head.first - 2].lemma);
  return { chain, head, action, actionAt, familyFrame, weak, petrarch, obliged, intended, modality: 'asserted', code: '', rule: '', actorIntent: false };
}

/** An act that is only a promise by its words: an intent frame with no act of its own, or a bare verb of intent ("promised"). */
const promiseOnly = (act: Act): boolean => act.action === null ? act.familyFrame?.kind === 'intent' : !act.action.match.entry.patterns && act.action.match.entry.code.startsWith('03');

/** Modality from auxiliaries, frames and cues; the code mapped into a family when intended, threatened, demanded, refused. */
function decideCode(sx: Sentence, act: Act): void {
  const { toks, a } = sx;
  const { lex } = sx.cx;
  const { chain: { links }, head, action, actionAt, familyFrame, weak } = act;
  // a frame verb that itself carries a hostile act ("committed genocide", "vowed revenge") is no promise of it
  const ownHostileAct = (i: number) => !!action && i === actionAt && action.match.entry.code.slice(0, 2) >= '11';
  let modality: Modality = contextModality(toks, a, head.head);
  const governed = stronger(governorModality(sx, head.head) ?? 'asserted', hearsayModality(sx, links, actionAt) ?? 'asserted');
  modality = stronger(modality, governed);
  if (act.intended) modality = stronger(modality, toks[head.first - 2].lemma === 'refusal' ? 'negated' : 'intended');
  for (let i = 0; i < links.length && i <= actionAt; i++) {
    modality = stronger(modality, groupModality(links[i].g, sx.conditional));
    if (!ownHostileAct(i)) for (const f of links[i].frames) if (f.modality && f.kind !== 'report') modality = stronger(modality, f.modality as Modality);
  }
  const futureNeg = modality === 'negated' && links.some((l) => l.g.modal === 'will' || l.g.modal === 'would');
  let code = action ? action.match.entry.code : familyFrame ? familyFrame.fallback! : '100';
  if (!action && familyFrame && weak && links.length > 1) {
    const fam = familyFrame.family === 'intent' && weak.code.slice(0, 2) >= '16' ? 'threat' : familyFrame.family!;
    code = mapFamily(lex, fam, weak.code.slice(0, 2)) ?? code;
  }
  // an act the actor itself intends ("will", "plans to", "is ready to"), not one a reporter merely
  // thinks possible ("may", "is expected to"): cooperative acts become expressed intent (03),
  // hostile ones threats (13)
  const actorIntent = act.intended || links.some((l, i) => i <= actionAt && (l.g.modal === 'will' || l.g.modal === 'would' || l.g.modal === 'shall' || (!ownHostileAct(i) && l.frames.some((f) => f.kind === 'intent' && (f.modality === 'intended' || f.modality === 'possible')))));
  if (familyFrame && action) {
    // vowing to protest or fight is a threat; vowing to reject is that act, intended (1244, not 030)
    const root = code.slice(0, 2), intent = familyFrame.family === 'intent';
    const fam = intent && root >= '14' ? 'threat' : familyFrame.family!;
    code = mapFamily(lex, fam, code) ?? (fam !== familyFrame.family ? '130' : intent && root >= '10' ? code : familyFrame.fallback) ?? code;
  } else if (!familyFrame && action) {
    const root = code.slice(0, 2);
    if (futureNeg && root >= '03' && root <= '08') code = mapFamily(lex, 'refuse', code) ?? code;
    else if (actorIntent && modality !== 'negated' && root >= '04' && root <= '09') code = mapFamily(lex, 'intent', code) ?? code;
    else if (actorIntent && modality !== 'negated' && (root === '12' || root === '14' || (root >= '16' && root <= '20'))) code = mapFamily(lex, 'threat', code) ?? code;
  }
  if (familyFrame && familyFrame.kind !== 'intent' && familyFrame.kind !== 'modality') {
    // a threat, demand, appeal or refusal is the act; its own auxiliaries say whether it happened
    modality = stronger(contextModality(toks, a, head.head), groupModality(head, sx.conditional));
  }
  act.modality = modality;
  act.code = code;
  act.rule = action ? action.match.entry.id : familyFrame ? `frames:${familyFrame.id}` : 'frames:obligation';
  act.actorIntent = actorIntent;
}

/** Who acts on whom: the subject (or a passive's agent) and the target the pattern, the object or the clause names. */
function findActors(sx: Sentence, act: Act): { sources: Mention[] | null; targets: Mention[]; selfMutual: boolean } {
  const { toks } = sx;
  const { chain, head, action, actionAt, familyFrame, petrarch, code } = act;
  const actGroup = action ? action.link.g : head;
  let sources: Mention[] | null;
  let targets: Mention[] = action?.match.target ?? [];
  if (sx.isPassive(actGroup.head)) {
    const tree = passiveArgs(sx, actGroup.head);
    sources = tree?.agent.length ? tree.agent : wordAgent(sx, actGroup.head) ?? stateWhere(sx, actGroup.head, code) ?? holderReleasing(sx, actGroup.head, code);
    // a pattern's slot after a passive verb holds the agent ("was attacked by X"), not the target
    if (sources && targets.some((t) => sources!.some((x) => x === t || x.tokens[0] === t.tokens[0]))) targets = [];
    // the grammatical subject is the target; a national adjective will do ("a Syrian border
    // post"), or an actor inside its phrase ("a camp for Congolese refugees")
    const subj = subjectOf(sx, head.head) ?? scanSubject(sx, head.first - 1, 0, head.head, true) ?? (tree?.patient.length ? tree.patient : null);
    sources ??= unnamedAuthority(sx, actGroup.head, code, subj);
    // "rebels have been demobilized": with no agent, forces de-escalating are their own side's act
    if (!sources?.length && code.startsWith('087') && subj) { sources = subj; targets = targets.filter((t) => !subj.includes(t)); }
    else if (targets.length === 0 && subj) targets = subj;
  } else {
    sources = subjectOf(sx, head.head);
    // PETRARCH takes the subject phrase's actor even as a possessor: "Eriador's death toll has risen"
    if (!sources?.length && petrarch && /^(NOUN|ADJ)$/.test(toks[head.first - 1]?.pos ?? '')) sources = sx.possessorOf(head.first);
  }
  // a pattern that names the source ("$ * +", "% *") decides it
  if (action?.match.source?.length) sources = action.match.source;
  if (action?.match.entry.byReporter) return { ...reporterAct(sx, actGroup, sources), selfMutual: false };
  if (chain.controlled) {
    // "urged Iran to halt": Iran is the target; "spurred Trump to threaten": Trump acts
    if (familyFrame && (familyFrame.kind === 'demand' || familyFrame.kind === 'appeal')) targets = chain.controlled;
    // "urged Eriador to respond" coded on "urged" itself: Eriador is its object, not the actor
    else if (actionAt === 0) { if (targets.length === 0) targets = chain.controlled; }
    else sources = chain.controlled;
  }
  const frameLink = !action ? chain.links.find((l) => l.frames.includes(familyFrame!)) ?? chain.links[0] : null;
  if (targets.length === 0 && action && action.match.end > action.link.g.head + 1) {
    // "rejected a Senegalese peace plan": an actor named inside the matched words
    for (let k = action.link.g.head + 1; k < action.match.end && targets.length === 0; k++) {
      const m = sx.targetAt(k);
      if (m && m.country !== '---' && !(sources ?? []).some((x) => x === m || x.entity === m.entity)) targets = [m];
    }
  }
  // "demanded that the United States match ...": the demand is on the subject of the that-clause
  // (PETRARCH looks for the target in the whole verb phrase, that-clauses included)
  if (targets.length === 0 && (code.startsWith('10') || code.startsWith('02') || familyFrame?.kind === 'demand' || familyFrame?.kind === 'appeal' || petrarch)) {
    const t = sx.thatClauseSubject(action?.match.end ?? head.head + 1);
    if (t) targets = t;
  }
  if (targets.length === 0 && !actGroup.passive) targets = sharedObject(sx, actGroup.head);
  if (targets.length === 0 && !actGroup.passive) targets = appositiveObject(sx, actGroup.head);
  if (targets.length === 0 && !actGroup.passive && /^(05|11|12|14)/.test(code)) targets = relativeDoer(sx, actGroup.head);
  if (targets.length === 0 && /^1[1-4]/.test(code)) targets = causeDoer(sx, chain.links.map((l) => l.g.head)).filter((m) => !sources?.includes(m));
  if (targets.length === 0 && FORCE_CODE.test(code)) targets = whereAntecedent(sx, actGroup.head);
  if (targets.length === 0) targets = sx.firstActorAfter(action?.match.end ?? (frameLink?.g ?? actGroup).head + 1, sources).filter((m) => !isGoBetween(sx, actGroup.head, m) && !compoundVenue(sx, m, sources, act.intended ? '030' : code));
  // "Gondor and Osgiliath have delayed their meeting": a compound acting on itself
  const selfMutual = targets.length === 0 && (sources?.length ?? 0) >= 2 && (sx.selfReferenceAfter(actGroup.head + 1, sources) || eachOther(sx, actGroup.head + 1));
  if (targets.length === 0 && petrarch && !selfMutual) targets = sx.anyActorAfter(action!.link.g.head + 1, sources);
  if (targets.length === 0 && head.participle) targets = mainClauseTarget(sx, head.head);
  // (PETRARCH finds targets in the verb phrase only)
  if (targets.length === 0 && !petrarch && (!action || action.match.entry.code < '04' || (familyFrame && familyFrame.kind !== 'intent')) && !namedAddressee(sx, frameLink?.g.head ?? actGroup.head)) {
    // ("expressed concern, while Washington reaffirmed its commitments to Manila": neither is addressed)
    const own = frameLink?.g.head ?? actGroup.head;
    const reporters = reporterOf(sx, own) ?? [];
    targets = sx.nearestOther(own, sources, (m) => inOtherClause(sx, m, own) || isGoBetween(sx, own, m) || whereDone(sx, m) || reporters.some((r) => r.tokens[0] === m.tokens[0]));
  }
  return { sources, targets: petrarch ? targets : carriedTarget(sx, actGroup.head, sources, targets), selfMutual };
}

/** The event's words, time, place and quantity, its pairs of actors, and the events themselves. */
function emitAct(sx: Sentence, sink: EventSink, act: Act, cam: CameoCode, sourcesIn: Mention[], targetsIn: Mention[], selfMutual: boolean): void {
  const { toks, a, b, cx } = sx;
  const { head, action, code, rule, modality, petrarch } = act;
  const fromGroup = sourcesIn.some((m) => (m as MentionWithGroup).group);
  // group anaphors ("the two", "they") stand for their members
  const sources = sourcesIn.flatMap((m) => (m as MentionWithGroup).group ?? [m]);
  let targets = targetsIn.flatMap((m) => (m as MentionWithGroup).group ?? [m]);
  const trig = action ? action.link.g : (act.chain.links.find((l) => l.frames.includes(act.familyFrame!)) ?? act.chain.links[0]).g;
  let triggerEnd = trig.head + 1;
  if (action) { triggerEnd = Math.max(triggerEnd, trig.head + action.match.entry.words.length); for (const x of action.match.consumed) triggerEnd = Math.max(triggerEnd, x + 1); }
  const spanStart = Math.min(head.first, ...sources.map((m) => m.tokens[0]).filter((x) => x >= a));
  const lastTok = Math.max(triggerEnd, ...targets.map((m) => m.tokens[1]).filter((x) => x <= b)) - 1;
  const span: [number, number] = [toks[Math.max(a, spanStart)].start, toks[Math.min(b - 1, lastTok)].end];
  const trigger = { text: cx.doc.text.slice(toks[trig.first].start, toks[triggerEnd - 1].end), span: [toks[trig.first].start, toks[triggerEnd - 1].end] as [number, number] };
  const attribution = attributionOf(sx, head.head, sources);
  const when = eventTime(sx, trig, act.actorIntent || modality === 'intended');
  // a capital hit by force is a place in its country, not its government ("shelled Kyiv"); a
  // capital that speaks or protests stays the government ("Moscow said")
  if (/^(15|18|19|20)/.test(cam.root)) targets = victimsPlaced(sx, sources, targets.map((t) => seatAsPlace(sx, t)));
  if (/^(17|18|19|20)/.test(cam.root)) targets = opponentsPlaced(sources, targets);
  // no place said with a preposition: a place that is the target is where it happened ("shelled Kharkiv")
  const targetPlace = targets.map((t) => t.kind === 'place' ? cx.placeStart.get(t.tokens[0]) : undefined).find((p) => p && p.place.kind !== 'country');
  const where = eventPlace(sx, trig.head) ?? (targetPlace ? placeRef(targetPlace) : null);
  const quantity = eventQuantity(sx, trig.head);
  const notSelf = targetsNotSelf(sx, cam.code, sources, targets); // (the source again, or its own envoy recalled, is no target)
  if (!notSelf) return explain(sx, 'dropped', 'events.own-envoy', `a state's own envoy recalled, and no other state named ("${trigger.text}")`, trig.head);
  targets = notSelf;
  // Dyad's own conventions for acts with no target named; PETRARCH's dictionaries have none
  // a reciprocal act (its entry's back act is the act itself: "clashed", "exchanged fire",
  // "swapped prisoners") by a compound subject with no one else named: each member on each other one
  const entry = action?.match.entry;
  // an entry whose back act is the act itself: what one side does, the other does too
  const selfBack = !!entry && entry.back === entry.code;
  const reciprocal = selfBack && entry!.forward && new Set(sources.map((m) => m.entity)).size > 1;
  // (a strike the coder read as a labour strike, "workers began a strike", follows its new root)
  const entryCode = action && !rule.endsWith('+labour') ? action.match.entry.code : cam.code;
  if (!petrarch && !(reciprocal && targets.length === 0)) targets = aloneTargets(cam.code, sources, targets, (kept) => defaultTargets(sx, entryCode, where, sources, kept));
  if (targets.length === 0 && action) targets = crowdTarget(sx, cam.code, action.match.consumed, sources);
  const pairs = actorPairs(sources, targets, cam.code, fromGroup, !!action?.match.mutual || selfMutual || reciprocal);
  // a meeting, visit or talks, or a mutual act of cooperation ("restored relations", "swapped
  // prisoners"), with no other party named is no event between actors
  const mutualEntry = selfBack && cam.root >= '03' && cam.root <= '08';
  if ((cam.root === '04' || mutualEntry) && pairs.every(([, t]) => !t)) return explain(sx, 'dropped', 'events.no-party', `a meeting with no other party named ("${trigger.text}")`, trig.head);
  if (pairs.length === 0) return explain(sx, 'dropped', 'events.no-pair', `no source and target left to pair ("${trigger.text}")`, trig.head);
  const confidence = Math.round(100 * (0.6 + (action && action.match.literal > 0 ? 0.25 : 0.1))) / 100;
  const emitPair = (src: Mention, tgt: Mention | null, c: string) => sink.emit({ sentence: sx.span.i, span, trigger, src, tgt, code: c, modality, attribution, when, where, quantity, rule, confidence: src.kind === 'pronoun' ? confidence - 0.1 : confidence });
  if (!entry || entry.forward) for (const [src, tgt] of pairs) emitPair(src, tgt, code);
  // "[032:033]": the target does the second act to the source ("left for Minas Tirith": visit, host)
  // (an act that is its own back act, "signed a deal with", is the target's too only when it is
  // said to have happened: "X will / may / refused to sign a deal with Y" is X's stance, not Y's;
  // a PETRARCH-style entry codes what its dictionary says)
  const stance = !petrarch && (code !== entry?.code || modality === 'intended' || modality === 'possible' || modality === 'negated');
  const back = act.back ?? (entry ? (entry.forward ? (selfBack && stance ? null : entry.back) : code) : null);
  if (back) for (const [src, tgt] of pairs) if (tgt) emitPair(tgt, src, back);
}

/** Source-target pairs: each source on each target, or mutual acts both ways ("the two met", "Iran and Iraq agreed"). */
function actorPairs(sources: Mention[], targets: Mention[], code: string, fromGroup: boolean, compoundOnItself: boolean): [Mention, Mention | null][] {
  const pairs: [Mention, Mention | null][] = [];
  const root = code.slice(0, 2);
  // (mediators do not mediate between themselves: "Norway and Qatar mediated the talks")
  const mutual = targets.length === 0 && sources.length === 2 && sources[0].entity !== sources[1].entity && (fromGroup || (root >= '03' && root <= '06')) && code !== '045';
  if (compoundOnItself && targets.length === 0) {
    // a compound actor acting on itself ("Arnor and Gondor agreed"): each member on each other one
    for (const x of sources) for (const y of sources) if (x !== y && x.entity !== y.entity) pairs.push([x, y]);
  } else if (mutual) pairs.push([sources[0], sources[1]], [sources[1], sources[0]]);
  else {
    // (the source's own words are never its target: "Hungary dropped its objections" read "its" as Hungary)
    for (const src of sources) {
      const ts = targets.filter((t) => t !== src && !(t.start === src.start && t.end === src.end && t.code === src.code) && t.entity !== src.entity && (t.code !== src.code || t.entity.startsWith('country:') || src.entity.startsWith('country:') || src.modifier || t.modifier));
      if (ts.length === 0) pairs.push([src, null]);
      for (const t of ts) pairs.push([src, t]);
    }
  }
  return pairs;
}

/** "X said Y must do Z": X demands it of Y; the act itself is only demanded, so it is not coded. */
function codeObligation(sx: Sentence, sink: EventSink, o: { head: VerbGroup; action: { match: PatternMatch } | null; code: string; rule: string; sources: Mention[] }): void {
  const { toks, a, b, groups, cx } = sx;
  const rv = sx.reportVerbBefore(o.head.head);
  const speakers = rv !== undefined ? subjectOf(sx, rv) : null;
  // with no one to say who demands it, there is nothing to code
  if (!speakers || !speakers.length || speakers.some((sp) => o.sources.includes(sp))) return;
  const demand = o.action ? mapFamily(cx.lex, 'demand', o.code) ?? '100' : '100';
  const rvg = groups.get(rv!)!;
  const span: [number, number] = [toks[Math.min(speakers[0].tokens[0], rvg.first)].start, toks[Math.min(b - 1, (o.action?.match.end ?? o.head.head + 1) - 1)].end];
  const rule = o.rule === 'frames:obligation' ? o.rule : `frames:obligation+${o.rule}`;
  for (const sp of speakers.flatMap((m) => (m as MentionWithGroup).group ?? [m])) for (const t of o.sources.flatMap((m) => (m as MentionWithGroup).group ?? [m])) {
    sink.emit({ sentence: sx.span.i, span, trigger: { text: toks[rvg.head].text, span: [toks[rvg.head].start, toks[rvg.head].end] }, src: sp, tgt: t, code: demand, modality: contextModality(toks, a, rv!), attribution: sx.att?.attribution ?? null, when: eventTime(sx, rvg), where: null, quantity: null, rule, confidence: 0.6 });
  }
}
