import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { isFramed, startFrameBridge } from './features/embed/frameBridge';
import { runScorm } from './features/scorm/scorm';
import { isComplete, useProgressStore } from './state/progress';
import { parseViewOptions } from './state/viewOptions';
import { checkIdsOf, chapters } from './app/manifest';
import { startUrlSync } from './state/urlSync';
import './styles.css';

const { notes } = startUrlSync();
const { view, notes: viewNotes } = parseViewOptions(
  window.location.search,
  chapters.map((c) => c.id),
);
const root = document.getElementById('root')!;
const NotesWindow = lazy(() => import('./app/presenter/Presenter').then((m) => ({ default: m.NotesWindow })));
// The speaker-notes window that presenter mode opens with `s`.
const notesWindow = new URLSearchParams(window.location.search).has('speaker-notes');
const bridge = isFramed() && !notesWindow ? startFrameBridge(root) : null;
createRoot(root).render(
  <StrictMode>
    {notesWindow ? (
      <Suspense fallback={null}>
        <NotesWindow />
      </Suspense>
    ) : (
      <App notes={[...notes, ...viewNotes]} view={view} bridge={bridge} />
    )}
  </StrictMode>,
);

// The SCORM package (npm run build:scorm) reports to the LMS; other builds never look for one.
if (import.meta.env.MODE === 'scorm') {
  const last = chapters[chapters.length - 1];
  runScorm(window, (complete) => {
    const check = () => {
      if (isComplete(useProgressStore.getState(), last.id, checkIdsOf(last))) complete();
    };
    check();
    useProgressStore.subscribe(check);
  });
}
