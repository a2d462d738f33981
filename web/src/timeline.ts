// Events over time, stacked by quad class, on a continuous axis (days without events are gaps),
// binned by day, week or 30 days as the range needs. Each bar opens its events; dragging across
// the chart picks a time range for the filters. Undated events are left off the axis, with a note.
import { QUAD, QUAD_NAME, dayNumber, dayText, el, quadLegend, svgLink } from './svg.js';

export interface TimeRow { date: string; quad: number; events: number; goldstein?: number }
const X0 = 30, WIDTH = 560, BASE = 210, HEIGHT = 170;

export interface Bins { first: number; binDays: number; bins: number; stacks: Map<number, number[]> }

export function binTimeline(rows: TimeRow[]): Bins | null {
  const dated = rows.filter((r) => /^\d{4}-\d{2}-\d{2}/.test(r.date));
  if (!dated.length) return null;
  const first = Math.min(...dated.map((r) => dayNumber(r.date))), last = Math.max(...dated.map((r) => dayNumber(r.date)));
  const span = last - first + 1;
  const binDays = span <= WIDTH / 2 ? 1 : span / 7 <= WIDTH / 2 ? 7 : 30;
  const stacks = new Map<number, number[]>();
  for (const r of dated) {
    const i = Math.floor((dayNumber(r.date) - first) / binDays);
    const st = stacks.get(i) ?? [0, 0, 0, 0, 0];
    st[r.quad] = (st[r.quad] ?? 0) + r.events;
    stacks.set(i, st);
  }
  return { first, binDays, bins: Math.ceil(span / binDays), stacks };
}

export function drawTimeline(svg: SVGSVGElement, rows: TimeRow[], undated: number, filters: string, onBrush?: (since: string, until: string) => void): void {
  svg.replaceChildren();
  quadLegend(svg, X0, 14);
  const b = binTimeline(rows);
  if (!b) { svg.append(el('text', { x: 300, y: 120, 'text-anchor': 'middle', class: 'node-label' }, 'no dated events')); return; }
  const max = Math.max(1, ...[...b.stacks.values()].map((st) => st.reduce((x, y) => x + y, 0)));
  const w = Math.min(40, WIDTH / b.bins);
  const unit = b.binDays === 1 ? 'day' : b.binDays === 7 ? 'week' : '30 days';
  for (const [i, st] of b.stacks) {
    let y = BASE;
    const from = dayText(b.first + i * b.binDays), to = dayText(b.first + (i + 1) * b.binDays - 1);
    const q = new URLSearchParams(filters.slice(1));
    q.set('since', from); q.set('until', to);
    for (let k = 1; k <= 4; k++) {
      if (!st[k]) continue;
      const h = (HEIGHT * st[k]) / max;
      y -= h;
      const rect = el('rect', { x: X0 + i * w, y, width: Math.max(1, w - 1), height: h, fill: QUAD[k], 'data-day': from, 'data-quad': k, 'data-events': st[k] });
      svg.append(svgLink(`/events?${q}`, `${from}${b.binDays > 1 ? ` to ${to}` : ''}: ${st[k]} events of ${QUAD_NAME[k]}`, rect));
    }
  }
  svg.append(el('line', { x1: X0 - 2, y1: BASE, x2: X0 + b.bins * w, y2: BASE, stroke: '#999' }));
  const ticks = Math.min(4, b.bins);
  for (let t = 0; t <= ticks; t++) {
    const i = Math.round((t * (b.bins - 1)) / Math.max(1, ticks));
    svg.append(el('text', { x: X0 + i * w, y: BASE + 15, 'text-anchor': t === 0 ? 'start' : t === ticks ? 'end' : 'middle', class: 'node-label' }, dayText(b.first + i * b.binDays)));
  }
  svg.append(el('text', { x: X0 - 4, y: BASE - HEIGHT + 4, 'text-anchor': 'end', class: 'node-label' }, String(max)));
  svg.append(el('text', { x: 590, y: BASE + 28, 'text-anchor': 'end', class: 'node-label' }, `events per ${unit}${undated ? `; ${undated} undated events not shown` : ''}`));
  if (onBrush) brush(svg, b, w, onBrush);
}

/** Drag across the bars to choose a time range. */
function brush(svg: SVGSVGElement, b: Bins, w: number, onBrush: (since: string, until: string) => void): void {
  const band = el('rect', { x: 0, y: BASE - HEIGHT, width: 0, height: HEIGHT, class: 'brush' });
  svg.append(band);
  const xOf = (e: PointerEvent) => { const p = svg.createSVGPoint(); p.x = e.clientX; p.y = e.clientY; return p.matrixTransform(svg.getScreenCTM()!.inverse()).x; };
  let start: number | null = null;
  svg.addEventListener('pointerdown', (e) => { start = xOf(e); });
  svg.addEventListener('pointermove', (e) => {
    if (start === null) return;
    const x = xOf(e);
    band.setAttribute('x', String(Math.min(start, x))); band.setAttribute('width', String(Math.abs(x - start)));
  });
  svg.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const x0 = Math.min(start, xOf(e)), x1 = Math.max(start, xOf(e));
    start = null;
    band.setAttribute('width', '0');
    if (x1 - x0 < 4) return;   // a click, not a drag: the bar's link handles it
    const bin = (x: number) => Math.min(b.bins - 1, Math.max(0, Math.floor((x - X0) / w)));
    onBrush(dayText(b.first + bin(x0) * b.binDays), dayText(b.first + (bin(x1) + 1) * b.binDays - 1));
  });
}

/** A dyad's direction: counts by quad (bars) and mean Goldstein score per bin (a line, right axis). */
export function drawSeries(svg: SVGSVGElement, rows: TimeRow[]): void {
  drawTimeline(svg, rows, 0, '');
  const b = binTimeline(rows);
  if (!b) return;
  const w = Math.min(40, WIDTH / b.bins);
  const sum = new Map<number, [number, number]>();
  for (const r of rows) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(r.date)) continue;
    const i = Math.floor((dayNumber(r.date) - b.first) / b.binDays);
    const s = sum.get(i) ?? [0, 0];
    s[0] += (r.goldstein ?? 0) * r.events; s[1] += r.events;
    sum.set(i, s);
  }
  const y = (g: number) => BASE - ((g + 10) / 20) * HEIGHT;
  const pts = [...sum.entries()].sort((a, c) => a[0] - c[0]).map(([i, [g, n]]) => `${X0 + i * w + w / 2},${y(g / n)}`);
  svg.append(el('polyline', { points: pts.join(' '), fill: 'none', stroke: '#111', 'stroke-width': 1.5, class: 'goldstein' }));
  svg.append(el('line', { x1: X0, x2: X0 + b.bins * w, y1: y(0), y2: y(0), stroke: '#bbb', 'stroke-dasharray': '3 3' }));
  svg.append(el('text', { x: 596, y: y(0) + 4, 'text-anchor': 'end', class: 'node-label' }, 'Goldstein 0'));
}
