// Exports analysts already use. Each writer takes events one at a time and writes lines, so a
// corpus is never held in memory (the actor network, which is an aggregate, is the exception).
import type { Event } from '../doc/types.js';

export type ExportFormat = 'jsonl' | 'csv' | 'gdelt' | 'geojson' | 'graphml' | 'gexf' | 'parquet';
export const EXPORT_FORMATS: ExportFormat[] = ['jsonl', 'csv', 'gdelt', 'geojson', 'graphml', 'gexf', 'parquet'];

export interface Writer { head(): string; row(e: Event, docUrl: string | null): string; tail(): string }

/** CSV columns: each name with the field it holds. */
const CSV_COLUMNS: [string, (e: Event) => unknown][] = [
  ['id', (e) => e.id], ['doc', (e) => e.doc], ['sentence', (e) => e.sentence],
  ['date', (e) => e.when?.date], ['precision', (e) => e.when?.precision], ['historical', (e) => e.when?.historical],
  ['source_code', (e) => e.source?.code], ['source_name', (e) => e.source?.name], ['target_code', (e) => e.target?.code], ['target_name', (e) => e.target?.name],
  ['cameo', (e) => e.cameo], ['root', (e) => e.root], ['label', (e) => e.label], ['quad', (e) => e.quad], ['goldstein', (e) => e.goldstein], ['plover', (e) => e.plover.event],
  ['modality', (e) => e.modality], ['attribution', (e) => e.attribution?.source],
  ['place', (e) => e.where?.name], ['country', (e) => e.where?.country], ['lat', (e) => e.where?.lat], ['lon', (e) => e.where?.lon],
  ['quantity', (e) => e.quantity?.value], ['unit', (e) => e.quantity?.unit], ['rule', (e) => e.rule], ['confidence', (e) => e.confidence], ['evidence', (e) => e.trigger.text],
];
/**
 * A text cell a spreadsheet will not run: text starting with = + - @ tab or CR is a formula to
 * Excel and LibreOffice (also after spaces, which an import may trim), so it gets a leading
 * single quote (OWASP's advice). Only text: numbers (a Goldstein score of -5) stay as they are.
 */
export const inertText = (s: string) => (/^[\t\r]|^\s*[=+\-@]/.test(s) ? `'${s}` : s);
const csvCell = (v: unknown) => {
  const s = v == null ? '' : typeof v === 'string' ? inertText(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * One CSV line (RFC 4180), its cells quoted where they hold a comma, quote or line break and
 * text cells made inert: every CSV Dyad writes goes through here, so none can break a row or run
 * a formula.
 */
export const csvLine = (cells: readonly unknown[]) => cells.map(csvCell).join(',') + '\n';

export function csvWriter(): Writer {
  return {
    head: () => csvLine(CSV_COLUMNS.map(([name]) => name)),
    row: (e) => csvLine(CSV_COLUMNS.map(([, get]) => get(e))),
    tail: () => '',
  };
}

export function jsonlWriter(): Writer {
  return { head: () => '', row: (e) => JSON.stringify(e) + '\n', tail: () => '' };
}

/**
 * GDELT 2.0 event table: 61 tab-separated columns, codes as strings with their leading zeros.
 * Fields Dyad does not have (ethnic and religion codes, tone, FIPS country codes, ADM2 codes)
 * are left empty; counts are those of one report. ActionGeo_ADM1Code is the GeoNames first-level
 * division with its ISO alpha-2 prefix ("UA07"; GDELT's own use FIPS prefixes) and the feature id
 * is the GeoNames id, for places from the gazetteer.
 */
export function gdeltWriter(added = new Date()): Writer {
  const dateAdded = added.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  // text from dictionaries or documents goes through tsvText; codes, dates and numbers are ours
  const actor = (a: Event['source']) => a ? [tsvText(a.code), tsvText(a.name.toUpperCase()), a.country.length === 3 ? tsvText(a.country) : '', '', '', '', '', tsvText(a.sector), '', ''] : ['', '', '', '', '', '', '', '', '', ''];
  // GDELT geo types: 1 country, 4 city or landmark, 5 first-level region (events stored before
  // places carried a kind are cities, as before)
  const geoType = (w: NonNullable<Event['where']>) => (w.precision === 'country' || w.kind === 'country' ? '1' : w.precision === 'adm1' || w.kind === 'region' ? '5' : '4');
  return {
    head: () => '',
    row: (e, url) => {
      // GDELT needs a day: a year or month is given its first day (the precision is in Dyad's own exports)
      const d = fullDate(e.when?.date ?? '');
      const ymd = /^\d{4}-\d{2}-\d{2}$/.test(d) ? d.replace(/-/g, '') : '';
      const year = ymd.slice(0, 4);
      const frac = ymd ? (Number(year) + (dayOfYear(d) - 1) / 365).toFixed(4) : '';
      const geo = e.where ? [geoType(e.where), tsvText(e.where.name), '', (e.where.adm1 ?? '').replace('.', ''), '', String(e.where.lat), String(e.where.lon), e.where.geonames ? String(e.where.geonames) : ''] : ['', '', '', '', '', '', '', ''];
      const cols = [
        String(parseInt(e.id.slice(0, 13), 16)), ymd, ymd.slice(0, 6), year, frac,
        ...actor(e.source), ...actor(e.target),
        e.sentence <= 2 ? '1' : '0', e.cameo, e.cameo.slice(0, 3), e.root, String(e.quad), String(e.goldstein), '1', '1', '1', '',
        '', '', '', '', '', '', '', '', // Actor1Geo: not known separately from the action
        '', '', '', '', '', '', '', '', // Actor2Geo
        ...geo,
        dateAdded, tsvText(url ?? ''),
      ];
      return cols.map((c) => c.replace(/[\t\n\r]/g, ' ')).join('\t') + '\n';
    },
    tail: () => '',
  };
}

/** A GDELT (tab-separated) text cell: tabs and line breaks become spaces, formulas made inert. */
const tsvText = (s: string) => inertText(s.replace(/[\t\n\r\u2028\u2029]/g, ' '));

function fullDate(d: string): string {
  return /^\d{4}$/.test(d) ? `${d}-01-01` : /^\d{4}-\d{2}$/.test(d) ? `${d}-01` : d;
}

function dayOfYear(iso: string): number {
  const t = Date.parse(iso);
  return Math.floor((t - Date.UTC(Number(iso.slice(0, 4)), 0, 1)) / 86400000) + 1;
}

/** Located events as a GeoJSON FeatureCollection of points. */
export function geojsonWriter(): Writer {
  let first = true;
  return {
    head: () => '{"type":"FeatureCollection","features":[\n',
    row: (e) => {
      if (!e.where) return '';
      const f = { type: 'Feature', geometry: { type: 'Point', coordinates: [e.where.lon, e.where.lat] }, properties: { id: e.id, doc: e.doc, date: e.when?.date ?? null, source: e.source?.code ?? null, target: e.target?.code ?? null, cameo: e.cameo, label: e.label, quad: e.quad, goldstein: e.goldstein, modality: e.modality, place: e.where.name, country: e.where.country } };
      const s = (first ? '' : ',\n') + JSON.stringify(f);
      first = false;
      return s;
    },
    tail: () => '\n]}\n',
  };
}

/** The actor network: nodes are actor codes, edges dyads weighted by count and mean Goldstein. */
export class Network {
  readonly nodes = new Map<string, { name: string; events: number }>();
  readonly edges = new Map<string, { source: string; target: string; count: number; goldstein: number }>();
  add(e: Event): void {
    if (!e.source || !e.target) return;
    for (const a of [e.source, e.target]) { const n = this.nodes.get(a.code) ?? { name: a.name, events: 0 }; n.events++; this.nodes.set(a.code, n); }
    const k = `${e.source.code}\u0000${e.target.code}`;
    const ed = this.edges.get(k) ?? { source: e.source.code, target: e.target.code, count: 0, goldstein: 0 };
    ed.count++; ed.goldstein += e.goldstein;
    this.edges.set(k, ed);
  }
  graphml(): string {
    let out = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
    out += '  <key id="name" for="node" attr.name="name" attr.type="string"/>\n  <key id="events" for="node" attr.name="events" attr.type="int"/>\n';
    out += '  <key id="count" for="edge" attr.name="count" attr.type="int"/>\n  <key id="goldstein" for="edge" attr.name="mean_goldstein" attr.type="double"/>\n';
    out += '  <graph id="dyad" edgedefault="directed">\n';
    for (const [code, n] of this.nodes) out += `    <node id="${xml(code)}"><data key="name">${xml(n.name)}</data><data key="events">${n.events}</data></node>\n`;
    let i = 0;
    for (const e of this.edges.values()) out += `    <edge id="e${i++}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="count">${e.count}</data><data key="goldstein">${(e.goldstein / e.count).toFixed(3)}</data></edge>\n`;
    return out + '  </graph>\n</graphml>\n';
  }
  gexf(): string {
    let out = '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n  <graph defaultedgetype="directed">\n';
    out += '    <attributes class="node"><attribute id="0" title="events" type="integer"/></attributes>\n';
    out += '    <attributes class="edge"><attribute id="0" title="count" type="integer"/><attribute id="1" title="mean_goldstein" type="double"/></attributes>\n';
    out += '    <nodes>\n';
    for (const [code, n] of this.nodes) out += `      <node id="${xml(code)}" label="${xml(n.name)}"><attvalues><attvalue for="0" value="${n.events}"/></attvalues></node>\n`;
    out += '    </nodes>\n    <edges>\n';
    let i = 0;
    for (const e of this.edges.values()) out += `      <edge id="${i++}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${e.count}"><attvalues><attvalue for="0" value="${e.count}"/><attvalue for="1" value="${(e.goldstein / e.count).toFixed(3)}"/></attvalues></edge>\n`;
    return out + '    </edges>\n  </graph>\n</gexf>\n';
  }
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
