/**
 * The top bar: the title, the full app's share and learn links (when given), the controls,
 * and Build (also Ctrl/Cmd+Enter anywhere). Reading and tab order follow what is seen: title,
 * links, then the controls with Build last. The parts wrap as whole groups on narrow screens.
 */
import type { ReactNode } from 'react';
import { useAppStore } from '../../store';
import { SpeedControl, ThemeSwitcher, UndoRedo } from './HeaderControls';
import { StartOver } from './StartOver';
import { PresentLink } from '../Present/PresentLink';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function Header({ nav }: { nav?: ReactNode }) {
  const build = useAppStore((s) => s.build);
  return (
    <header className="lc-header">
      <div className="lc-header__title">
        <h1>Layercake</h1>
        <p className="lc-header__tagline">Docker images and containers, layer by layer</p>
      </div>
      {nav}
      <div className="lc-header__controls">
        <div className="lc-header__cluster">
          <UndoRedo />
          <SpeedControl />
          <ThemeSwitcher />
        </div>
        <div className="lc-header__cluster">
          <StartOver />
          <PresentLink />
          <button
            type="button"
            className="lc-button lc-button--primary lc-build"
            onClick={() => void build()}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            title={`Build the image: runs docker build -t app . (${isMac ? '⌘' : 'Ctrl'}+Enter)`}
          >
            Build
          </button>
        </div>
      </div>
    </header>
  );
}
