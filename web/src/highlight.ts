// An article's text with each event's evidence highlighted and its page furniture greyed with the
// reason; every highlight is reachable by keyboard (Tab, then Enter) as well as by pointer.
import type { Ev, Removed } from './api.js';

/** Draw `text` into `box`; `onSelect(i)` is called when event i is pointed at, focused or chosen. */
export function renderHighlighted(box: HTMLElement, text: string, events: Ev[], removed: Removed[], onSelect: (i: number) => void): void {
  box.replaceChildren();
  // cut points: event spans and removed spans; evidence spans may overlap, so marks never nest
  const pieces = [
    ...events.map((e, i) => ({ kind: 'event' as const, start: e.span[0], end: e.span[1], i, why: '' })),
    ...removed.map((r) => ({ kind: 'removed' as const, start: r.span[0], end: r.span[1], i: -1, why: r.why })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  const put = (to: number) => { if (to > at) box.append(text.slice(at, to)); at = Math.max(at, to); };
  for (const p of pieces) {
    if (p.start < at) continue;
    put(p.start);
    if (p.kind === 'removed') {
      const s = document.createElement('span');
      s.className = 'removed'; s.dataset.why = p.why; s.textContent = text.slice(p.start, p.end); s.title = `removed: ${p.why}`;
      box.append(s);
    } else {
      const m = document.createElement('mark');
      const e = events[p.i];
      m.className = 'ev'; m.dataset.event = String(p.i); m.textContent = text.slice(p.start, p.end);
      m.tabIndex = 0;
      m.setAttribute('aria-label', `event: ${e.source?.code ?? 'no source'} to ${e.target?.code ?? 'no target'}, ${e.label}, ${e.modality}`);
      m.addEventListener('mouseenter', () => onSelect(p.i));
      m.addEventListener('focus', () => onSelect(p.i));
      m.addEventListener('click', () => onSelect(p.i));
      box.append(m);
    }
    at = p.end;
  }
  put(text.length);
}

/** The list of events beside the text: each item a button. */
export function renderEventList(list: HTMLElement, events: Ev[], onSelect: (i: number) => void): void {
  list.replaceChildren(...events.map((e, i) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'link';
    b.dataset.event = String(i);
    b.textContent = `${e.source?.code ?? '—'} → ${e.target?.code ?? '—'}  ${e.cameo} ${e.label} (${e.modality})`;
    b.addEventListener('click', () => onSelect(i));
    b.addEventListener('mouseenter', () => onSelect(i));
    li.append(b);
    return li;
  }));
}

/** Who did what to whom, its code, modality, attribution, time, place and rule. */
export function showEvent(detail: HTMLElement, scope: HTMLElement, events: Ev[], i: number): void {
  const e = events[i];
  scope.querySelectorAll('.active').forEach((x) => x.classList.remove('active'));
  scope.querySelectorAll(`[data-event="${i}"]`).forEach((x) => x.classList.add('active'));
  const rows: [string, string][] = [
    ['source → target', `${e.source ? `${e.source.name} (${e.source.code})` : '—'} → ${e.target ? `${e.target.name} (${e.target.code})` : '—'}`],
    ['code', `${e.cameo} ${e.label}; Goldstein ${e.goldstein}`],
    ['modality', e.modality],
    ['attribution', e.attribution ? `${e.attribution.source} (${e.attribution.kind})` : '—'],
    ['when', e.when ? `${e.when.date}${e.when.historical ? ' (historical)' : ''}` : '—'],
    ['where', e.where ? `${e.where.name}${e.where.country ? ', ' + e.where.country : ''}` : '—'],
    ['rule', e.rule],
  ];
  const dl = document.createElement('dl');
  for (const [k, v] of rows) { const dt = document.createElement('dt'); dt.textContent = k; const dd = document.createElement('dd'); dd.textContent = v; dd.dataset.field = k; dl.append(dt, dd); }
  detail.replaceChildren(dl);
}
