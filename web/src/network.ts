// The actor network: the strongest ties first (as many as asked for) and the actors they join,
// drawn with a deterministic force layout. Edges are directed (arrows) and open the dyad view;
// actors open their events.
import { forceLayout } from './layout.js';
import { el, svgLink, tone } from './svg.js';

export interface ActorRow { code: string; name?: string; events: number }
export interface DyadRow { source: string; target: string; events: number; goldstein: number }

/** The `edges` strongest dyads (self-ties left out) and the actors they join, most active first. */
export function strongest(dyads: DyadRow[], actors: ActorRow[], edges: number): { nodes: ActorRow[]; ties: DyadRow[] } {
  const ties = dyads.filter((d) => d.source !== d.target).sort((a, b) => b.events - a.events).slice(0, edges);
  const byCode = new Map(actors.map((a) => [a.code, a]));
  const codes = new Set(ties.flatMap((d) => [d.source, d.target]));
  const nodes = [...codes].map((c) => byCode.get(c) ?? { code: c, events: 0 }).sort((a, b) => b.events - a.events || a.code.localeCompare(b.code));
  return { nodes, ties };
}

export function drawNetwork(svg: SVGSVGElement, actors: ActorRow[], dyads: DyadRow[], edges: number, filters: string): void {
  svg.replaceChildren();
  const { nodes, ties } = strongest(dyads, actors, edges);
  if (!nodes.length) { svg.append(el('text', { x: 300, y: 210, 'text-anchor': 'middle', class: 'node-label' }, 'no ties between actors')); return; }
  const defs = el('defs', {});
  // sized in the chart's units, not by the edge's width (thick edges would get huge heads)
  const marker = el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' });
  marker.append(el('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#555' }));
  defs.append(marker);
  svg.append(defs);
  const max = Math.max(1, ...nodes.map((n) => n.events));
  const radius = (n: ActorRow) => 4 + 14 * Math.sqrt(n.events / max);
  const pos = forceLayout(nodes.map((n) => n.code), ties.map((d) => ({ a: d.source, b: d.target, w: d.events })), { x0: 40, y0: 30, x1: 540, y1: 390 });
  const r = new Map(nodes.map((n) => [n.code, radius(n)]));
  for (const d of ties) {
    const a = pos.get(d.source)!, b = pos.get(d.target)!;
    // stop short of the target's circle so the arrow shows; a pair in both directions bends apart
    const len = Math.max(1, Math.hypot(b[0] - a[0], b[1] - a[1]));
    const ux = (b[0] - a[0]) / len, uy = (b[1] - a[1]) / len;
    const end = [b[0] - ux * (r.get(d.target)! + 2), b[1] - uy * (r.get(d.target)! + 2)];
    const mid = [(a[0] + end[0]) / 2 - uy * 12, (a[1] + end[1]) / 2 + ux * 12];
    const path = el('path', { d: `M${a[0]},${a[1]} Q${mid[0]},${mid[1]} ${end[0]},${end[1]}`, fill: 'none', stroke: tone(d.goldstein), 'stroke-width': Math.min(8, 1 + Math.log2(d.events)), 'stroke-opacity': 0.75, 'marker-end': 'url(#arrow)', class: 'edge' });
    svg.append(svgLink(`/dyads/${encodeURIComponent(d.source)}/${encodeURIComponent(d.target)}${filters}`, `${d.source} to ${d.target}: ${d.events} events, mean Goldstein ${d.goldstein}`, path));
    svg.lastElementChild!.setAttribute('data-dyad', `${d.source}:${d.target}`);
  }
  for (const n of nodes) {
    const [x, y] = pos.get(n.code)!;
    const q = new URLSearchParams(filters.slice(1));
    q.set('actor', n.code);
    const g = svgLink(`/events?${q}`, `${n.code}: ${n.name ?? n.code}, ${n.events} events`,
      el('circle', { cx: x, cy: y, r: r.get(n.code)!, fill: '#4a5568', 'fill-opacity': 0.85 }),
      el('text', { x: x + 8, y: y - 8, class: 'node-label' }, n.code));
    g.setAttribute('data-actor', n.code);
    svg.append(g);
  }
}
