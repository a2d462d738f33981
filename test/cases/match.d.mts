// Types of match.mjs (plain JavaScript so that scripts on dist/ can use it too).
import type { Event } from '../../src/doc/types.js';

export interface Want {
  source?: string | null; target?: string | null; root?: string; code?: string;
  modality?: string; attribution?: string | null; when?: string; historical?: boolean; where?: string; quantity?: number;
  sourceName?: string; targetName?: string;
}
export interface Case {
  why: string; text: string; date: string;
  events?: Want[]; none?: string[];
  /** the events coded, by (source, target, root), are exactly `events` */
  only?: boolean;
  /** construction tag (construction suite) */
  construction?: string;
  /** why the coder fails this case now: it must still fail */
  gap?: string;
  /** the table file it came from */
  file: string;
}
export function loadCases(dir: URL): Case[];
export function matches(w: Want, e: Event): boolean;
export function check(c: Pick<Case, 'events' | 'none' | 'only'>, events: Event[]): string[];
export function showEvent(e: Event): string;
export function showWant(w: Want): string;
