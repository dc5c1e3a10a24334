/**
 * "Show solution", which asks first (trying teaches more), then shows the commands as text
 * and offers to run them in the terminal.
 */
import { useState } from 'react';
import { useAppStore } from '../../store';

export function Solution({ script, onShown }: { script: string; onShown: () => void }) {
  const [step, setStep] = useState<'hidden' | 'asking' | 'shown'>('hidden');
  const runScript = useAppStore((s) => s.runScript);
  if (step === 'hidden')
    return (
      <button type="button" className="lc-button" onClick={() => setStep('asking')}>
        Show the solution
      </button>
    );
  if (step === 'asking')
    return (
      <div className="lc-lesson__confirm" role="group" aria-label="Show the solution?">
        <p>Show the solution? Trying a little longer, with the hints, teaches more.</p>
        <button
          type="button"
          className="lc-button"
          autoFocus
          onClick={() => {
            setStep('shown');
            onShown();
          }}
        >
          Yes, show it
        </button>
        <button type="button" className="lc-button" onClick={() => setStep('hidden')}>
          Not yet
        </button>
      </div>
    );
  return (
    <div className="lc-lesson__solution">
      <pre aria-label="Solution">{script}</pre>
      <button type="button" className="lc-button" onClick={() => void runScript(script, 'typed')}>
        Run the solution in the terminal
      </button>
    </div>
  );
}
