// The API described for clients: OpenAPI 3.1, with each route's response schema, its limits and
// every status it answers with.
import { FILTER_KEYS } from '../store/filter-parse.js';
import { EXPORT_FORMATS } from '../export/formats.js';
import { EVENT_SORTS } from '../store/store.js';
import { AGGREGATE_PAGE } from '../store/aggregate-sql.js';
import { MODALITIES } from '../doc/types.js';

const DESCRIPTIONS: Record<string, string> = {
  actor: 'actor code prefix on either side, uppercase 3-letter groups (PRK, RUSGOV)', dyad: 'SOURCE:TARGET code prefixes (PRK:RUS)', code: 'a CAMEO code that exists, root or full (03, 0332), matching as a prefix',
  since: 'first date, a real YYYY, YYYY-MM or YYYY-MM-DD', until: 'last date, inclusive', modality: MODALITIES.join(', '),
  outlet: 'the document\'s outlet, exactly', place: 'the event\'s place name, exactly', attribution: 'who the report says it comes from, exactly', historical: 'include (default), exclude or only events placed clearly before the report',
  q: 'words the event\'s document holds (full-text search)', sort: `order of events: ${EVENT_SORTS.join(', ')}`,
  limit: 'page size', offset: 'rows (or groups) to skip (0 to 2147483647)',
};
const filterParams = [...FILTER_KEYS].map((name) => ({
  name, in: 'query', required: false,
  schema: name === 'limit' ? { type: 'integer', minimum: 1 } : name === 'offset' ? { type: 'integer', minimum: 0 } : name === 'sort' ? { enum: EVENT_SORTS } : name === 'historical' ? { enum: ['include', 'exclude', 'only'] } : { type: 'string' },
  description: DESCRIPTIONS[name],
}));
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const ERRORS = { 400: error('a malformed filter, an unknown parameter or a malformed URL'), 403: error('a request from another site'), 421: error('a Host header that does not name this server'), 503: error('no corpus database is open; or the readers are busy (2,000 reads waiting), or a read took longer than its 30 s budget and was stopped: retry after the Retry-After seconds, or narrow the filters') };
const obj = (properties: Record<string, object>, required = Object.keys(properties)) => ({ type: 'object', required, properties });
const S = { type: 'string' }, N = { type: 'number' }, I = { type: 'integer' }, NS = { type: ['string', 'null'] };
const paging = { total: I, limit: I, offset: I, next: { type: ['integer', 'null'] } };
const page = (key: string, item: object) => obj({ [key]: { type: 'array', items: item }, ...paging });
const limits = (kind: keyof typeof AGGREGATE_PAGE) => ` Page size ${AGGREGATE_PAGE[kind].size} by default, at most ${AGGREGATE_PAGE[kind].max}; cached until the corpus changes.`;
const get = (summary: string, parameters: object[], ok: object, extra: Record<number, object> = {}) => ({ get: { summary, parameters, responses: { 200: ok, ...ERRORS, ...extra } } });
const idParam = [{ name: 'id', in: 'path', required: true, schema: S }];

export const openapi = {
  openapi: '3.1.0',
  info: { title: 'Dyad', version: '0.1.0', description: 'Political event data from news reports: coded events with modality, attribution, time and place. Every route answers 421 to a Host header that does not name the server, 403 to a request from another site (Origin), 400 to a malformed URL and 413 to a body over 2 MB.' },
  paths: {
    '/api/analyze': { post: {
      summary: 'Code one article (in a worker thread; 2 MB body at most, 30 s of coding at most)',
      requestBody: { required: true, content: { 'application/json': { schema: ref('InputRecord') } } },
      responses: { 200: json(ref('Document'), 'the Document record (EVENT-SCHEMA.md)'), 400: error('malformed JSON or record'), 403: error('a request from another site'), 413: error('the body is over 2 MB'), 415: error('the content type is not application/json'), 422: error('coding took longer than the time budget'), 503: error('all analysis threads are busy and the queue is full; retry after the Retry-After seconds') },
    } },
    '/api/events': get('Events of the corpus, filtered, sorted and paged (100 by default, at most 1000), each with its document\'s outlet and its evidence (so a list needs no document); cached until the corpus changes', filterParams, json(page('events', ref('EventListing')), 'a page of events')),
    '/api/actors': get(`Actors with their event counts, most active first.${limits('actors')}`, filterParams, json(page('actors', obj({ code: S, name: S, events: I, asSource: I, asTarget: I })), 'a page of actors')),
    '/api/actors/search': get('Actors by name, for autocomplete (10 at most): "Russia" -> RUS, "Putin" -> RUSGOV', [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 100 } }], json(obj({ actors: { type: 'array', items: obj({ code: S, name: S, kind: S, matched: S }) } }), 'matching actors')),
    '/api/dyads': get(`Dyads with their event counts and mean Goldstein score.${limits('dyads')}`, filterParams, json(page('dyads', obj({ source: S, target: S, events: I, goldstein: N })), 'a page of dyads')),
    '/api/timeline': get(`Events per day and quad class, with the number of undated events.${limits('timeline')}`, filterParams, json(obj({ timeline: { type: 'array', items: obj({ date: S, quad: I, events: I, goldstein: N }) }, undated: I, ...paging }), 'a page of days')),
    '/api/places': get(`Every located place once, with its event count.${limits('places')}`, filterParams, json(page('places', obj({ name: NS, lat: N, lon: N, country: NS, kind: NS, events: I, goldstein: N })), 'a page of places')),
    '/api/facets': get('Outlets, attributions and modalities with their event counts (50 of each by default)', filterParams, json(obj({ outlets: ref('Facet'), attributions: ref('Facet'), modalities: ref('Facet') }), 'the facets')),
    '/api/series': get('A dyad in both directions over time: events per day and quad class, and mean Goldstein score', [{ name: 'a', in: 'query', required: true, schema: S }, { name: 'b', in: 'query', required: true, schema: S }, ...filterParams], json(obj({ a: S, b: S, ab: { type: 'array' }, ba: { type: 'array' } }), 'both directions')),
    '/api/search': get('Documents whose title or text hold every word, best first (20 by default, at most 100); matches in the snippet lie between U+0002 and U+0003', [{ name: 'q', in: 'query', required: true, schema: S }, filterParams.find((p) => p.name === 'limit')!, filterParams.find((p) => p.name === 'offset')!], json(page('documents', obj({ id: S, title: NS, outlet: NS, date: NS, events: I, snippet: S })), 'a page of documents')),
    '/api/documents/{id}': get('A stored document with its text, removed furniture, events, linked events and the other documents that report them', idParam, json(obj({ id: S, text: NS, removed: { type: 'array' }, events: { type: 'array', items: ref('Event') }, links: { type: 'array' }, reports: { type: 'array' } }, ['id', 'events', 'links', 'reports']), 'the document'), { 404: error('no such document') }),
    '/api/links/{id}': get('A linked event: reports of one event across documents', idParam, json({ type: 'object' }, 'the linked event'), { 404: error('no such linked event') }),
    '/api/export': get('The corpus in an analysts\' format: the file is written by a reader thread (a 10-minute budget; the readers less one may export at once, another export is answered 503) and then sent with its length', [{ name: 'format', in: 'query', required: true, schema: { enum: EXPORT_FORMATS } }, ...filterParams], { description: 'the file' }),
    '/api/openapi.json': { get: { summary: 'This description', responses: { 200: { description: 'OpenAPI 3.1' } } } },
  },
  components: {
    schemas: {
      Error: obj({ error: S, field: S }, ['error']),
      Facet: obj({ rows: { type: 'array', items: obj({ value: S, events: I }) }, total: I }),
      InputRecord: { type: 'object', properties: { id: S, text: S, html: S, date: { type: 'string', description: 'YYYY-MM-DD or ISO time' }, url: S, title: S, outlet: S } },
      Event: { type: 'object', description: 'an Event record (EVENT-SCHEMA.md)', required: ['id', 'doc', 'cameo', 'modality'] },
      EventListing: {
        description: 'an Event record with its document\'s outlet and its evidence',
        allOf: [ref('Event'), obj({
          outlet: NS,
          evidence: {
            type: ['object', 'null'], required: ['text', 'trigger'],
            description: 'the words of the document that carry the event (its span; one longer than 600 characters is cut to the words around the trigger, marked "…"), with the trigger\'s start and end offsets in them (UTF-16 code units, end exclusive; null when the trigger lies outside); null when the document has no text',
            properties: { text: S, trigger: { type: ['array', 'null'], items: I, minItems: 2, maxItems: 2 } },
          },
        })],
      },
      Document: { type: 'object', description: 'a Document record (EVENT-SCHEMA.md)', required: ['id', 'text', 'events'] },
    },
  },
};
