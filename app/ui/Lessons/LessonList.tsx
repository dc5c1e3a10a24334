/** The lesson path and the challenges, with what is done and the best scores. */
import type { LessonProgress } from '../../lessons/progress';
import type { Lesson } from '../../lessons/types';

function Item({
  lesson,
  number,
  current,
  progress,
  onPick,
}: {
  lesson: Lesson;
  number: string;
  current: boolean;
  progress: LessonProgress;
  onPick: (id: string) => void;
}) {
  const done = Object.hasOwn(progress.completed, lesson.id);
  const best = Object.hasOwn(progress.best, lesson.id) ? progress.best[lesson.id] : undefined;
  return (
    <li>
      <button
        type="button"
        className="lc-lesson__pick"
        aria-current={current ? 'step' : undefined}
        onClick={() => onPick(lesson.id)}
      >
        <span aria-hidden="true" className="lc-lesson__mark">
          {done ? '✓' : number}
        </span>
        <span>
          {lesson.title}
          {done && <span className="lc-visually-hidden"> (done)</span>}
          {best !== undefined && lesson.score && (
            <span className="lc-lesson__best">
              {' '}
              best: {best} {lesson.score.unit}
            </span>
          )}
        </span>
      </button>
    </li>
  );
}

export function LessonList({
  lessons,
  challenges,
  currentId,
  progress,
  onPick,
}: {
  lessons: readonly Lesson[];
  challenges: readonly Lesson[];
  currentId: string;
  progress: LessonProgress;
  onPick: (id: string) => void;
}) {
  const done = lessons.filter((l) => Object.hasOwn(progress.completed, l.id)).length;
  return (
    <details className="lc-lesson__list">
      <summary>
        All lessons ({done} of {lessons.length} done)
      </summary>
      <ol aria-label="Lessons">
        {lessons.map((lesson, i) => (
          <Item
            key={lesson.id}
            lesson={lesson}
            number={String(i + 1)}
            current={lesson.id === currentId}
            progress={progress}
            onPick={onPick}
          />
        ))}
      </ol>
      <ul aria-label="Challenges">
        {challenges.map((lesson) => (
          <Item
            key={lesson.id}
            lesson={lesson}
            number="★"
            current={lesson.id === currentId}
            progress={progress}
            onPick={onPick}
          />
        ))}
      </ul>
    </details>
  );
}
