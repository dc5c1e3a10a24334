/** Starts the lesson over from its start scenario, after asking (it drops what was typed). */
import { useState } from 'react';
import { useAppStore } from '../../store';

export function StartLessonOver() {
  const reset = useAppStore((s) => s.reset);
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="lc-button" onClick={() => setAsking(true)}>
        Start the lesson over
      </button>
    );
  return (
    <div className="lc-lesson__confirm" role="group" aria-label="Start the lesson over?">
      <p>Start over? What you typed in this lesson is dropped.</p>
      <button
        type="button"
        className="lc-button"
        autoFocus
        onClick={() => {
          setAsking(false);
          void reset();
        }}
      >
        Yes, start over
      </button>
      <button type="button" className="lc-button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
