// The map of located events: places clustered on a grid that shrinks as you zoom, sized by their
// events; country-level places are squares, towns and regions circles. A cluster zooms in when
// chosen; a place opens its events.
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { el, svgLink, tone } from './svg.js';

export interface PlaceRow { name: string | null; lat: number; lon: number; country: string | null; kind: string | null; events: number; goldstein: number }

const W = 960, H = 480;
const project = ([lon, lat]: number[]) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];
let countries: string | null = null;

/** Country outlines from world-atlas, drawn once (equirectangular). Our own data, not a document's. */
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

export interface Cluster { x: number; y: number; events: number; places: PlaceRow[]; goldstein: number }

/** Places within one grid cell of `cell` map units become one cluster (weighted centre). */
export function cluster(places: PlaceRow[], cell: number): Cluster[] {
  const cells = new Map<string, Cluster>();
  for (const p of places) {
    const [x, y] = project([p.lon, p.lat]);
    const key = `${Math.floor(x / cell)}:${Math.floor(y / cell)}`;
    const c = cells.get(key) ?? { x: 0, y: 0, events: 0, places: [], goldstein: 0 };
    c.x += x * p.events; c.y += y * p.events; c.goldstein += p.goldstein * p.events; c.events += p.events; c.places.push(p);
    cells.set(key, c);
  }
  return [...cells.values()].map((c) => ({ ...c, x: c.x / c.events, y: c.y / c.events, goldstein: c.goldstein / c.events }));
}

export class EventMap {
  private zoom = 1;
  private cx = W / 2;
  private cy = H / 2;
  private places: PlaceRow[] = [];
  private filters = '';
  constructor(private readonly svg: SVGSVGElement) {}

  show(places: PlaceRow[], filters: string): void { this.places = places; this.filters = filters; this.draw(); }
  zoomBy(f: number, x = this.cx, y = this.cy): void { this.zoom = Math.min(32, Math.max(1, this.zoom * f)); this.cx = x; this.cy = y; this.draw(); }
  reset(): void { this.zoom = 1; this.cx = W / 2; this.cy = H / 2; this.draw(); }

  private draw(): void {
    const svg = this.svg;
    const vw = W / this.zoom, vh = H / this.zoom;
    const x0 = Math.min(W - vw, Math.max(0, this.cx - vw / 2)), y0 = Math.min(H - vh, Math.max(0, this.cy - vh / 2));
    svg.setAttribute('viewBox', `${x0} ${y0} ${vw} ${vh}`);
    svg.innerHTML = basemap();
    const max = Math.max(1, ...this.places.map((p) => p.events));
    const scale = 1 / this.zoom;
    for (const c of cluster(this.places, 24 * scale)) {
      const r = (3 + 14 * Math.sqrt(c.events / max)) * scale;
      if (c.places.length > 1) {
        const g = el('g', { class: 'cluster', role: 'button', tabindex: 0, 'aria-label': `${c.places.length} places, ${c.events} events: zoom in` });
        g.append(el('title', {}, `${c.places.length} places, ${c.events} events (${c.places.slice(0, 5).map((p) => p.name).join(', ')}…)`),
          el('circle', { cx: c.x, cy: c.y, r: r * 1.2, fill: tone(c.goldstein), 'fill-opacity': 0.7, stroke: '#fff', 'stroke-width': scale }),
          el('text', { x: c.x, y: c.y + 3 * scale, 'text-anchor': 'middle', class: 'cluster-label', 'font-size': 9 * scale }, String(c.places.length)));
        const go = () => this.zoomBy(4, c.x, c.y);
        g.addEventListener('click', go);
        g.addEventListener('keydown', (e) => { if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') { e.preventDefault(); go(); } });
        svg.append(g);
        continue;
      }
      const p = c.places[0];
      const q = new URLSearchParams(this.filters.slice(1));
      if (p.name) q.set('place', p.name);
      const shape = p.kind === 'country'
        ? el('rect', { x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r, fill: tone(p.goldstein), 'fill-opacity': 0.75, stroke: '#fff', 'stroke-width': scale, class: 'place country-level' })
        : el('circle', { cx: c.x, cy: c.y, r, fill: tone(p.goldstein), 'fill-opacity': 0.8, stroke: '#fff', 'stroke-width': scale, class: 'place' });
      const a = svgLink(`/events?${q}`, `${p.name ?? 'unnamed place'}${p.country ? `, ${p.country}` : ''}${p.kind === 'country' ? ' (country level)' : ''}: ${p.events} events`, shape);
      a.setAttribute('data-place', p.name ?? '');
      svg.append(a);
    }
  }
}
