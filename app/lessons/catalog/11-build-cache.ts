import { MAIN_PY, writeFile } from './scenes';
import { hostFileText, hostOf, imageFileText } from '../queries';
import { buildsOf, rebuiltSteps, type BuildRecord } from '../transcript';
import type { Lesson, LessonState } from '../types';

const COPY_ALL_FIRST = `FROM python:3.14-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "main.py"]
`;

export const DEPENDENCIES_FIRST = `FROM python:3.14-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "main.py"]
`;

export const EDIT_MAIN = `echo '# edited' >> main.py\ndocker build -t app .\n`;

/** main.py as a build put it in its image (undefined if that image is gone). */
function mainOf(s: LessonState, build: BuildRecord): string | undefined {
  const host = hostOf(s.world);
  const image = host?.images[build.imageId as keyof typeof host.images];
  return host && image ? imageFileText(host, image, '/app/main.py') : undefined;
}

/** Builds of app that followed an edit of main.py (it differs from the previous build's). */
export function buildsAfterMainEdit(s: LessonState): BuildRecord[] {
  const all = buildsOf(s.transcript, 'app');
  return all.filter((build, i) => {
    const before = all[i - 1];
    if (!before) return false;
    const now = mainOf(s, build);
    const then = mainOf(s, before);
    return now !== undefined && then !== undefined && now !== then;
  });
}

const isPip = (instruction: string) => /pip install/.test(instruction);

/** Line numbers of the instructions that matter, in the host's ~/Dockerfile. */
function order(s: LessonState) {
  const lines = (hostFileText(hostOf(s.world), 'Dockerfile') ?? '')
    .split('\n')
    .map((l) => l.trim());
  const find = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l));
  return {
    copyReqs: find(/^COPY\s+(\S+\s+)*requirements\.txt\s+\S+$/i),
    pip: find(/^RUN\s.*pip install/i),
    copyAll: find(/^COPY\s+\.\s+\S+$/i),
  };
}

export const buildCache: Lesson = {
  id: 'build-cache',
  title: 'The build cache and the order of steps',
  idea: 9,
  kind: 'lesson',
  text: [
    'A rebuild reuses a step’s layer (CACHED) when the step and everything before it are unchanged. For COPY and ADD, "unchanged" includes the content of the copied files.',
    'Once one step changes, that step and every step after it rebuild. So put what changes rarely (installing dependencies) before what changes often (your code).',
  ],
  task: 'Reorder the Dockerfile so an edit of main.py does not rerun pip install: copy requirements.txt and install first, then copy the rest. Build, edit main.py, and build again.',
  start: `${writeFile('Dockerfile', COPY_ALL_FIRST)}echo flask > requirements.txt\n${writeFile('main.py', MAIN_PY)}docker build -t app .\n`,
  goal: [
    {
      label: 'The Dockerfile copies requirements.txt and runs pip install before COPY . .',
      test: (s) => {
        const o = order(s);
        return o.copyReqs >= 0 && o.copyReqs < o.pip && o.pip < o.copyAll;
      },
    },
    {
      label: 'After an edit of main.py, a build of app took RUN pip install from the cache',
      test: (s) =>
        buildsAfterMainEdit(s).some((b) =>
          b.steps.some((st) => isPip(st.instruction) && st.cached),
        ),
    },
  ],
  hints: [
    'Look at the build output after an edit: from COPY . . on, nothing is CACHED, because main.py is part of what COPY . . copies.',
    'Add COPY requirements.txt . before the RUN pip install line, and move COPY . . after it.',
    'Build, then change main.py (in the editor, or echo "# edited" >> main.py) and build again: pip install now says CACHED.',
  ],
  solution: `${writeFile('Dockerfile', DEPENDENCIES_FIRST)}docker build -t app .\n${EDIT_MAIN}`,
  prediction: {
    question: 'With the Dockerfile as it is now, which steps rebuild if you edit main.py?',
    choices: [
      { id: 'copy', label: 'Only COPY . .' },
      { id: 'copy-and-after', label: 'COPY . . and every step after it, pip install too' },
      { id: 'all', label: 'Every step, WORKDIR included' },
      { id: 'none', label: 'None: the Dockerfile did not change' },
    ],
    probe: EDIT_MAIN,
    answer: (s) => {
      const last = buildsOf(s.transcript, 'app').at(-1);
      if (!last) return null;
      const rebuilt = rebuiltSteps(last);
      if (rebuilt.length === 0) return 'none';
      if (rebuilt.length === last.steps.length) return 'all';
      return rebuilt.some((st) => isPip(st.instruction)) ? 'copy-and-after' : 'copy';
    },
    explanation:
      'main.py is one of the files COPY . . copies, so that step’s cache key changes, and every step after it must run again, however slow.',
  },
};
