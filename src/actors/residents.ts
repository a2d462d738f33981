// "Albanians of southern Serbia", "Russians living in Latvia": a people named with the state or
// region they live in, when that is another state's, are residents there (as "ethnic Albanians"
// are), not the state their name comes from. The composition then places them where they live.
import type { Token } from '../doc/types.js';
import type { RawMatch } from './match.js';

const COMPASS = /^(northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern)$/;

/** Is the demonym match at raw[i] followed by "of|in|living in [the] [southern] X", X in another state? */
export function livesElsewhere(toks: Token[], raw: RawMatch[], i: number, own: string): boolean {
  const m = raw[i];
  let k = m.end;
  if (toks[k]?.lower === 'living' || toks[k]?.lower === 'residing') k++;
  if (!/^(of|in)$/.test(toks[k]?.lower ?? '')) return false;
  k++;
  if (toks[k]?.lower === 'the') k++;
  if (COMPASS.test(toks[k]?.lower ?? '')) k++;
  const next = raw[i + 1];
  if (!next || next.start !== k) return false;
  return next.entries.some((e) => (e.payload.kind === 'country' && e.payload.use === 'name' && e.payload.code !== own) || (e.payload.kind === 'place' && !!e.payload.place.country && e.payload.place.country !== own));
}
