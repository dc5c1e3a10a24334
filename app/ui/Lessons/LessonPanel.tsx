/**
 * One lesson beside the explainer: its text and task, a prediction to make first, the
 * goal's checks (updated after every command), progressive hints, the solution (after
 * asking), starting over, and the success moment. Texts render as text, never HTML.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { isBetter } from '../../lessons/evaluate';
import type { LessonProgress } from '../../lessons/progress';
import type { Lesson } from '../../lessons/types';
import { useAppStore } from '../../store';
import { GoalChecklist } from './GoalChecklist';
import { Hints } from './Hints';
import { PredictionQuestion } from './PredictionQuestion';
import { Solution } from './Solution';
import { StartLessonOver } from './StartOver';
import { Success } from './Success';
import { useLessonVerdict } from './use-lesson-state';

export interface LessonPanelProps {
  lesson: Lesson;
  /** "Lesson 3 of 13", or "Challenge". */
  position: string;
  next: Lesson | undefined;
  progress: LessonProgress;
  onSolved: (lesson: Lesson, score: number | null) => void;
  onHints: (lesson: Lesson, shown: number) => void;
  onNext: () => void;
}

export function LessonPanel(props: LessonPanelProps) {
  const { lesson, progress } = props;
  const ids = { title: useId(), goal: useId(), help: useId() };
  const verdict = useLessonVerdict(lesson);
  const status = useAppStore((s) => s.status);
  const [dismissed, setDismissed] = useState(false);
  const [improved, setImproved] = useState(false);
  const reported = useRef<string | null>(null);
  const best = Object.hasOwn(progress.best, lesson.id) ? progress.best[lesson.id] : undefined;
  const shownHints = Object.hasOwn(progress.hintsShown, lesson.id)
    ? (progress.hintsShown[lesson.id] ?? 0)
    : 0;
  const solved = verdict.goal.met && verdict.settled && status === 'ready';

  useEffect(() => {
    if (!solved) {
      reported.current = null;
      setDismissed(false);
      return;
    }
    const key = `${verdict.score}`;
    if (reported.current === key) return;
    reported.current = key;
    setImproved(
      verdict.score !== null && !!lesson.score && isBetter(lesson.score, verdict.score, best),
    );
    props.onSolved(lesson, verdict.score);
    // Only a new verdict reports; the best score it changes must not report again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [solved, verdict.score, lesson]);

  return (
    <div className="lc-lesson" aria-labelledby={ids.title}>
      <p className="lc-lesson__position">{props.position}</p>
      <h2 id={ids.title} className="lc-lesson__title">
        {lesson.title}
      </h2>
      {lesson.text.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      <p className="lc-lesson__task">
        <strong>Your task: </strong>
        {lesson.task}
      </p>
      {lesson.prediction && <PredictionQuestion lesson={lesson} prediction={lesson.prediction} />}
      <h3 id={ids.goal}>Goal</h3>
      <GoalChecklist goal={verdict.goal} headingId={ids.goal} />
      {solved && !dismissed && (
        <Success
          lesson={lesson}
          next={props.next}
          score={verdict.score}
          best={best}
          improved={improved}
          onNext={props.onNext}
          onDismiss={() => setDismissed(true)}
        />
      )}
      <h3 id={ids.help}>Stuck?</h3>
      <Hints hints={lesson.hints} shown={shownHints} onShow={(n) => props.onHints(lesson, n)} />
      <div className="lc-lesson__row">
        <Solution
          script={lesson.solution}
          onShown={() => props.onHints(lesson, lesson.hints.length)}
        />
        <StartLessonOver />
      </div>
    </div>
  );
}
