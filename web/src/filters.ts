// The corpus filters: one set, kept in the address, read back into the form on every view change
// (so Back restores the form as well as the charts).
export const FILTER_FIELDS = ['actor', 'dyad', 'code', 'modality', 'since', 'until', 'outlet', 'attribution', 'place', 'q', 'historical'] as const;

/** The filters of an address, as an API query string ("" or "?actor=RUS&..."). */
export function filterQuery(params: URLSearchParams, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  for (const f of FILTER_FIELDS) { const v = params.get(f); if (v) q.set(f, v); }
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Put the address's filters into the form. */
export function fillForm(form: HTMLFormElement, params: URLSearchParams): void {
  for (const f of FILTER_FIELDS) {
    const input = form.elements.namedItem(f) as HTMLInputElement | HTMLSelectElement | null;
    if (!input) continue;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = params.get(f) === input.value;
    else input.value = params.get(f) ?? '';
  }
}

/** The form's filters as address parameters. */
export function readForm(form: HTMLFormElement): URLSearchParams {
  const q = new URLSearchParams();
  for (const f of FILTER_FIELDS) {
    const input = form.elements.namedItem(f) as HTMLInputElement | HTMLSelectElement | null;
    if (!input) continue;
    const v = input instanceof HTMLInputElement && input.type === 'checkbox' ? (input.checked ? input.value : '') : input.value.trim();
    if (v) q.set(f, v);
  }
  return q;
}

/** Words that describe the filters, for headings ("actor RUS, since 2022-07"). */
export function describeFilters(params: URLSearchParams): string {
  const parts = FILTER_FIELDS.flatMap((f) => (params.get(f) ? [`${f} ${params.get(f)}`] : []));
  return parts.length ? parts.join(', ') : 'all events';
}
