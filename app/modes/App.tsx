/**
 * The full app: one store (made by the caller, or here from options) and the shell around
 * the views. Embeds and a presentation mode will sit beside this with their own shells.
 */
import { StoreProvider, type AppStoreApi, type AppStoreOptions } from '../store';
import { AppShell } from '../ui/AppShell/AppShell';

export function App({ store, options }: { store?: AppStoreApi; options?: AppStoreOptions }) {
  return (
    <StoreProvider {...(store ? { store } : {})} {...(options ? { options } : {})}>
      <AppShell />
    </StoreProvider>
  );
}
