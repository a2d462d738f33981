// The API described for clients: OpenAPI 3.1.
import { FILTER_KEYS } from '../store/filter-parse.js';
import { EXPORT_FORMATS } from '../export/formats.js';

const filterParams = [...FILTER_KEYS].map((name) => ({
  name, in: 'query', required: false, schema: { type: name === 'limit' || name === 'offset' ? 'integer' : 'string' },
  description: {
    actor: 'actor code prefix on either side, uppercase 3-letter groups (PRK, RUSGOV)', dyad: 'SOURCE:TARGET code prefixes (PRK:RUS)', code: 'a CAMEO code that exists, root or full (03, 0332), matching as a prefix',
    since: 'first date, a real YYYY, YYYY-MM or YYYY-MM-DD', until: 'last date, inclusive', modality: 'asserted, intended, possible, alleged, hypothetical or negated',
    limit: 'page size (events: default 100, at most 1000)', offset: 'rows to skip (0 to 2147483647)',
  }[name],
}));
const error = { description: 'bad input', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

export const openapi = {
  openapi: '3.1.0',
  info: { title: 'Dyad', version: '0.1.0', description: 'Political event data from news reports: coded events with modality, attribution, time and place. Every route answers 421 to a Host header that does not name the server, 403 to a request from another site (Origin), 400 to a malformed URL and 413 to a body over 2 MB.' },
  paths: {
    '/api/analyze': { post: { summary: 'Code one article', requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/InputRecord' } } } }, responses: { 200: { description: 'the Document record (EVENT-SCHEMA.md)' }, 400: error, 403: error, 413: error, 415: error, 422: error } } },
    '/api/events': { get: { summary: 'Events of the corpus, filtered and paged', parameters: filterParams, responses: { 200: { description: '{events, limit, offset, next}' }, 400: error } } },
    '/api/actors': { get: { summary: 'Actors with their event counts', parameters: filterParams, responses: { 200: { description: '{actors: [{code, name, events, asSource, asTarget}]}' }, 400: error } } },
    '/api/dyads': { get: { summary: 'Dyads with their event counts and mean Goldstein score', parameters: filterParams, responses: { 200: { description: '{dyads: [{source, target, events, goldstein}]}' }, 400: error } } },
    '/api/timeline': { get: { summary: 'Events per day and quad class', parameters: filterParams, responses: { 200: { description: '{timeline: [{date, quad, events}]}' }, 400: error } } },
    '/api/places': { get: { summary: 'Located events', parameters: filterParams, responses: { 200: { description: '{places: [{id, lat, lon, name, quad, cameo, ...}]}' }, 400: error } } },
    '/api/documents/{id}': { get: { summary: 'A stored document with its text and events', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: { description: 'the document' }, 404: error } } },
    '/api/links/{id}': { get: { summary: 'A linked event: reports of one event across documents', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: { description: 'the linked event' }, 404: error } } },
    '/api/export': { get: { summary: 'The corpus in an analysts\' format', parameters: [{ name: 'format', in: 'query', required: true, schema: { enum: EXPORT_FORMATS } }, ...filterParams], responses: { 200: { description: 'the file' }, 400: error } } },
    '/api/openapi.json': { get: { summary: 'This description', responses: { 200: { description: 'OpenAPI 3.1' } } } },
  },
  components: {
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' }, field: { type: 'string' } } },
      InputRecord: { type: 'object', properties: { id: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' }, date: { type: 'string', description: 'YYYY-MM-DD or ISO time' }, url: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' } } },
    },
  },
};
