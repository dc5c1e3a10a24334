/**
 * The presenter's bar: where the scenario stands ("Step 3 of 12"), the controls (Back,
 * Play/Pause, Next, speed), and the way to load a scenario, see the keys, go full screen
 * or leave. Pause is always on screen (WCAG 2.2.2): auto-advance moves the page on its own.
 */
import { useId } from 'react';
import { SPEEDS, type Speed } from '../../store';
import type { Player } from './use-player';

export function PresentBar({
  player,
  loaderId,
  loaderOpen,
  onToggleLoader,
  onSpeed,
  exitHref,
}: {
  player: Player;
  loaderId: string;
  loaderOpen: boolean;
  onToggleLoader: () => void;
  onSpeed: (speed: Speed) => void;
  exitHref: string;
}) {
  const speedId = useId();
  const { state, position, total, running, dispatch } = player;
  return (
    <header className="lc-present__bar">
      <h1 className="lc-present__title">Layercake</h1>
      <p className="lc-present__progress" data-testid="present-progress">
        Step {position} of {total}
      </p>
      <div className="lc-present__controls" role="group" aria-label="Presentation controls">
        <button
          type="button"
          className="lc-button"
          onClick={() => dispatch('back')}
          disabled={position === 0 || running}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          ← Back
        </button>
        <button
          type="button"
          className="lc-button lc-present__play"
          onClick={() => dispatch('toggle-play')}
          aria-keyshortcuts="P"
          disabled={!state.playing && position >= total}
        >
          {state.playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button
          type="button"
          className="lc-button lc-button--primary"
          onClick={() => dispatch('next')}
          disabled={position >= total || running}
          aria-keyshortcuts="ArrowRight Space PageDown"
        >
          Next →
        </button>
        <label htmlFor={speedId}>Speed</label>
        <select
          id={speedId}
          className="lc-select"
          value={String(state.speed)}
          onChange={(e) => onSpeed(Number(e.target.value) as Speed)}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {s}×
            </option>
          ))}
        </select>
      </div>
      <div className="lc-present__controls" role="group" aria-label="Presentation tools">
        <button
          type="button"
          className="lc-button"
          aria-expanded={loaderOpen}
          aria-controls={loaderOpen ? loaderId : undefined}
          onClick={onToggleLoader}
        >
          Scenario…
        </button>
        <button
          type="button"
          className="lc-button"
          onClick={() => dispatch('help')}
          aria-keyshortcuts="?"
          aria-label="Keys"
          title="Keys (?)"
        >
          Keys ?
        </button>
        <button
          type="button"
          className="lc-button"
          onClick={() => dispatch('fullscreen')}
          aria-keyshortcuts="F"
        >
          Full screen
        </button>
        <a className="lc-button" href={exitHref}>
          Exit
        </a>
      </div>
    </header>
  );
}
