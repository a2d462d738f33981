// Dyad's page: two views, Analyze and Corpus, and a stored document (from the map); the view is
// part of the URL.
import './style.css';
import { setupAnalyze } from './analyze.js';
import { loadCorpus, setupCorpus } from './corpus.js';
import { showDocument } from './document.js';

function show(view: string): void {
  // a stored document is shown in the Analyze view's layout, without its form
  const doc = view === 'doc';
  const section = doc ? 'analyze' : view;
  for (const v of ['analyze', 'corpus']) {
    (document.getElementById(`view-${v}`) as HTMLElement).hidden = v !== section;
    document.getElementById(`tab-${v}`)!.setAttribute('aria-selected', String(v === view));
  }
  (document.getElementById('analyze-form') as HTMLElement).hidden = doc;
  (document.getElementById('doc-meta') as HTMLElement).hidden = !doc;
  if (view === 'corpus') void loadCorpus();
  if (doc) void showDocument(new URLSearchParams(location.search).get('id') ?? '');
}

setupAnalyze();
setupCorpus();
for (const b of document.querySelectorAll<HTMLButtonElement>('nav button')) {
  b.addEventListener('click', () => {
    const q = new URLSearchParams(location.search);
    q.set('view', b.dataset.view!);
    history.pushState(null, '', `?${q}`);
    show(b.dataset.view!);
  });
}
show(new URLSearchParams(location.search).get('view') ?? 'analyze');
