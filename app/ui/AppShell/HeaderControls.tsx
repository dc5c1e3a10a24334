/**
 * The header's controls: undo and redo of whole steps, the animation speed and pause
 * (always visible, since a teacher reaches for them mid-sentence), the theme, and starting
 * over. Build sits apart as the primary action.
 */
import { useId } from 'react';
import { SPEEDS, useAppStore, type Speed, type Theme } from '../../store';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'projection', label: 'Projection' },
];

export function UndoRedo() {
  const canUndo = useAppStore((s) => s.canUndo);
  const canRedo = useAppStore((s) => s.canRedo);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  return (
    <div className="lc-header__group" role="group" aria-label="History">
      <button type="button" className="lc-button" onClick={undo} disabled={!canUndo}>
        Undo
      </button>
      <button type="button" className="lc-button" onClick={redo} disabled={!canRedo}>
        Redo
      </button>
    </div>
  );
}

export function SpeedControl() {
  const id = useId();
  const speed = useAppStore((s) => s.speed);
  const paused = useAppStore((s) => s.paused);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const setPaused = useAppStore((s) => s.setPaused);
  return (
    <div className="lc-header__group">
      <label htmlFor={id}>Speed</label>
      <select
        id={id}
        className="lc-select"
        value={String(speed)}
        onChange={(e) => setSpeed(Number(e.target.value) as Speed)}
      >
        {SPEEDS.map((s) => (
          <option key={s} value={String(s)}>
            {s}×
          </option>
        ))}
      </select>
      <button
        type="button"
        className="lc-button"
        aria-pressed={paused}
        onClick={() => setPaused(!paused)}
      >
        Pause
      </button>
    </div>
  );
}

export function ThemeSwitcher() {
  const id = useId();
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <div className="lc-header__group">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        className="lc-select"
        value={theme}
        onChange={(e) => setTheme(e.target.value as Theme)}
      >
        {THEMES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
    </div>
  );
}
