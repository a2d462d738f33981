// The document contract: every stage reads and adds to one Doc. Spans are UTF-16 offsets
// into Doc.text, end exclusive; text.slice(start, end) is what a span claims.

export interface Span { start: number; end: number }

export type Pos = string; // Universal POS tags as wink-nlp gives them (NOUN, VERB, PROPN, ...)

export interface Token extends Span {
  i: number;
  text: string;
  lower: string;
  pos: Pos;
  lemma: string;
  sentence: number;
}

export interface Sentence extends Span {
  i: number;
  /** token index range [first, last+1) */
  tokens: [number, number];
  /** headlines and sub-heads restate the body; they are kept but not coded */
  kind: 'body' | 'headline';
}

export type ActorKind = 'country' | 'person' | 'organization' | 'agent' | 'place' | 'pronoun';

/** An actor as it appears in events and in Doc.actors. */
export interface Actor {
  code: string;
  country: string;
  sector: string;
  name: string;
  text: string;
  span: [number, number];
  /** how its country or identity was found when its words do not say: dateline, document, antecedent */
  evidence?: string;
}

/** A matched actor phrase in the text, before and after coreference. */
export interface Mention extends Span {
  code: string;       // CAMEO-style actor code, country first ("PRKGOV")
  country: string;
  sector: string;
  name: string;       // canonical name of the entity resolved to
  entity: string;     // dictionary entry id
  kind: ActorKind;
  tokens: [number, number];
  rule: string;
  /** adjective use ("Russian troops") rather than a noun phrase */
  modifier?: boolean;
  /** resolved through coreference: the words it resolved to */
  resolvedFrom?: string;
  /** how its country or identity was found when the phrase does not say (context, antecedent) */
  evidence?: string;
}

export type Modality = 'asserted' | 'intended' | 'possible' | 'alleged' | 'hypothetical' | 'negated';
export const MODALITIES: readonly Modality[] = ['asserted', 'intended', 'possible', 'alleged', 'hypothetical', 'negated'];

export interface Attribution { source: string; kind: 'media' | 'official' | 'person' | 'organization' | 'unknown'; text: string; span: [number, number]; via?: string }
export interface TimeRef { date: string; precision: 'year' | 'month' | 'day'; text: string; historical: boolean; span?: [number, number] }
/**
 * `kind`: what the gazetteer says the place is (capital, city, town, region, country, sea, area).
 * `precision`: GDELT/ACLED-style, how exact the point is; `adm1`: the first-level division
 * (GeoNames key, ISO 3166 alpha-2 + admin1 code: "UA.07"); `division`: its name when known;
 * `why`: how the place was chosen among namesakes.
 */
export interface PlaceRef {
  name: string; country: string | null; lat: number; lon: number; text: string; span: [number, number]; kind?: string;
  precision?: 'country' | 'adm1' | 'town' | 'area'; adm1?: string | null; division?: string | null; why?: string; geonames?: number;
}
export interface Quantity { value: number; unit: string; text: string; span: [number, number] }

export interface Event {
  id: string;
  doc: string;
  sentence: number;
  span: [number, number];
  trigger: { text: string; span: [number, number] };
  source: Actor | null;
  target: Actor | null;
  cameo: string;
  root: string;
  quad: number;
  goldstein: number;
  label: string;
  plover: { event: string; mode?: string; context?: string };
  modality: Modality;
  attribution: Attribution | null;
  when: TimeRef | null;
  where: PlaceRef | null;
  quantity: Quantity | null;
  rule: string;
  confidence: number;
}

export interface Removed { span: [number, number]; why: string; text: string }
export interface Quote { text: string; speaker: Actor | null; span: [number, number] }
export interface Message { severity: 'info' | 'warning' | 'error'; text: string; rule?: string; place?: [number, number] }

/** Input record (EVENT-SCHEMA.md). */
export interface InputRecord {
  id?: string;
  text?: string;
  html?: string;
  date?: string;
  url?: string;
  title?: string;
  outlet?: string;
}

export interface Doc {
  id: string;
  title: string | null;
  date: string;          // YYYY-MM-DD anchor
  dateGiven: boolean;
  url: string | null;
  outlet: string | null;
  text: string;          // the text that spans point into
  /** text with page furniture blanked out (same length, same offsets) */
  clean: string;
  removed: Removed[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  /** every place named, from the dictionaries and the gazetteer, with why it was chosen */
  places?: PlaceRef[];
  events: Event[];
  quotes: Quote[];
  messages: Message[];
  /** actor and place phrases of the dictionaries and the gazetteer (stages actors, places) */
  placeMentions?: import('../actors/match.js').PlaceMention[];
  /** the dateline and the country the document is about (stage places) */
  focus?: import('../places/focus.js').Focus | null;
  /** dependency parses of the sentences that can hold an event, made on first use (stage syntax) */
  parses?: import('../syntax/stage.js').ParseTable;
  /** why each candidate became an event or did not, when asked for (`dyad analyze --explain`) */
  explain?: Explanation[];
}

/** One decision of a stage about one sentence, for `--explain`. */
export interface Explanation { sentence: number; stage: string; verdict: 'event' | 'dropped' | 'note'; rule: string; text: string; token?: number }

/** What `dyad analyze --format json` prints. */
export interface DocumentRecord {
  id: string; title: string | null; date: string; url: string | null; outlet: string | null;
  text: string;
  removed: Removed[];
  sentences: { span: [number, number]; kind: Sentence['kind'] }[];
  actors: (Actor & { entity: string; kind: ActorKind; rule: string })[];
  places: PlaceRef[];
  events: Event[];
  quotes: Quote[];
  messages: Message[];
}
