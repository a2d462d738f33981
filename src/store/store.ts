// The store interface: one contract, two engines (SQLite now; PostgreSQL shares the schema).
// Every write of a document is one transaction: the document and all its events, or nothing.
import type { Doc, Event, Removed } from '../doc/types.js';
import type { LinkedEvent, Related } from './link.js';
import type { AggregateKind } from './aggregate-sql.js';

export type DocStatus = 'coded' | 'failed' | 'queued';

export interface StoredDocument {
  id: string; origin: string; url: string | null; title: string | null; outlet: string | null;
  /** `dateAssumed`: no publication date was given; `date` is the day it was coded against */
  date: string | null; dateAssumed: boolean; status: DocStatus; error: string | null; events: number; codedAt: string | null;
}

export interface EventFilter {
  actor?: string;          // a code prefix on either side ("PRK", "RUSGOV")
  dyad?: [string, string]; // source and target code prefixes ("PRK:RUS")
  code?: string;           // CAMEO code prefix ("03", "0332")
  since?: string;          // date prefix bounds, inclusive ("2022-07")
  until?: string;
  modality?: string;
  outlet?: string;         // the document's outlet, exactly
  place?: string;          // the event's place name, exactly ("Kharkiv")
  attribution?: string;    // who the report says it comes from, exactly ("KCNA")
  historical?: 'include' | 'exclude' | 'only';   // events the report places clearly in the past
  q?: string;              // words that the event's document holds (full-text search)
  sort?: EventSort;        // the order of /api/events pages
  doc?: string;            // events of one document
  limit?: number;
  offset?: number;
}

/** An event as linking reads it: with its document's outlet and URL, and its place in linking order. */
export interface LinkRow { event: Event; outlet: string | null; url: string | null; cursor: string[] }
export interface LinkWriter { add(linked: LinkedEvent[], related: Related[]): Promise<void>; commit(): Promise<void>; abort(): Promise<void> }

export const EVENT_SORTS = ['date', '-date', 'source', 'target', 'code', 'modality', 'outlet'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

/** The words of the document that carry an event, with the trigger's offsets in them (null when outside). */
export interface Evidence { text: string; trigger: [number, number] | null }
/** An event as a list shows it: with its document's outlet and its evidence (so the list needs no document). */
export type EventListing = Event & { outlet: string | null; evidence: Evidence | null };

export interface AggregatePage { rows: Record<string, unknown>[]; total: number }
export interface DocumentHit { id: string; title: string | null; outlet: string | null; date: string | null; events: number; snippet: string }

export interface IngestResult { stored: boolean; reason: 'new' | 'unchanged' | 'replaced' | 'failed' }

export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** Store a coded document and its events atomically; an unchanged document is left as it is unless `force`. */
  putCoded(doc: Doc, origin: string, contentHash: string, force?: boolean): Promise<IngestResult>;
  /** Several coded documents in one transaction: each whole or none (a crash loses the batch, never half a document). */
  putCodedBatch(items: { doc: Doc; origin: string; hash: string }[], force?: boolean): Promise<IngestResult[]>;
  /** Record a document that could not be read or coded, with the reason. */
  putFailed(id: string, origin: string, reason: string): Promise<void>;
  /** Content hash of a stored, coded document, to skip re-coding what has not changed. */
  codedHash(id: string): Promise<string | null>;
  documents(status?: DocStatus): AsyncIterable<StoredDocument>;
  counts(): Promise<{ coded: number; failed: number; queued: number; events: number }>;
  events(filter: EventFilter): AsyncIterable<Event>;
  /** A page of events (the filter's limit, at most 1,000) with their outlets and evidence. */
  listEvents(filter: EventFilter): Promise<EventListing[]>;
  /** Texts of stored documents, for re-coding after a dictionary change. */
  texts(): AsyncIterable<{ id: string; origin: string; text: string; date: string | null; dateAssumed: boolean; url: string | null; title: string | null; outlet: string | null }>;
  /** How many events a filter selects (its limit and offset aside). */
  eventCount(filter: EventFilter): Promise<number>;
  /** Aggregates on the server, a page of groups at a time with their total, so a page stays fast on a large corpus. */
  aggregate(kind: AggregateKind, filter: EventFilter): Promise<AggregatePage>;
  /** Documents whose title or text hold every word of `q`, best first, with a snippet (matches between \u0002 and \u0003). */
  searchDocuments(q: string, limit: number, offset: number): Promise<{ rows: DocumentHit[]; total: number }>;
  /** The linked events that a document's events belong to. */
  linksOfDocument(id: string): Promise<(LinkedEvent & { docs: string[] })[]>;
  /** Documents by id (title, outlet, date), for lists of reports. */
  documentsById(ids: string[]): Promise<StoredDocument[]>;
  /** Moves on with every write (documents, events, links): what a cache of aggregates is keyed by. */
  version(): Promise<string>;
  document(id: string): Promise<(StoredDocument & { text: string | null; removed: Removed[] }) | null>;
  linkedById(id: string): Promise<(LinkedEvent & { related: string[] }) | null>;
  /**
   * Replace the linked events (computed by link.ts) in one transaction: all of them, or with `keys`
   * ("RUS|UKR|19", link.ts's linkKey) only those of these keys.
   */
  replaceLinks(linked: LinkedEvent[], related: Related[], keys?: string[]): Promise<void>;
  /**
   * What linking has not seen yet: how many linked events and keys there are, events that could be linked
   * (they have a source and a date) but are in none, and the keys of linked events one of whose
   * events no longer exists (its document was coded again). With no linked events at all, only
   * the counts: everything is to be linked.
   */
  linkChanges(): Promise<{ linked: number; keys: number; unlinked: string[]; staleKeys: string[] }>;
  /** A page of events in linking order after `after` (see filter-sql.ts linkPageSql), with their documents' outlets and URLs. */
  linkPage(after: string[] | null, key: string | null, limit: number): Promise<LinkRow[]>;
  /** Start replacing linked events (all, or those of `keys`) in one transaction, written a part at a time. */
  beginLinks(keys?: string[]): Promise<LinkWriter>;
  linked(filter: EventFilter): AsyncIterable<LinkedEvent & { related: string[] }>;
  close(): Promise<void>;
}
