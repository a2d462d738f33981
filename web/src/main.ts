// Dyad's page: one view at a time, named by the address (router.ts); each view loads what its
// address asks for, so deep links, Back and Forward all work.
import './style.css';
import { setupAnalyze } from './analyze.js';
import { loadCorpus, setupCorpus } from './corpus.js';
import { loadEventsView } from './events-view.js';
import { loadDocument } from './document-view.js';
import { loadDyad } from './dyad-view.js';
import { loadSearch, setupSearch } from './search-view.js';
import { startRouter, type Route, type View } from './router.js';

const VIEWS: View[] = ['analyze', 'corpus', 'events', 'document', 'dyad', 'search'];
const TABS: Partial<Record<View, string>> = { analyze: 'analyze', corpus: 'corpus', events: 'events', search: 'search', document: 'corpus', dyad: 'corpus' };

function show(r: Route): void {
  for (const v of VIEWS) (document.getElementById(`view-${v}`) as HTMLElement).hidden = v !== r.view;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (a.dataset.view === TABS[r.view]) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  document.title = `Dyad: ${r.view}`;
  if (r.view === 'corpus') void loadCorpus(r.params);
  else if (r.view === 'events') void loadEventsView(r.params);
  else if (r.view === 'document') void loadDocument(r.id!);
  else if (r.view === 'dyad') void loadDyad(r.a!, r.b!, r.params);
  else if (r.view === 'search') void loadSearch(r.params);
}

setupAnalyze();
setupCorpus();
setupSearch();
startRouter(show);
