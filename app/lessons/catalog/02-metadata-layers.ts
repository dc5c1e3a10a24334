import { PYTHON_APP_BUILT, writeFile } from './scenes';
import { hostOf, imageByRef } from '../queries';
import { buildsOf } from '../transcript';
import type { Lesson, LessonState } from '../types';

const app = (s: LessonState) => imageByRef(hostOf(s.world), 'app');

/** The history entry an instruction made, found by its text (BuildKit records `ENV K=V`). */
const entryFor = (s: LessonState, pattern: RegExp) =>
  app(s)?.history.find((h) => pattern.test(h.created_by));

const WITH_METADATA = `FROM python:3.14-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV APP_ENV=production
LABEL team=web
EXPOSE 8000
CMD ["python", "main.py"]
`;

export const metadataLayers: Lesson = {
  id: 'metadata-layers',
  title: 'Not every line is a layer',
  idea: 2,
  kind: 'lesson',
  text: [
    'You may have heard that each Dockerfile line makes a layer. That is the simple story, and it is not quite right.',
    'Only RUN, COPY and ADD (and WORKDIR, under BuildKit) change files, so only they add filesystem layers. ENV, LABEL, EXPOSE, CMD, USER, ARG, ENTRYPOINT and the rest change the image’s configuration: they add a line to its history, shown as 0B in docker history, and no layer.',
  ],
  task: 'Add ENV APP_ENV=production, LABEL team=web and EXPOSE 8000 to the Dockerfile (before CMD), rebuild app, and look at docker history app.',
  start: PYTHON_APP_BUILT,
  goal: [
    {
      label: 'app’s configuration sets APP_ENV=production (ENV)',
      test: (s) => app(s)?.config.Env?.includes('APP_ENV=production') ?? false,
    },
    {
      label: 'app carries the label team=web (LABEL)',
      test: (s) => app(s)?.config.Labels?.team === 'web',
    },
    {
      label: 'app declares port 8000 (EXPOSE)',
      test: (s) => Object.hasOwn(app(s)?.config.ExposedPorts ?? {}, '8000/tcp'),
    },
    {
      label: 'Its history lists the three lines as 0B entries: no new layers',
      test: (s) =>
        [/^ENV APP_ENV=/, /^LABEL team=/, /^EXPOSE /].every(
          (pattern) => entryFor(s, pattern)?.empty_layer === true,
        ),
    },
    {
      label: 'You ran docker history app after the rebuild',
      test: (s) => {
        const last = buildsOf(s.transcript, 'app').at(-1);
        return (
          last !== undefined &&
          s.transcript
            .slice(last.at + 1)
            .some(
              (e) =>
                e.exitCode === 0 && /^\s*docker\s+(image\s+)?history\s+.*\bapp\b/.test(e.input),
            )
        );
      },
    },
  ],
  hints: [
    'Edit the Dockerfile in the editor, then press Build (or type docker build -t app . in the terminal).',
    'Put the three lines after COPY . . and before CMD, one instruction per line.',
    'In docker history app, look at the SIZE column: the new lines show 0B. Count the layers with docker image inspect -f "{{len .RootFS.Layers}}" app: the same number as before.',
  ],
  solution: `${writeFile('Dockerfile', WITH_METADATA)}docker build -t app .\ndocker history app\n`,
  prediction: {
    question: 'How many filesystem layers does ENV APP_ENV=production add to the image?',
    choices: [
      { id: '0', label: 'None: it only changes the image’s configuration' },
      { id: '1', label: 'One, like every other line' },
    ],
    probe: `${writeFile('Dockerfile', WITH_METADATA)}docker build -t app .\n`,
    answer: (s) => {
      const entry = entryFor(s, /^ENV APP_ENV=/);
      return entry ? (entry.empty_layer ? '0' : '1') : null;
    },
    explanation:
      'ENV is stored in the image’s config (docker image inspect shows it under Config.Env) and as a 0B line in its history. The layer count stays the same.',
  },
};
