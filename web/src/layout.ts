// A force-directed layout for the actor network (Fruchterman–Reingold), deterministic: it starts
// from a circle in the actors' order and uses no randomness, so the same data draws the same way.

export interface Box { x0: number; y0: number; x1: number; y1: number }

/** Positions for `ids`, pulled together along `edges` (weight: how many events), pushed apart otherwise. */
export function forceLayout(ids: string[], edges: { a: string; b: string; w: number }[], box: Box, steps = 300): Map<string, [number, number]> {
  const n = ids.length;
  const cx = (box.x0 + box.x1) / 2, cy = (box.y0 + box.y1) / 2;
  const rx = (box.x1 - box.x0) / 2, ry = (box.y1 - box.y0) / 2;
  const x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) { const t = (2 * Math.PI * i) / Math.max(1, n) - Math.PI / 2; x[i] = cx + 0.8 * rx * Math.cos(t); y[i] = cy + 0.8 * ry * Math.sin(t); }
  const index = new Map(ids.map((id, i) => [id, i]));
  const links = edges.flatMap((e) => { const a = index.get(e.a), b = index.get(e.b); return a === undefined || b === undefined || a === b ? [] : [{ a, b, w: 1 + Math.log2(e.w) }]; });
  const k = Math.sqrt(((box.x1 - box.x0) * (box.y1 - box.y0)) / Math.max(1, n)) * 0.6;
  const dx = new Float64Array(n), dy = new Float64Array(n);
  let temp = rx / 4;
  for (let s = 0; s < steps; s++) {
    dx.fill(0); dy.fill(0);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      let ex = x[i] - x[j], ey = y[i] - y[j];
      let d = Math.hypot(ex, ey);
      if (d < 0.01) { ex = 0.01 * (i - j); ey = 0.01; d = Math.hypot(ex, ey); }
      // beyond a few spring lengths actors no longer push: unconnected groups stay near the rest
      if (d > 3 * k) continue;
      const f = (k * k) / d;
      dx[i] += (ex / d) * f; dy[i] += (ey / d) * f; dx[j] -= (ex / d) * f; dy[j] -= (ey / d) * f;
    }
    for (const l of links) {
      const ex = x[l.a] - x[l.b], ey = y[l.a] - y[l.b];
      const d = Math.max(0.01, Math.hypot(ex, ey));
      const f = ((d * d) / k) * Math.min(3, l.w) / 3;
      dx[l.a] -= (ex / d) * f; dy[l.a] -= (ey / d) * f; dx[l.b] += (ex / d) * f; dy[l.b] += (ey / d) * f;
    }
    for (let i = 0; i < n; i++) {
      // a little gravity keeps actors with no ties on the page
      dx[i] += (cx - x[i]) * 0.1; dy[i] += (cy - y[i]) * 0.1;
      const d = Math.max(0.01, Math.hypot(dx[i], dy[i]));
      const m = Math.min(d, temp);
      x[i] += (dx[i] / d) * m;
      y[i] += (dy[i] / d) * m;
    }
    temp = Math.max(0.5, temp * 0.985);
  }
  // laid out freely, then fitted to the box (clamping during the run piles actors on its edges)
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) { minX = Math.min(minX, x[i]); maxX = Math.max(maxX, x[i]); minY = Math.min(minY, y[i]); maxY = Math.max(maxY, y[i]); }
  const sx = maxX > minX ? (box.x1 - box.x0) / (maxX - minX) : 1, sy = maxY > minY ? (box.y1 - box.y0) / (maxY - minY) : 1;
  const fit = (v: number, min: number, max: number, scale: number, lo: number, hi: number) => (max > min ? lo + (v - min) * scale : (lo + hi) / 2);
  return new Map(ids.map((id, i) => [id, [fit(x[i], minX, maxX, sx, box.x0, box.x1), fit(y[i], minY, maxY, sy, box.y0, box.y1)]]));
}
