// Verb lemmas for word forms the tagger did not read as verbs ("looted", "retook", "shot"):
// regular endings undone, and the irregular past forms of verbs that report events.

const IRREGULAR: Record<string, string> = {
  took: 'take', taken: 'take', retook: 'retake', retaken: 'retake', overtook: 'overtake', undertook: 'undertake',
  shot: 'shoot', fought: 'fight', struck: 'strike', stricken: 'strike', hit: 'hit', held: 'hold', met: 'meet',
  sent: 'send', began: 'begin', begun: 'begin', led: 'lead', left: 'leave', broke: 'break', broken: 'break',
  brought: 'bring', won: 'win', sought: 'seek', forgave: 'forgive', forgiven: 'forgive', overran: 'overrun',
  withdrew: 'withdraw', withdrawn: 'withdraw', froze: 'freeze', frozen: 'freeze', stole: 'steal', stolen: 'steal',
  threw: 'throw', thrown: 'throw', overthrew: 'overthrow', overthrown: 'overthrow', beat: 'beat', beaten: 'beat',
  slew: 'slay', slain: 'slay', sank: 'sink', sunk: 'sink', spoke: 'speak', spoken: 'speak', told: 'tell',
  said: 'say', gave: 'give', given: 'give', drove: 'drive', driven: 'drive', rose: 'rise', fell: 'fall',
  flew: 'fly', flown: 'fly', swore: 'swear', sworn: 'swear', shook: 'shake', built: 'build', bought: 'buy',
  caught: 'catch', fled: 'flee', fed: 'feed', cut: 'cut', put: 'put', set: 'set', shut: 'shut', spread: 'spread',
  lost: 'lose', paid: 'pay', laid: 'lay', kept: 'keep', swept: 'sweep', dealt: 'deal', lent: 'lend', spent: 'spend',
  bound: 'bind', fired: 'fire', hung: 'hang', hanged: 'hang', bore: 'bear', borne: 'bear', tore: 'tear', torn: 'tear',
  wrote: 'write', written: 'write', chose: 'choose', chosen: 'choose', rode: 'ride', forbade: 'forbid', forbidden: 'forbid',
  upheld: 'uphold', withheld: 'withhold', overcame: 'overcome', became: 'become', came: 'come', went: 'go', gone: 'go',
  saw: 'see', seen: 'see', knew: 'know', known: 'know', made: 'make', found: 'find', stood: 'stand', understood: 'understand',
};

// (own keys only: "constructor" or "__proto__" are no irregular verbs)
const irregularOf = (lower: string): string | undefined => (Object.hasOwn(IRREGULAR, lower) ? IRREGULAR[lower] : undefined);

/** The verb lemmas a word form may have, most likely first ("looted" -> loot, loote; "retook" -> retake). */
export function verbLemmas(lower: string): string[] {
  const out: string[] = [];
  const irregular = irregularOf(lower);
  if (irregular) out.push(irregular);
  const stem = (s: string) => {
    out.push(s, s + 'e');
    // "bombed"/"shelled": a doubled final consonant undone ("shelled" -> shell keeps both forms)
    if (s.length > 3 && s[s.length - 1] === s[s.length - 2]) out.push(s.slice(0, -1));
  };
  if (lower.endsWith('ied')) out.push(lower.slice(0, -3) + 'y');
  else if (lower.endsWith('ed')) stem(lower.slice(0, -2));
  else if (lower.endsWith('ing')) stem(lower.slice(0, -3));
  else if (lower.endsWith('ies')) out.push(lower.slice(0, -3) + 'y');
  else if (lower.endsWith('es')) out.push(lower.slice(0, -2), lower.slice(0, -1));
  else if (lower.endsWith('s')) out.push(lower.slice(0, -1));
  return out;
}

/** Could the word be a verb form at all (an ending, or an irregular past)? */
export const verbLike = (lower: string): boolean => irregularOf(lower) !== undefined || lower.endsWith('s') || lower.endsWith('ed') || lower.endsWith('ing');

/** A past form, by ending or as an irregular past that is no present too ("retook", "shot"; not "hit", "cut"). */
export const pastForm = (lower: string): boolean => { const i = irregularOf(lower); return lower.endsWith('ed') || (i !== undefined && i !== lower); };
