/**
 * The learner's progress in React state, saved to localStorage on every change (guarded:
 * a browser without storage just does not remember). A notice says when saved progress
 * could not be read and was set aside.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  browserStorage,
  loadProgress,
  saveProgress,
  type LessonProgress,
} from '../../lessons/progress';

export function useProgress() {
  const [initial] = useState(() => loadProgress(browserStorage(), Date.now()));
  const [progress, setProgress] = useState<LessonProgress>(initial.progress);
  const [notice, setNotice] = useState<string | null>(initial.notice ?? null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const error = saveProgress(browserStorage(), progress);
    if (error) setNotice(`Your progress cannot be saved in this browser (${error}).`);
  }, [progress]);
  const update = useCallback(
    (change: (p: LessonProgress) => LessonProgress) => setProgress((p) => change(p)),
    [],
  );
  return { progress, update, notice, setNotice };
}
