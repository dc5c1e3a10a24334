/**
 * The lessons mode (`?mode=lessons&lesson=ID`): the learner's progress, and for the chosen
 * lesson its own store, seeded with the lesson's start scenario and saving under its own
 * key (work in one lesson never touches another's, nor the sandbox's).
 */
import { useCallback, useEffect, useState } from 'react';
import { CHALLENGES, LESSONS, lessonById } from '../lessons/catalog/index';
import { markCompleted, recordHints, recordScore, type LessonProgress } from '../lessons/progress';
import type { Lesson } from '../lessons/types';
import { createAppStore, StoreProvider } from '../store';
import { LessonList } from '../ui/Lessons/LessonList';
import { LessonPanel } from '../ui/Lessons/LessonPanel';
import { LessonsLayout } from '../ui/Lessons/LessonsLayout';
import { ProgressFile } from '../ui/Lessons/ProgressFile';
import { useProgress } from '../ui/Lessons/use-progress';

export const LESSON_STORAGE_PREFIX = 'layercake.lesson.';

/** The lesson the address names, else the first one not done yet, else the first. */
export function initialLesson(search: string, progress: LessonProgress): Lesson {
  const asked = new URLSearchParams(search).get('lesson');
  const named = asked ? lessonById(asked) : undefined;
  return (
    named ?? LESSONS.find((l) => !Object.hasOwn(progress.completed, l.id)) ?? (LESSONS[0] as Lesson)
  );
}

function positionOf(lesson: Lesson): string {
  const i = LESSONS.indexOf(lesson);
  return i >= 0 ? `Lesson ${i + 1} of ${LESSONS.length}` : 'Challenge';
}

function nextOf(lesson: Lesson): Lesson | undefined {
  const all = [...LESSONS, ...CHALLENGES];
  return all[all.indexOf(lesson) + 1];
}

function LessonWorkspace(props: {
  lesson: Lesson;
  progress: LessonProgress;
  notice: string | null;
  update: (change: (p: LessonProgress) => LessonProgress) => void;
  onPick: (id: string) => void;
}) {
  const { lesson, progress, update } = props;
  const [store] = useState(() =>
    createAppStore({
      storageKey: `${LESSON_STORAGE_PREFIX}${lesson.id}`,
      seed: { script: lesson.start, files: {} },
    }),
  );
  const next = nextOf(lesson);
  const onSolved = useCallback(
    (solved: Lesson, score: number | null) =>
      update((p) => {
        const done = markCompleted(p, solved.id, Date.now());
        return score === null ? done : recordScore(done, solved, score).progress;
      }),
    [update],
  );
  const onHints = useCallback(
    (l: Lesson, shown: number) => update((p) => recordHints(p, l.id, shown)),
    [update],
  );
  return (
    <StoreProvider store={store}>
      <LessonsLayout>
        <nav aria-label="Lesson path">
          <a href="./">Sandbox</a>
          <LessonList
            lessons={LESSONS}
            challenges={CHALLENGES}
            currentId={lesson.id}
            progress={progress}
            onPick={props.onPick}
          />
        </nav>
        {props.notice && (
          <p className="lc-notice lc-notice--warning" role="alert">
            {props.notice}
          </p>
        )}
        <LessonPanel
          lesson={lesson}
          position={positionOf(lesson)}
          next={next}
          progress={progress}
          onSolved={onSolved}
          onHints={onHints}
          onNext={() => next && props.onPick(next.id)}
        />
        <ProgressFile progress={progress} update={update} />
      </LessonsLayout>
    </StoreProvider>
  );
}

export function LessonsMode() {
  const { progress, update, notice } = useProgress();
  const [lesson, setLesson] = useState(() => initialLesson(location.search, progress));
  const pick = useCallback((id: string) => {
    const chosen = lessonById(id);
    if (!chosen) return;
    setLesson(chosen);
    const url = new URL(location.href);
    url.searchParams.set('mode', 'lessons');
    url.searchParams.set('lesson', id);
    history.pushState(null, '', url);
    window.scrollTo(0, 0);
  }, []);
  // Back and Forward move between the lessons visited.
  useEffect(() => {
    const onPop = () => {
      const named = lessonById(new URLSearchParams(location.search).get('lesson') ?? '');
      if (named) setLesson(named);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return (
    <LessonWorkspace
      key={lesson.id}
      lesson={lesson}
      progress={progress}
      notice={notice}
      update={update}
      onPick={pick}
    />
  );
}
