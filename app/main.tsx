import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './modes/App';
import { createMainStore, isLessonsSearch, reloadOnNewLink } from './modes/main-store';
import './ui/AppShell/themes.css';

const LessonsMode = lazy(() =>
  import('./modes/Lessons').then((mod) => ({ default: mod.LessonsMode })),
);

// The store is made here, outside React, so StrictMode's double render cannot make two.
// A share link in the address (#s=…) opens that session (app/modes/main-store.ts).
const root = document.getElementById('root');
if (root) {
  const store = createMainStore(window.location);
  reloadOnNewLink(window);
  createRoot(root).render(
    <StrictMode>
      {isLessonsSearch(window.location.search) ? (
        <Suspense fallback={<p>Loading the lessons…</p>}>
          <LessonsMode />
        </Suspense>
      ) : (
        <App store={store} />
      )}
    </StrictMode>,
  );
}
