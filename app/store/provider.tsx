/**
 * React access to one app instance's store. `StoreProvider` takes a store made outside
 * React (main.tsx, an embed's mount function, a test) or makes one from `options`, starts
 * it, and stops saving on unmount. There is no module-level store: two embeds on one page
 * never share state.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createAppStore, type AppStoreApi, type AppStoreOptions } from './create-app-store';
import type { AppStore } from './types';

const StoreContext = createContext<AppStoreApi | null>(null);

export function StoreProvider({
  store,
  options,
  children,
}: {
  store?: AppStoreApi;
  options?: AppStoreOptions;
  children: ReactNode;
}) {
  const [api] = useState(() => store ?? createAppStore(options));
  useEffect(() => api.getState().start(), [api]);
  return <StoreContext.Provider value={api}>{children}</StoreContext.Provider>;
}

export function useAppStoreApi(): AppStoreApi {
  const api = useContext(StoreContext);
  if (!api) throw new Error('useAppStore needs a <StoreProvider> above it.');
  return api;
}

/**
 * Reads from the store and re-renders when the selected value changes (Object.is). Select
 * primitives or stored objects; a selector that builds a new object each time needs
 * `useShallow` from 'zustand/react/shallow'.
 */
export function useAppStore<T>(selector: (state: AppStore) => T): T {
  return useStore(useAppStoreApi(), selector);
}
