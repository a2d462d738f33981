// The corpus charts as plain SVG: an actor network, a timeline by quad class and a map.
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';

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
  // a circle keeps the layout stable between filters, so a change is easy to see
  const pos = new Map(nodes.map((n, i) => { const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2; return [n.code, [300 + 170 * Math.cos(a), 210 + 170 * Math.sin(a)]]; }));
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

export function drawTimeline(svg: SVGSVGElement, rows: { date: string; quad: number; events: number }[]): void {
  svg.replaceChildren();
  const days = [...new Set(rows.map((r) => r.date))].sort();
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.date, (totals.get(r.date) ?? 0) + r.events);
  const max = Math.max(1, ...totals.values());
  const w = days.length ? Math.max(2, Math.min(40, 560 / days.length)) : 0;
  days.forEach((d, i) => {
    let y = 200;
    for (let q = 1; q <= 4; q++) {
      const r = rows.find((x) => x.date === d && x.quad === q);
      if (!r) continue;
      const h = (180 * r.events) / max;
      y -= h;
      svg.append(el('rect', { x: 30 + i * w, y, width: Math.max(1, w - 1), height: h, fill: QUAD[q], 'data-day': d, 'data-quad': q }));
    }
  });
  svg.append(el('line', { x1: 28, y1: 200, x2: 590, y2: 200, stroke: '#999' }));
  if (days.length) { svg.append(el('text', { x: 30, y: 215, class: 'node-label' }, days[0]), el('text', { x: 590, y: 215, 'text-anchor': 'end', class: 'node-label' }, days[days.length - 1])); }
  svg.append(el('text', { x: 26, y: 24, 'text-anchor': 'end', class: 'node-label' }, String(max)));
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

export function drawMap(svg: SVGSVGElement, places: { lat: number; lon: number; quad: number; name: string; label: string }[]): void {
  svg.innerHTML = basemap();
  for (const p of places) {
    const [x, y] = project([p.lon, p.lat]);
    const c = el('circle', { cx: x, cy: y, r: 4, fill: QUAD[p.quad] || '#333', 'fill-opacity': 0.8, stroke: '#fff', 'stroke-width': 0.5, 'data-place': p.name });
    c.append(el('title', {}, `${p.name}: ${p.label}`));
    svg.append(c);
  }
}
