/** The success moment: said once, visible until skipped, with the way on. */
import type { Lesson } from '../../lessons/types';

export function Success({
  lesson,
  next,
  score,
  best,
  improved,
  onNext,
  onDismiss,
}: {
  lesson: Lesson;
  next: Lesson | undefined;
  score: number | null;
  best: number | undefined;
  improved: boolean;
  onNext: () => void;
  onDismiss: () => void;
}) {
  const unit = lesson.score ? ` ${lesson.score.unit}` : '';
  return (
    <div className="lc-lesson__success" role="status">
      <p className="lc-lesson__success-title">
        {lesson.kind === 'challenge' ? 'Challenge met!' : 'Lesson complete!'}
      </p>
      {lesson.score && score !== null && (
        <p>
          {lesson.score.label}: {score}
          {unit}.{' '}
          {improved ? 'Your best yet.' : best !== undefined ? `Your best: ${best}${unit}.` : ''}
        </p>
      )}
      <div className="lc-lesson__row">
        {next && (
          <button type="button" className="lc-button lc-button--primary" onClick={onNext}>
            Next: {next.title}
          </button>
        )}
        <button type="button" className="lc-button" onClick={onDismiss}>
          Keep exploring
        </button>
      </div>
    </div>
  );
}
