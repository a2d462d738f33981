// The page's views by address: / (?view=analyze|corpus), /events?filters, /documents/ID,
// /dyads/A/B, /search?q=. Links inside the page change the address without a reload; Back and
// Forward show the view (and the form) the address names; a deep link loads directly.
export type View = 'analyze' | 'corpus' | 'events' | 'document' | 'dyad' | 'search';
export interface Route { view: View; params: URLSearchParams; id?: string; a?: string; b?: string }

export function parseRoute(loc: Location = location): Route {
  const params = new URLSearchParams(loc.search);
  const parts = loc.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'events') return { view: 'events', params };
  if (parts[0] === 'documents' && parts[1]) return { view: 'document', params, id: parts[1] };
  if (parts[0] === 'dyads' && parts[1] && parts[2]) return { view: 'dyad', params, a: parts[1], b: parts[2] };
  if (parts[0] === 'search') return { view: 'search', params };
  return { view: params.get('view') === 'corpus' ? 'corpus' : 'analyze', params };
}

let render: (r: Route) => void = () => {};

export function navigate(href: string): void {
  history.pushState(null, '', href);
  render(parseRoute());
  window.scrollTo(0, 0);
}

/** Follow in-page links, Back and Forward; `show` draws the view of a route. */
export function startRouter(show: (r: Route) => void): void {
  render = show;
  document.addEventListener('click', (e) => {
    const a = (e.target as Element).closest?.('a[data-nav], nav a, svg a');
    if (!a || e.defaultPrevented || (e as MouseEvent).button !== 0 || (e as MouseEvent).metaKey || (e as MouseEvent).ctrlKey) return;
    const href = a.getAttribute('href') ?? a.getAttribute('xlink:href');
    if (!href || !href.startsWith('/') || href.startsWith('/api/')) return;
    e.preventDefault();
    navigate(href);
  });
  window.addEventListener('popstate', () => render(parseRoute()));
  render(parseRoute());
}
