// English function words and word lists the events stage reads: in one place, so the coder's
// rules stay language-neutral and another language gives its own module.


export const PARTICLES = new Set(['on', 'upon', 'out']);

// nouns whose "to" infinitive states an aim of their possessor: "the United States' drive to isolate Russia"
export const INTENT_NOUNS = new Set(['plan', 'decision', 'bid', 'effort', 'attempt', 'drive', 'move', 'push', 'threat', 'offer', 'proposal', 'pledge', 'promise', 'vow', 'readiness', 'willingness', 'intention', 'campaign', 'determination', 'refusal', 'agreement', 'commitment']);

// ... of which these are efforts under way, reported as such, not intentions
export const PURSUIT_NOUNS = new Set(['drive', 'effort', 'campaign', 'bid', 'attempt', 'push', 'move']);

// "one of the few countries to recognize ...": an infinitival relative reports the act
export const RANKERS = new Set(['first', 'only', 'last', 'few', 'second', 'third', 'latest', 'sole']);

export const PLACE_PREPS = new Set(['in', 'at', 'near', 'into', 'to', 'across', 'inside', 'outside', 'from', 'over']);

export const PLACE_PREPS_BEFORE_THE = new Set(['in', 'at', 'near', 'into', 'to']);

export const APPROX = /^(about|nearly|almost|around|some|over|approximately|roughly)$/;

export const SCOPE_END = new Set(['as', 'after', 'because', 'when', 'while', 'although', 'since', 'but', 'before', 'whereas']);

// adverbs and nouns of hearsay; the adjective "alleged" qualifies its noun ("his alleged part"), not the act
export const ALLEGED = new Set(['allegedly', 'reportedly', 'allegation', 'allegations', 'purportedly', 'rumour', 'rumours', 'rumor', 'rumors', 'supposedly']);

// nouns of a sign whose absence reports nothing: "gave no sign that", "showed no indication of"
export const NO_SIGN_NOUNS = new Set(['sign', 'signs', 'indication', 'indications', 'hint', 'hints', 'signal', 'signals']);

export const BOUNDARY_WORDS = new Set(['that', 'which', 'who', 'whom', 'because', 'although', 'while', 'whereas', 'unless', 'if', 'after', 'before', 'when', 'since', 'until', 'once']);

export const LOCATIVE = /^(in|at|throughout|across|inside|near)$/;

// words that put a foreign party in the sentence: its country is not the official's
export const FOREIGN_PARTY = new Set(['counterpart', 'envoy', 'ambassador', 'embassy', 'visit', 'visiting', 'host', 'foreign', 'abroad', 'delegation', 'guest']);

// verbs of a visit: their subject is a guest where the story happens ("Macron arrived in Nairobi")
export const TRAVEL_VERBS = new Set(['arrive', 'visit', 'land', 'travel', 'fly', 'tour']);

// prepositions that put the actor after them inside a noun phrase, never a clause's subject
// ("a package of EU sanctions", "opposed to US sanctions"; not "after", "since", which open clauses)
export const NOUN_PHRASE_PREPS = new Set(['of', 'against', 'on', 'to', 'with', 'for', 'from', 'by', 'about', 'over', 'into', 'under']);

export const DIRECTION = new Set(['to', 'into', 'against', 'toward', 'towards', 'at', 'on', 'upon']);

// prepositions that name the side an act is aimed at ("sanctions against Nigeria", "a case versus Chile")
export const OPPOSING = new Set(['against', 'versus', 'vs', 'vs.']);

export const SUBORDINATE = new Set(['after', 'before', 'when', 'while', 'because', 'although', 'unless', 'if', 'since', 'until', 'whereas']);
/** Words that open a clause with a subject of its own: "where protesters clashed", "after police raided" */
export const CLAUSE_OPENERS = new Set([...SUBORDINATE, 'where']);

export const SUBORDINATORS = new Set(['because', 'although', 'though', 'while', 'whereas', 'unless', 'if', 'after', 'before', 'when', 'since', 'until', 'as']);

export const POSSESSIVE = /^(his|her|its|their)$/;

export const RELATIVES = /^(who|which|that)$/;

export const MODALS = new Set(['may', 'might', 'could', 'will', 'would', 'shall', 'should', 'must', 'can', 'wo', 'ca']);

export const NEG = new Set(['not', "n't", 'never', 'no']);

export const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);
/** Those and "that": every word that may open a relative clause. */
export const RELATIVE_WORDS = new Set([...RELATIVE, 'that']);

// verbs whose complement did not happen ("denied attacking"), and whose complement is only claimed ("claimed that")
export const DENIAL_VERBS = new Set(['deny']);
export const CLAIM_VERBS = new Set(['claim', 'allege']);
// verbs that exclude their complement ("ruled out sending troops"); negated, they leave it possible
export const EXCLUDE_VERBS = new Set(['rule', 'exclude']);
// verbs whose own refusal or failure negates the verb they govern ("refused to rule out")
export const NEGATING_GOVERNORS = new Set(['refuse', 'decline', 'fail']);
// passive hearsay before an infinitive: "is said / believed / reported to have attacked"
export const HEARSAY_PASSIVES = new Set(['say', 'believe', 'report', 'think', 'rumour', 'rumor', 'rumoured', 'rumored', 'allege', 'claim', 'understand', 'suspect', 'feel']);
// "is about to", "on the verge / brink / point of": the act is imminent, the actor intends it
export const IMMINENT_NOUNS = new Set(['verge', 'brink', 'point', 'cusp']);
// auxiliaries that open a yes/no question ("Will X attack?", "Is X planning to ...?")
export const QUESTION_OPENERS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'shall', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had']);
// nouns of a left-open option: "left open the possibility of sending troops"
export const OPTION_NOUNS = new Set(['possibility', 'option', 'prospect']);
// nouns of a held intention whose "of" gerund is the intended act: "has no intention of attacking"
export const INTENTION_NOUNS = new Set(['intention', 'intent', 'plan', 'plans']);
// the verbs that give an intention up (the act will not happen), and with them all whose object
// noun of intention is their subject's own: "denied plans to invade", "has no intention of" (not
// "rejected a plan to", someone else's; "announced plans to" is an entry of its own)
export const ABANDON_VERBS = new Set(['abandon', 'drop', 'shelve', 'scrap']);
export const HOLDER_VERBS = new Set(['have', ...DENIAL_VERBS, ...ABANDON_VERBS, ...EXCLUDE_VERBS]);

// a crowd fired on or dispersed: the people of the country where it happens, unless named otherwise
export const CROWD_WORDS = new Set(['protester', 'protesters', 'demonstrator', 'demonstrators', 'marcher', 'marchers', 'mourner', 'mourners', 'crowd', 'crowds', 'strikers', 'rioters', 'worshippers', 'worshipers']);

// participles of use between a doer and its weapons: "aircraft using guided missiles struck"
// verbs of going: after a thing ("a tanker travelling to Syria", "a convoy heading to Mariupol")
// the thing goes, not the subject of the clause it stands in
export const MOTION_VERBS = new Set(['travel', 'head', 'sail', 'go', 'fly', 'come', 'journey', 'move', 'drive', 'return', 'cross', 'enter', 'arrive', 'leave', 'approach', 'transit', 'steam', 'cruise']);
export const INSTRUMENT_PARTICIPLES = new Set(['using', 'carrying', 'firing', 'wielding', 'armed']);

// nouns whose "that" clause is what they say, not a relative clause: "demanded an admission that X killed Y"
export const CONTENT_NOUNS = new Set(['admission', 'acknowledgement', 'acknowledgment', 'assurance', 'guarantee', 'confirmation', 'proof', 'pledge', 'promise', 'commitment', 'declaration', 'statement']);

// verbs whose object does what the infinitive after it says ("spurred Trump to threaten", "forced
// the rebels to withdraw"), however a parse attaches the infinitive; after other verbs an
// infinitive the parse makes adverbial is a purpose of the subject ("summoned the envoy to protest")
export const OBJECT_CONTROL_VERBS = new Set(['ask', 'urge', 'spur', 'prompt', 'force', 'compel', 'oblige', 'persuade', 'convince', 'encourage', 'push', 'press', 'pressure', 'order', 'tell', 'invite', 'allow', 'permit', 'enable', 'lead', 'cause', 'drive', 'require', 'warn', 'advise', 'instruct', 'authorize', 'authorise', 'help', 'get', 'inspire', 'provoke', 'motivate', 'challenge', 'dare', 'beg', 'implore', 'request', 'direct', 'command', 'empower', 'mandate', 'trigger', 'call', 'appeal', 'exhort', 'entice', 'pressurize', 'pressurise', 'coerce', 'induce', 'incite', 'recruit', 'train', 'task', 'charge', 'commission', 'appoint', 'elect', 'nominate']);

// verbs of speech in the demand frame (frames.yaml) that command only through an object and an
// infinitive ("told police to release them"); with a clause they report ("told reporters that ...")
export const TO_INFINITIVE_COMMANDS = new Set(['tell']);

// verbs whose object is sent, engaged or set up to do what an infinitive after it says ("sent
// troops to help Syria", "hired mercenaries to attack"): the object acts, as after the verbs above;
// after any other verb an infinitive hung on an actor object is the subject's purpose ("summoned
// the envoy to protest", "called in the ambassador to lodge a protest")
export const DISPATCH_VERBS = new Set(['send', 'deploy', 'redeploy', 'dispatch', 'station', 'post', 'move', 'rush', 'fly', 'airlift', 'mobilize', 'mobilise', 'muster', 'rally', 'hire', 'employ', 'enlist', 'use', 'arm', 'equip', 'fund', 'finance', 'pay', 'bribe', 'name', 'choose', 'pick', 'select', 'designate', 'assign', 'contribute', 'provide', 'lend', 'need', 'want', 'expect', 'bring', 'assemble', 'gather', 'organize', 'organise', 'let', 'make', 'back', 'support']);

// plural nouns with no plural ending: "police said they arrested 12 people"
export const PLURAL_COLLECTIVES = new Set(['police', 'people', 'personnel']);

// the object of a relative clause
export const RELATIVE_OBJECTS = new Set(['that', 'which', 'who', 'whom']);

// The weapon or kind of attack named as the doer of a violent verb ("airstrikes killed", "a
// roadside bomb killed", "killed by an IED") says which kind of violence it was, where "kill" or
// "hit" alone says only that there was some. Matched, first match wins, against the doer's noun
// phrase (its compounds and adjectives, then its head word, lower case); values are CAMEO codes.
export const MEANS_OF_VIOLENCE: [RegExp, string][] = [
  [/\bsuicide\b/, '1831'],
  [/\b(car|truck|lorry|vehicle|van) ?-?bomb/, '1832'],
  [/\broadside\b|\bieds?\b|\bimprovised explosive/, '1833'],
  [/\b(air ?strikes?|air raids?|airstrikes?|drones?|missiles?|rockets?|warplanes?|jets?|aircraft|helicopters?|gunships?)$/, '195'],
  [/\b(shells?|shelling|artillery|mortars?|tanks?|howitzers?|shellfire)$/, '194'],
  [/\b(gunfire|gunmen|gunman|snipers?|bullets?|shooting)$/, '193'],
  [/\b(bombs?|bombings?|blasts?|explosions?|explosives?|grenades?|landmines?|mines?|devices?)$/, '183'],
];

// weapons and the craft that carry them, which the actor dictionaries make military actors
// ("missiles" is MIL): fired, launched, tested, dropped or deployed they are the doer's
// instruments, never its target ("fired two missiles into the sea", "deployed missiles in Belarus")
export const WEAPON_NOUNS = new Set(['missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'uav', 'uavs', 'shell', 'shells', 'bomb', 'bombs', 'mortar', 'mortars', 'artillery', 'munitions', 'warhead', 'warheads', 'projectile', 'projectiles', 'torpedo', 'torpedoes', 'grenade', 'grenades', 'icbm', 'icbms', 'interceptor', 'interceptors', 'howitzer', 'howitzers', 'battery', 'batteries', 'tank', 'tanks', 'warship', 'warships', 'warplane', 'warplanes', 'jet', 'jets', 'bomber', 'bombers', 'aircraft', 'helicopter', 'helicopters', 'gunship', 'gunships', 'submarine', 'submarines']);
// verbs that set a weapon on its way or in place (their object is the instrument); not "shoot"
// ("shot down Russian drones": the drones are hit)
export const WEAPON_VERBS = new Set(['fire', 'launch', 'test', 'test-fire', 'drop', 'deploy', 'redeploy', 'station', 'position', 'lob', 'hurl', 'unleash', 'rain', 'use', 'move', 'send', 'mass', 'amass', 'fly', 'aim', 'direct', 'scramble', 'dispatch', 'despatch']);
// verbs that put an actor's own forces on the move or on alert ("scrambled jets", "is sending troops
// to Belarus", "mobilised reservists"): their bare object is the doer's instrument, not its target
export const FORCE_VERBS = new Set(['deploy', 'redeploy', 'send', 'dispatch', 'despatch', 'scramble', 'mobilise', 'mobilize', 'station', 'position', 'mass', 'amass', 'move', 'rush', 'airlift', 'muster', 'use', 'withdraw', 'pull']);
// sectors of forces an actor sends (soldiers, police, fighters)
export const FORCE_SECTORS = new Set(['MIL', 'COP', 'REB']);

// "near the Cambodian border", "off the Yemeni coast": a national adjective on a boundary noun
// after a preposition of position says where something happened, not to whom
export const BOUNDARY_NOUNS = new Set(['border', 'borders', 'frontier', 'frontiers', 'boundary', 'coast', 'coastline', 'shore', 'shores', 'waters', 'side']);
export const POSITION_PREPS = new Set(['near', 'on', 'along', 'at', 'by', 'off', 'alongside', 'beside', 'across', 'astride', 'close', 'from']);

// the doer's words that make an arrival a peacekeeping deployment ("UN peacekeeping troops arrived in ...")
export const PEACEKEEPERS = /\bpeace-?keep|\bblue helmets\b/;

// wire copy puts the day between a verb and its particle ("called Thursday on", "called on Monday
// for", "met again with"): these are skipped there, and "on" before a weekday is no particle
// the days of the week from Sunday (time.ts counts days by this order)
export const WEEKDAY_LIST = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const WEEKDAYS = new Set(WEEKDAY_LIST);
export const MONTH_LIST = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Month and day names: a date's words, whatever small towns share them ("in March", "on Sunday"). */
export const CALENDAR_WORDS = new Set([...MONTH_LIST, ...WEEKDAY_LIST]);
// particles a phrasal verb's object may come before: "handed the suspects over", "called the strike off"
export const SPLIT_PARTICLES = new Set(['out', 'over', 'back', 'off', 'down', 'up', 'away', 'aside']);
export const PARTICLE_GAP_WORDS = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight', 'again', 'also', 'publicly', 'formally', 'repeatedly', 'jointly', 'once']);

// the words of a show of force that make it an exercise: held by two states together, it is joint
export const EXERCISE_WORDS = new Set(['exercise', 'exercises', 'drill', 'drills', 'manoeuvre', 'manoeuvres', 'maneuver', 'maneuvers', 'game', 'games', 'wargame', 'wargames']);

// words that present their complement as hoped for or foreseen, not done: "expressed hope that
// the deal will lead to talks", "expects a ceasefire", "is expected to lead to talks"
export const PROSPECT_WORDS = new Set(['hope', 'expect', 'expectation', 'wish', 'anticipate', 'predict', 'foresee', 'envisage', 'envision', 'aspire', 'aspiration']);

// verbs whose object did not come about: "blocked a package of sanctions", "vetoed a resolution"
export const BLOCKING_VERBS = new Set(['block', 'veto', 'thwart', 'stall', 'derail', 'torpedo', 'prevent', 'obstruct', 'scupper', 'stymie']);

// auxiliaries that put a clause in the future or the possible: "will lead to talks"
export const PROSPECT_MODALS = new Set([...MODALS, "'ll"]);

// Combining forms of national names that only occur glued by a hyphen to another national word
// ("Franco-German", "Sino-Soviet", "Anglo-Irish"): each names a country, never a person; the
// form is read only before a hyphen and another national word ("Indo-Pacific" is no country)
export const NATIONAL_COMBINING_FORMS = new Map([
  ['franco', 'FRA'], ['sino', 'CHN'], ['anglo', 'GBR'], ['russo', 'RUS'], ['indo', 'IND'], ['italo', 'ITA'],
  ['greco', 'GRC'], ['austro', 'AUT'], ['turco', 'TUR'], ['germano', 'DEU'], ['hispano', 'ESP'], ['luso', 'PRT'],
  ['serbo', 'SRB'], ['irano', 'IRN'],
]);

// "Vietnamese-led forces", "NATO-commanded troops": the leader owns the group (a patron does not:
// "Russian-backed separatists" are not Russia's forces)
/**
 * What ", citing X" names when it gives the report's source, not a reason: a person or body that
 * told ("citing officials", "citing people familiar with ...") or what they wrote or said.
 */
export const INFORMATION_NOUNS = new Set(['source', 'sources', 'official', 'officials', 'people', 'person', 'witness', 'witnesses', 'resident', 'residents', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'diplomats', 'analyst', 'analysts', 'expert', 'experts', 'investigator', 'investigators', 'report', 'reports', 'statement', 'statements', 'data', 'figures', 'document', 'documents', 'memo', 'letter', 'filing', 'study', 'survey', 'estimate', 'estimates', 'tally', 'count', 'record', 'records', 'testimony', 'interview', 'footage', 'video', 'images', 'intelligence', 'media', 'newspaper', 'television', 'radio', 'agency', 'ministry', 'office', 'police', 'army', 'military', 'authorities', 'government', 'aide', 'aides', 'insider', 'insiders', 'tweet', 'post', 'findings', 'assessment', 'poll', 'polls']);
/** Words that make a country's name part of a body of water's ("the East China Sea", "the Gulf of Oman"). */
export const WATER_WORDS = new Set(['sea', 'seas', 'ocean', 'strait', 'straits', 'gulf', 'bay', 'channel']);
export const LEADING_PARTICIPLES = new Set(['led', 'commanded', 'headed']);

// words of leaving a place: "the withdrawal of troops from Kosovo" names where they leave, not
// whose troops they are ("troops from Chad" alone are Chad's)
export const LEAVING_WORDS = new Set(['withdraw', 'withdrawal', 'pullout', 'pull-out', 'pull', 'evacuate', 'evacuation', 'redeploy', 'redeployment', 'remove', 'removal', 'drawdown', 'retreat', 'expel', 'expulsion', 'oust', 'recall', 'repatriate', 'repatriation']);

export const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

// coordinators of more than one word that join two actors as "and" does: "the United States as
// well as Britain imposed sanctions" ("Chad along with Niger": the parse makes Niger Chad's
// modifier, so "along with" is not read here)
export const MULTIWORD_COORDINATORS: string[][] = [['as', 'well', 'as']];

// nouns that name a state itself ("his country", "their nation")
export const STATE_NOUNS = new Set(['country', 'nation', 'state']);
// and, after "the", one already named ("the country's east", "in the kingdom")
export const COUNTRY_NOUNS = new Set([...STATE_NOUNS, 'republic', 'kingdom']);

// verbs that say when an event named by their subject ran: "the invasion began in 2022", "the talks resumed on Monday"
export const ASPECT_VERBS = new Set(['begin', 'start', 'end', 'continue', 'resume', 'finish', 'conclude', 'stop', 'last', 'break', 'erupt', 'open', 'close']);

// verbs whose gerund object is the act they start or carry on ("will resume shelling", "began
// bombing"): the gerund joins their chain, so what governs them governs it ("stop shelling" is
// an act of its own, 087)
export const GERUND_ASPECT_VERBS = new Set(['begin', 'start', 'continue', 'resume', 'keep', 'restart', 'commence', 'recommence']);
// verbs whose object may be a gerund with its own object ("denied bombing civilians", "admitted
// beating protesters", "considered imposing sanctions"): the gerund is a verb, however the parse reads it
export const GERUND_OBJECT_VERBS = new Set(['deny', 'admit', 'acknowledge', 'confess', 'consider', 'contemplate', 'discuss', 'propose', 'suggest', 'recommend', 'risk', 'avoid', ...GERUND_ASPECT_VERBS]);

// "the two sides", "both countries": a pair named by what its members are (coreference)
export const PAIR_NOUNS = new Set(['sides', 'countries', 'nations', 'states', 'leaders', 'governments', 'parties', 'neighbours', 'neighbors', 'delegations', 'presidents', 'ministers', 'capitals', 'allies', 'rivals', 'men']);

// verbs of what two parties do to or with each other: "X and Y clashed" names X and Y as the
// parties that "the two sides" later means (coreference)
export const PARTY_VERBS = new Set(['clash', 'fight', 'battle', 'skirmish', 'agree', 'meet', 'talk', 'negotiate', 'sign', 'exchange', 'trade', 'swap', 'spar', 'reconcile', 'normalise', 'normalize', 'hold', 'resume', 'feud', 'quarrel', 'dispute']);

// "it is unclear whether", "it remains to be seen", "it is time to": verbs, words and the clause
// openers of an extraposed subject, an "it" that stands for no actor (coreference). The words are
// those that never describe a state or group itself: "it is ready to talk" is a state's own readiness
export const EXTRAPOSING_VERBS = new Set(['be', 'remain', 'seem', 'appear', 'become', 'look']);
export const EXTRAPOSITION_WORDS = new Set(['unclear', 'clear', 'known', 'unknown', 'uncertain', 'likely', 'unlikely', 'possible', 'impossible', 'probable', 'true', 'evident', 'obvious', 'apparent', 'understood', 'reported', 'believed', 'thought', 'said', 'feared', 'hoped', 'estimated', 'important', 'necessary', 'essential', 'vital', 'crucial', 'imperative', 'time', 'premature', 'early', 'doubtful', 'confirmed', 'unconfirmed', 'announced', 'alleged', 'claimed', 'expected', 'difficult', 'hard', 'easy', 'certain']);
// before "to" these words keep their subject ("it is likely to demand", "it is expected to vote"): a real "it"
export const RAISING_WORDS = new Set(['likely', 'unlikely', 'expected', 'certain', 'said', 'believed', 'thought', 'reported', 'understood', 'feared', 'alleged', 'claimed', 'known', 'estimated', 'hoped', 'confirmed', 'announced']);
export const EXTRAPOSED_CLAUSE_WORDS = new Set(['whether', 'if', 'that', 'to', 'who', 'what', 'when', 'where', 'why', 'how', 'which', 'whom', 'whose']);

// "the government", "the ministry": an institution, never the person last named, unlike "the minister" (coreference)
export const INSTITUTION_NOUNS = new Set(['government', 'governments', 'administration', 'cabinet', 'ministry', 'regime', 'authorities', 'parliament', 'legislature', 'senate', 'congress', 'council', 'junta', 'presidency', 'leadership', 'department', 'state', 'army', 'military', 'police']);

/** Particles and result words that follow a verb before its object ("shot down a drone", "shot dead a journalist"). */
export const VERB_RESULT_WORDS = new Set(['down', 'up', 'off', 'out', 'back', 'away', 'over', 'dead']);
/** Of those, the ones that make a past form before an object a verb whatever the parse says ("gunmen shot dead two soldiers"). */
export const VERBAL_RESULT_WORDS = new Set(['down', 'dead']);

/** Verbs by which a state's leaders command forces ("ordered the army to", "instructed police to"): a bare force they command is their own. */
export const COMMAND_VERBS = new Set(['order', 'command', 'instruct', 'direct', 'tell']);

// acts of speech: joined by ", and" after a reported clause they go on with the speaker ("The
// ministry said militants had fired on a post, and demanded that ...")
export const SPEECH_ACT_VERBS = new Set(['demand', 'urge', 'call', 'accuse', 'warn', 'vow', 'pledge', 'promise', 'threaten', 'deny', 'reject', 'condemn', 'insist', 'ask', 'appeal', 'add', 'blame', 'criticize', 'criticise', 'praise', 'welcome', 'announce', 'claim', 'declare', 'stress', 'note', 'say', 'tell', 'state', 'report', 'allege']);

/** Verbs of a third party that brings others together ("talks mediated by Qatar", "a truce brokered by Egypt"). */
export const GO_BETWEEN_VERBS = new Set(['mediate', 'broker', 'host', 'facilitate', 'sponsor', 'convene', 'chair', 'arrange', 'organize', 'organise']);

/** Verbs of knowing and finding that take a clause with no "that" ("knew rebels held the town"), besides those of speech and hearsay. */
export const KNOWING_VERBS = new Set(['know', 'fear', 'hope', 'show', 'find', 'see', 'hear', 'expect', 'confirm', 'suggest', 'learn', 'decide', 'agree', 'mean', 'ensure', 'acknowledge', 'admit', 'indicate', 'realize', 'realise', 'think', 'believe', 'suspect', 'feel', 'understand', 'argue', 'predict', 'estimate', 'assume', 'guess', 'doubt', 'recall', 'remember', 'reveal', 'prove', 'order', 'rule', 'demand']);

/**
 * Verbs by which a state's actor asks or empowers a force to act ("urged police to", "called on
 * the army to", "authorised the army to"): with no other country in sight, a bare force so
 * addressed is the speaker's own, as one commanded is.
 */
export const ADDRESS_VERBS = new Set(['ask', 'urge', 'call', 'appeal', 'press', 'implore', 'beg', 'request', 'exhort', 'encourage', 'authorize', 'authorise', 'empower', 'mandate']);

// where people are held: a release "from Israeli jails" is the holder's
export const CUSTODY_NOUNS = new Set(['jail', 'prison', 'custody', 'detention', 'captivity', 'camp', 'cell']);

// capitalised words that make a national adjective after them a region's ("Latin American",
// "West African", "Eastern European"); a country's own compound ("South Korean") is matched whole first
export const REGION_PREFIXES = new Set(['Latin', 'South', 'North', 'Central', 'East', 'West', 'Southeast', 'Southern', 'Northern', 'Eastern', 'Western', 'Sub-Saharan']);

// verbs whose passive subject is an event not yet held ("talks are scheduled for Monday")
export const SCHEDULING_VERBS = new Set(['plan', 'schedule', 'expect', 'set', 'slate', 'pencil']);

// prepositions a parser may take for a participle's marker ("a warrant for X, accusing him")
export const OBJECT_PREPOSITIONS = new Set(['for', 'against', 'on', 'with', 'to', 'at', 'of']);

// agent words that are adjectives too, and are so before another noun ("an official visit")
export const ADJECTIVE_AGENT_WORDS = new Set(['official']);

/** Verbs of warning that, right before "against", advise rather than threaten ("warned against a trade war") */
export const ADVICE_VERBS = new Set(['warn', 'caution']);

/** Pair nouns that name the opposing sides of a story ("both sides", "the two parties") */
export const SIDE_NOUNS = new Set(['sides', 'parties', 'rivals', 'foes', 'adversaries', 'belligerents']);

/** Verbs whose "of" or "for" gerund says what they are about, not an act of their own ("accused X of firing ...") */
export const CONTENT_VERBS = new Set(['accuse', 'blame', 'charge', 'suspect', 'criticize', 'criticise', 'condemn', 'denounce', 'fault', 'convict', 'indict', 'sentence', 'punish', 'praise', 'thank', 'apologize', 'apologise', 'commend', 'fine', 'sue']);

/** Words that make a group no state's own ("an international tribunal", "foreign fighters") */
export const NON_NATIONAL = new Set(['international', 'multinational', 'transnational', 'foreign', 'global']);

/** Small numbers written as words ("two weeks later") */
export const NUMBER_WORDS = new Map([['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12]]);

/** Pair nouns that name two states ("the two countries"): the story's two states, not its last two people */
export const STATE_PAIR_NOUNS = new Set(['countries', 'nations', 'states', 'governments', 'capitals']);

// lower-case words inside a capitalised name ("Ministry of Defence", "Office of the Director of
// National Intelligence", "Department of Foreign Affairs and Trade")
export const NAME_LINK_WORDS = new Set(['of', 'for', 'the', 'and']);

/** Lower-case heads that wire copy uses for a body named in full before ("the council" after "the UN Security Council"). */
export const BODY_NOUNS = new Set(['council', 'commission', 'tribunal', 'alliance', 'committee', 'organisation', 'organization', 'fund']);

/**
 * Nouns that name an organisation told before by what it is ("the agency", "the U.N. watchdog",
 * "the alliance", "the bloc"), each with the codes it can stand for; `named`: a body whose own
 * name ends in the noun ("International Atomic Energy Agency") fits too.
 */
export const ORG_DESCRIPTORS: ReadonlyMap<string, { codes: ReadonlySet<string>; named: boolean }> = new Map([
  ['agency', { codes: new Set(['IGOIAE']), named: true }],
  ['watchdog', { codes: new Set(['IGOIAE', 'IGOOPW', 'IGOFAT']), named: false }],
  ['alliance', { codes: new Set(['IGONAT', 'IGOCST', 'IGOAES']), named: true }],
  ['bloc', { codes: new Set(['IGOEUR', 'IGOASN', 'IGOAFU', 'IGOECO', 'IGOGCC', 'IGOSCO', 'IGOBRC', 'IGOMER', 'IGOSAD', 'IGOEAC', 'IGOCIS', 'IGOARL', 'IGOEAE', 'IGOAES', 'IGOCEL', 'IGOIGD', 'IGOSAR']), named: false }],
]);

// where a thing struck or seized is ("a school in Zaporizhzhia", "the base near Erbil")
export const THING_PLACE = new Set(['in', 'inside', 'near', 'across']);
// a gerund after these is an act of the clause's subject, not content ("expelled them after accusing them")
export const TIMED_GERUND = new Set(['after']);
// where two parties named together did what they did together ("resumed talks in Oman")
export const VENUE = new Set(['in', 'at']);
// nouns that name whatever act was told just before ("condemned the move", "welcomed the decision")
export const GENERIC_ACT_NOUNS = new Set(['decision', 'move', 'step']);
// a ruling military named by its word ("the junta") rather than its sector
export const JUNTA = /\bjunta\b/i;
// what befalls people or things with no doer: a warning of it is no threat ("warned that children could die")
export const HARM_VERBS = new Set(['die', 'starve', 'perish', 'suffer', 'collapse', 'spread', 'worsen', 'deteriorate', 'run', 'freeze', 'drown', 'flee', 'shut', 'close']);
// the public, the displaced and the like: harm said to befall them is no threat to them
export const PUBLIC_SECTORS = new Set(['CVL', 'REF', 'HLH', 'EDU', 'AGR', 'LAB', 'BUS', '']);
// words that open a clause telling what an act answers ("vowed to retaliate after Poland expelled ...")
export const CAUSE_MARKS = new Set(['after', 'because', 'since']);
