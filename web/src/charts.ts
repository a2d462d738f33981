// The corpus charts as plain SVG: an actor network, a timeline by quad class and a map.
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { forceLayout } from './layout.js';

const NS = 'http://www.w3.org/2000/svg';
const QUAD = ['', 'var(--q1)', 'var(--q2)', 'var(--q3)', 'var(--q4)'];
const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
};

/** Goldstein -10 (red) .. +10 (green) */
const tone = (g: number) => `hsl(${Math.round(((g + 10) / 20) * 120)}, 65%, 42%)`;

export function drawNetwork(svg: SVGSVGElement, actors: { code: string; events: number }[], dyads: { source: string; target: string; events: number; goldstein: number }[]): void {
  svg.replaceChildren();
  const nodes = actors.slice(0, 40);
  const max = Math.max(1, ...nodes.map((n) => n.events));
  // actors that deal with each other are drawn close; the same data always draws the same way
  const pos = forceLayout(nodes.map((n) => n.code), dyads.map((d) => ({ a: d.source, b: d.target, w: d.events })), { x0: 40, y0: 30, x1: 540, y1: 390 });
  for (const d of dyads) {
    const a = pos.get(d.source), b = pos.get(d.target);
    if (!a || !b) continue;
    svg.append(el('line', { x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: tone(d.goldstein), 'stroke-width': Math.min(8, 1 + Math.log2(d.events)), 'stroke-opacity': 0.7, 'data-dyad': `${d.source}:${d.target}` }));
  }
  for (const n of nodes) {
    const [x, y] = pos.get(n.code)!;
    const g = el('g', { 'data-actor': n.code });
    g.append(el('circle', { cx: x, cy: y, r: 4 + 14 * Math.sqrt(n.events / max), fill: '#4a5568', 'fill-opacity': 0.85 }), el('text', { x: x + 8, y: y - 8, class: 'node-label' }, n.code));
    svg.append(g);
  }
  if (nodes.length === 0) svg.append(el('text', { x: 300, y: 210, 'text-anchor': 'middle', class: 'node-label' }, 'no events'));
}

const DAY = 86400000;
const dayNumber = (d: string) => Math.floor(Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / DAY);
const dayText = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/**
 * Events per day (or week, or 30 days, when the range is long) stacked by quad class, on a
 * continuous time axis: days without events are gaps, not squeezed out.
 */
export function drawTimeline(svg: SVGSVGElement, rows: { date: string; quad: number; events: number }[]): void {
  svg.replaceChildren();
  const dated = rows.filter((r) => /^\d{4}-\d{2}-\d{2}/.test(r.date));
  if (dated.length === 0) { svg.append(el('text', { x: 300, y: 110, 'text-anchor': 'middle', class: 'node-label' }, 'no dated events')); return; }
  const first = Math.min(...dated.map((r) => dayNumber(r.date))), last = Math.max(...dated.map((r) => dayNumber(r.date)));
  const WIDTH = 560;
  const span = last - first + 1;
  const binDays = span <= WIDTH / 2 ? 1 : span / 7 <= WIDTH / 2 ? 7 : 30;
  const bins = Math.ceil(span / binDays);
  const stacks = new Map<number, number[]>();
  for (const r of dated) {
    const i = Math.floor((dayNumber(r.date) - first) / binDays);
    const st = stacks.get(i) ?? [0, 0, 0, 0, 0];
    st[r.quad] = (st[r.quad] ?? 0) + r.events;
    stacks.set(i, st);
  }
  const max = Math.max(1, ...[...stacks.values()].map((st) => st.reduce((a, b) => a + b, 0)));
  const w = Math.min(40, WIDTH / bins);
  for (const [i, st] of stacks) {
    let y = 200;
    for (let q = 1; q <= 4; q++) {
      if (!st[q]) continue;
      const h = (180 * st[q]) / max;
      y -= h;
      svg.append(el('rect', { x: 30 + i * w, y, width: Math.max(1, w - 1), height: h, fill: QUAD[q], 'data-day': dayText(first + i * binDays), 'data-quad': q, 'data-events': st[q] }));
    }
  }
  svg.append(el('line', { x1: 28, y1: 200, x2: 30 + bins * w, y2: 200, stroke: '#999' }));
  // a few dates along the axis, and what a bar stands for
  const ticks = Math.min(4, bins);
  for (let t = 0; t <= ticks; t++) {
    const i = Math.round((t * (bins - 1)) / Math.max(1, ticks));
    svg.append(el('text', { x: 30 + i * w, y: 215, 'text-anchor': t === 0 ? 'start' : t === ticks ? 'end' : 'middle', class: 'node-label' }, dayText(first + i * binDays)));
  }
  svg.append(el('text', { x: 26, y: 24, 'text-anchor': 'end', class: 'node-label' }, String(max)));
  svg.append(el('text', { x: 590, y: 24, 'text-anchor': 'end', class: 'node-label' }, `events per ${binDays === 1 ? 'day' : binDays === 7 ? 'week' : '30 days'}`));
}

let countries: string | null = null;
const project = ([lon, lat]: number[]) => [((lon + 180) / 360) * 960, ((90 - lat) / 180) * 480];

/** Country outlines from world-atlas, drawn once (equirectangular). */
function basemap(): string {
  if (countries) return countries;
  const fc = feature(world as any, (world as any).objects.countries) as any;
  // a ring that crosses the antimeridian is broken there rather than drawn across the map
  const ring = (r: number[][]) => r.map((p, i) => { const [x, y] = project(p); const jump = i > 0 && Math.abs(p[0] - r[i - 1][0]) > 180; return `${i && !jump ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`; }).join('');
  countries = fc.features.map((f: any) => {
    const polys = f.geometry?.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    return `<path class="country" d="${polys.map((p: number[][][]) => p.map(ring).join('')).join('')}"/>`;
  }).join('');
  return countries!;
}

export function drawMap(svg: SVGSVGElement, places: { lat: number; lon: number; quad: number; name: string; label: string; doc?: string }[]): void {
  // the outlines are the bundled atlas's, not data from the corpus
  svg.innerHTML = basemap();
  for (const p of places) {
    const [x, y] = project([p.lon, p.lat]);
    const c = el('circle', { cx: x, cy: y, r: 4, fill: QUAD[p.quad] || '#333', 'fill-opacity': 0.8, stroke: '#fff', 'stroke-width': 0.5, 'data-place': p.name });
    c.append(el('title', {}, `${p.name}: ${p.label}`));
    // each point opens the document that reports it (a relative address: never another scheme)
    if (p.doc) { const a = el('a', { href: `?view=doc&id=${encodeURIComponent(p.doc)}` }); a.append(c); svg.append(a); } else svg.append(c);
  }
}
