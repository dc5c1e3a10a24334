/**
 * The Auto-build switch: when it is on, a pause in typing (in the Dockerfile or a context
 * file) runs Build, so the layer stack follows the text. It waits while the Dockerfile has
 * an error (a half-typed line would only print a failure), while the terminal is inside a
 * container or on another host, and while a command is running.
 */
import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';

/** How long typing must pause before a rebuild. */
export const AUTO_BUILD_PAUSE_MS = 1200;

function useAutoBuild(on: boolean) {
  const api = useAppStoreApi();
  // Every edit makes a new drafts object: the pause is timed from the latest one.
  const drafts = useAppStore((s) => s.drafts);
  useEffect(() => {
    if (!on || Object.keys(drafts).length === 0) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void import('./dockerfile-diagnostics').then(({ dockerfileDiagnostics }) => {
        const state = api.getState();
        if (cancelled || state.status !== 'ready' || state.attached || state.running) return;
        const problems = dockerfileDiagnostics(state.dockerfile);
        if (problems.some((d) => d.severity === 'error')) return;
        void state.build();
      });
    }, AUTO_BUILD_PAUSE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [on, drafts, api]);
}

export function AutoBuildSwitch() {
  const on = useAppStore((s) => s.autoBuild);
  const setAutoBuild = useAppStore((s) => s.setAutoBuild);
  useAutoBuild(on);
  return (
    <label className="lc-autobuild">
      <input type="checkbox" checked={on} onChange={(e) => setAutoBuild(e.target.checked)} />
      Auto-build <span className="lc-autobuild__hint">when I pause typing</span>
    </label>
  );
}
