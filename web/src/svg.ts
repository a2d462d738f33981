// Small helpers for the SVG charts: elements with attributes, links that the router follows and
// the keyboard reaches, and the colours of quad classes and Goldstein scores.
export const NS = 'http://www.w3.org/2000/svg';
export const QUAD = ['', 'var(--q1)', 'var(--q2)', 'var(--q3)', 'var(--q4)'];
export const QUAD_NAME = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

export function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e as SVGElement;
}

/** An SVG link: focusable, announced with `label`, followed by the page's router. */
export function svgLink(href: string, label: string, ...children: SVGElement[]): SVGElement {
  const a = el('a', { href, 'aria-label': label });
  a.append(el('title', {}, label), ...children);
  return a;
}

/** Goldstein -10 (red) .. +10 (green) */
export const tone = (g: number) => `hsl(${Math.round(((g + 10) / 20) * 120)}, 65%, 38%)`;

export const DAY = 86400000;
export const dayNumber = (d: string) => Math.floor(Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / DAY);
export const dayText = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** A legend of the four quad classes along the top of a chart. */
export function quadLegend(svg: SVGElement, x: number, y: number): void {
  for (let q = 1; q <= 4; q++) {
    const gx = x + (q - 1) * 130;
    svg.append(el('rect', { x: gx, y: y - 8, width: 10, height: 10, fill: QUAD[q] }), el('text', { x: gx + 14, y, class: 'node-label' }, QUAD_NAME[q]));
  }
}
