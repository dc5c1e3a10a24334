/**
 * A question asked before the learner finds out. The answer is not written down: the
 * engine finds it by running the lesson's start and the question's probe in a separate,
 * headless session (loaded on demand), so the simulation is the authority.
 */
import { useId, useState } from 'react';
import type { Lesson, Prediction } from '../../lessons/types';

type Phase =
  | { kind: 'asking' }
  | { kind: 'checking' }
  | { kind: 'answered'; correct: string | null }
  | { kind: 'skipped' };

async function engineAnswer(lesson: Lesson): Promise<string | null> {
  const [{ derivePredictionAnswer }, { loadCatalog }] = await Promise.all([
    import('../../lessons/headless'),
    import('../../engine/catalog/index'),
  ]);
  const catalog = await loadCatalog();
  try {
    return derivePredictionAnswer(lesson, catalog);
  } catch {
    return null;
  }
}

export function PredictionQuestion({
  lesson,
  prediction,
}: {
  lesson: Lesson;
  prediction: Prediction;
}) {
  const name = useId();
  const headingId = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'asking' });
  if (phase.kind === 'skipped') return null;
  const labelOf = (id: string | null) => prediction.choices.find((c) => c.id === id)?.label;

  const check = async () => {
    setPhase({ kind: 'checking' });
    // A tick first, so "Asking the simulation" is painted before the headless run.
    await new Promise((r) => setTimeout(r, 30));
    setPhase({ kind: 'answered', correct: await engineAnswer(lesson) });
  };

  return (
    <section className="lc-lesson__prediction" aria-labelledby={headingId}>
      <h3 id={headingId}>Predict first</h3>
      <fieldset disabled={phase.kind !== 'asking'}>
        <legend>{prediction.question}</legend>
        {prediction.choices.map((c) => (
          <label key={c.id} className="lc-lesson__choice">
            <input
              type="radio"
              name={name}
              value={c.id}
              checked={choice === c.id}
              onChange={() => setChoice(c.id)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      {phase.kind === 'asking' && (
        <div className="lc-lesson__row">
          <button
            type="button"
            className="lc-button"
            disabled={choice === null}
            onClick={() => void check()}
          >
            Check my answer
          </button>
          <button type="button" className="lc-button" onClick={() => setPhase({ kind: 'skipped' })}>
            Skip the question
          </button>
        </div>
      )}
      <div role="status">
        {phase.kind === 'checking' && <p>Asking the simulation…</p>}
        {phase.kind === 'answered' &&
          (phase.correct === null ? (
            <p>The simulation could not tell this time; try it and see.</p>
          ) : (
            <p>
              <strong>{phase.correct === choice ? 'Right.' : 'Not quite.'}</strong>{' '}
              {phase.correct === choice ? '' : `The simulation says: ${labelOf(phase.correct)}. `}
              {prediction.explanation}
            </p>
          ))}
      </div>
    </section>
  );
}
