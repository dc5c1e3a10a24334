/**
 * The timeline scrubber: every step of the session (each command, paste or Build) is a
 * checkpoint, and the slider moves the world to any of them by restoring that checkpoint's
 * snapshot (`jumpTo`), never by replaying the steps between. Arrow keys step, Home and End
 * go to either end (the native range input's keys). A drag asks for at most one jump per
 * frame, so sweeping across a hundred steps restores a few snapshots, not a hundred. The
 * store announces the step reached; the label shows it.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { describeCheckpoint } from '../../store/timeline';
import { useAppStore } from '../../store';
import './timeline.css';

const NO_STEPS = 'No steps yet';

export function TimelineScrubber() {
  const id = useId();
  const timeline = useAppStore((s) => s.timeline);
  const ready = useAppStore((s) => s.status === 'ready');
  const jumpTo = useAppStore((s) => s.jumpTo);
  // The value being dragged to, shown at once while its jump waits for the next frame.
  const [pending, setPending] = useState<number | null>(null);
  const frame = useRef<number | null>(null);
  const target = useRef(0);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const last = timeline ? timeline.checkpoints.length - 1 : 0;
  const value = Math.min(pending ?? timeline?.cursor ?? 0, last);
  const label = timeline && last > 0 ? describeCheckpoint(timeline, value) : NO_STEPS;

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    target.current = Number(e.currentTarget.value);
    setPending(target.current);
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      jumpTo(target.current);
      setPending(null);
    });
  };

  return (
    <div className="lc-timeline">
      <label htmlFor={id} className="lc-timeline__label">
        Timeline
      </label>
      <input
        id={id}
        className="lc-timeline__slider"
        type="range"
        min={0}
        max={last}
        step={1}
        value={value}
        disabled={!ready || last === 0}
        aria-valuetext={label}
        onChange={onChange}
      />
      <span className="lc-timeline__step" title={label}>
        {label}
      </span>
    </div>
  );
}
