// Dyad's page: two views, Analyze and Corpus; the view is part of the URL.
import './style.css';
import { setupAnalyze } from './analyze.js';
import { loadCorpus, setupCorpus } from './corpus.js';

function show(view: string): void {
  for (const v of ['analyze', 'corpus']) {
    (document.getElementById(`view-${v}`) as HTMLElement).hidden = v !== view;
    document.getElementById(`tab-${v}`)!.setAttribute('aria-selected', String(v === view));
  }
  if (view === 'corpus') void loadCorpus();
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
