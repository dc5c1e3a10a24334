/**
 * The full app: one store (made by the caller, or here from options) and the shell around
 * the views. Embeds and a presentation mode will sit beside this with their own shells.
 * `?mode=present` opens the presentation mode instead (loaded on demand, with its own store).
 */
import { lazy, Suspense } from 'react';
import { StoreProvider, type AppStoreApi, type AppStoreOptions } from '../store';
import { AppShell } from '../ui/AppShell/AppShell';
import { isPresentSearch } from '../ui/Present/PresentLink';
import { ShareEntry } from '../ui/Share/ShareEntry';

const PresentMode = lazy(() =>
  import('./Present').then(
    (mod) => ({ default: mod.PresentMode }),
    // A chunk that fails to load (a new deployment, a dropped connection) says so.
    () => ({
      default: () => <p role="alert">The presentation could not be loaded; reload the page.</p>,
    }),
  ),
);

export function App({ store, options }: { store?: AppStoreApi; options?: AppStoreOptions }) {
  if (typeof location !== 'undefined' && isPresentSearch(location.search)) {
    return (
      <Suspense fallback={<p>Loading the presentation…</p>}>
        <PresentMode />
      </Suspense>
    );
  }
  return (
    <StoreProvider {...(store ? { store } : {})} {...(options ? { options } : {})}>
      <AppShell headerNav={<ShareEntry />} />
    </StoreProvider>
  );
}
