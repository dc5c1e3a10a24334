/**
 * The embed mode: one store for this player (nothing saved: a sandboxed frame has no
 * storage), seeded with the scenario, or with nothing when autoplay runs it step by step.
 */
import { useState } from 'react';
import { createAppStore, StoreProvider } from '../store';
import { autoplayUnits, EmbedShell, type EmbedShellProps } from '../ui/Embed/EmbedShell';

export interface EmbedModeProps extends Omit<EmbedShellProps, 'autoplay'> {
  script: string;
  autoplay: boolean;
}

export function EmbedMode({ script, autoplay, ...shell }: EmbedModeProps) {
  const [store] = useState(() => {
    const made = createAppStore({
      storage: null,
      seed: { script: autoplay ? '' : script, files: {} },
    });
    made.getState().setTheme(shell.theme);
    return made;
  });
  const [units] = useState(() => (autoplay ? autoplayUnits(script) : []));
  return (
    <StoreProvider store={store}>
      <EmbedShell {...shell} autoplay={units} />
    </StoreProvider>
  );
}
