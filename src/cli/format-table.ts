// The readable table of `dyad analyze`: one line per event.
import type { Doc, Event } from '../doc/types.js';

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const who = (a: Event['source']) => (a ? `${a.name} (${a.code})` : '—');

export function formatTable(doc: Doc): string {
  const lines: string[] = [];
  lines.push(`${doc.id}  ${doc.date}${doc.title ? '  ' + clip(doc.title, 70) : ''}`);
  lines.push(`${doc.sentences.length} sentences, ${doc.events.length} events, ${doc.removed.length} furniture lines removed`);
  lines.push('');
  const head = ['sent', 'source → target', 'code', 'modality', 'attribution', 'when', 'where', 'evidence'];
  const rows = doc.events.map((e) => [
    String(e.sentence), `${who(e.source)} → ${who(e.target)}`, `${e.cameo} ${clip(e.label, 32)}`, e.modality,
    e.attribution ? clip(e.attribution.source, 18) : '', e.when ? e.when.date + (e.when.historical ? '*' : '') : '',
    e.where ? clip(e.where.name, 16) : '', clip(e.trigger.text === '' ? '' : `“${doc.text.slice(e.span[0], e.span[1]).replace(/\s+/g, ' ')}”`, 70),
  ]);
  const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  lines.push(fmt(head));
  for (const r of rows) lines.push(fmt(r));
  if (doc.removed.length) {
    lines.push('', 'removed:');
    for (const r of doc.removed) lines.push(`  [${r.why}] ${clip(r.text, 90)}`);
  }
  lines.push('', '* historical: the event lies clearly before the report');
  return lines.join('\n');
}
