/** Progress to and from a JSON file: export downloads it, import validates and merges it. */
import { useId, useState, type ChangeEvent } from 'react';
import { ALL_LESSONS } from '../../lessons/catalog/index';
import {
  exportProgress,
  MAX_PROGRESS_BYTES,
  mergeProgress,
  parseProgress,
  type LessonProgress,
} from '../../lessons/progress';
import { downloadText } from '../Share/download';

export function ProgressFile({
  progress,
  update,
}: {
  progress: LessonProgress;
  update: (change: (p: LessonProgress) => LessonProgress) => void;
}) {
  const fileId = useId();
  const [said, setSaid] = useState('');

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_PROGRESS_BYTES) {
      setSaid(`${file.name} is too large to be a progress file.`);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setSaid(`${file.name} could not be read.`);
      return;
    }
    const parsed = parseProgress(text);
    if (!parsed.ok) {
      setSaid(`${file.name} was not imported: ${parsed.error}.`);
      return;
    }
    update((p) => mergeProgress(p, parsed.progress, ALL_LESSONS));
    const n = Object.keys(parsed.progress.completed).length;
    setSaid(`Imported ${n} completed lesson${n === 1 ? '' : 's'} from ${file.name}.`);
  };

  return (
    <div className="lc-lesson__files">
      <button
        type="button"
        className="lc-button"
        onClick={() =>
          downloadText(exportProgress(progress), 'layercake-progress.json', 'application/json')
        }
      >
        Export progress
      </button>
      <label htmlFor={fileId} className="lc-button">
        Import progress
      </label>
      <input
        id={fileId}
        className="lc-visually-hidden"
        type="file"
        accept="application/json,.json"
        onChange={(e) => void onFile(e)}
      />
      <p role="status" className="lc-hint">
        {said}
      </p>
    </div>
  );
}
