/**
 * The presentation entry (`?mode=present`, optionally with a share link's `#s=…`): its own
 * store that saves nothing (a projector's browser keeps no one's work, and the learner's
 * saved work is never overwritten) and starts from an empty laptop, so Home goes back to
 * before the first step. The scenario comes from the link, else the default one.
 */
import { useState } from 'react';
import { createAppStore, StoreProvider } from '../store';
import { DEFAULT_PRESENTATION } from '../ui/Present/default-scenario';
import { Present } from '../ui/Present/Present';
import { unitsFromLink, unitsFromScript } from '../ui/Present/scenario-units';

interface Opening {
  units: string[];
  error: string | null;
}

function openingFor(hash: string): Opening {
  const fallback = unitsFromScript(DEFAULT_PRESENTATION);
  const units = fallback.ok ? fallback.units : [];
  if (!hash.includes('s=')) return { units, error: null };
  const linked = unitsFromLink(hash);
  if (linked.ok) return { units: linked.units, error: null };
  return { units, error: `${linked.error} The example scenario is shown instead.` };
}

export function PresentMode() {
  const [opening] = useState(() =>
    openingFor(typeof location === 'undefined' ? '' : location.hash),
  );
  const [store] = useState(() =>
    createAppStore({ storage: null, seed: { script: '', files: {} } }),
  );
  const exitHref = typeof location === 'undefined' ? '/' : location.pathname;
  return (
    <StoreProvider store={store}>
      <Present initialUnits={opening.units} openingError={opening.error} exitHref={exitHref} />
    </StoreProvider>
  );
}
