import { PYTHON_APP_FILES } from './scenes';
import { hostOf, imageByRef, sharedPrefix } from '../queries';
import { ran } from '../transcript';
import type { Lesson, LessonState } from '../types';

const app = (s: LessonState) => imageByRef(hostOf(s.world), 'app');

/** A non-empty history entry (one that made a filesystem layer) whose instruction matches. */
const hasLayerFor = (s: LessonState, pattern: RegExp) =>
  app(s)?.history.some((h) => !h.empty_layer && pattern.test(h.created_by)) ?? false;

export const imagesAreLayers: Lesson = {
  id: 'images-are-layers',
  title: 'An image is a stack of layers',
  idea: 1,
  kind: 'lesson',
  text: [
    'An image is not one big file. It is a stack of read-only layers. The bottom layers come from the base image named in FROM; each build step that changes files adds one more layer on top, holding only the files that step added, changed or deleted.',
    'Each layer is identified by the sha256 digest of its content, so the same content always has the same name.',
  ],
  task: 'Build the Dockerfile in the editor as an image called app, then list its layers with docker history app.',
  start: PYTHON_APP_FILES,
  goal: [
    { label: 'An image tagged app exists', test: (s) => app(s) !== undefined },
    {
      label:
        'Its top layers are your build steps: COPY requirements.txt, RUN pip install, COPY . .',
      test: (s) =>
        hasLayerFor(s, /^COPY requirements\.txt/) &&
        hasLayerFor(s, /pip install/) &&
        hasLayerFor(s, /^COPY \. /),
    },
    {
      label: 'You listed its layers with docker history app',
      test: (s) => ran(s.transcript, /^\s*docker\s+(image\s+)?history\s+(.*\s)?app(:latest)?\s*$/),
    },
  ],
  hints: [
    'The Build button types the build command for you; you can also type it in the terminal.',
    'docker build -t app . builds the Dockerfile in the current folder and tags the result app.',
    'Then type docker history app. It lists the history newest first: your steps at the top, the base image below.',
  ],
  solution: 'docker build -t app .\ndocker history app\n',
  prediction: {
    question:
      'The Dockerfile has six lines. How many filesystem layers will the build put on top of python:3.14-slim?',
    choices: [
      { id: '6', label: 'Six: one per line' },
      { id: '4', label: 'Four: WORKDIR, both COPY lines and RUN' },
      { id: '3', label: 'Three: both COPY lines and RUN' },
      { id: '1', label: 'One: the whole build' },
    ],
    // Pulling the base tags it, so the layers it shares with app can be counted.
    probe: 'docker build -t app .\ndocker pull python:3.14-slim\n',
    answer: (s) => {
      const host = hostOf(s.world);
      const built = imageByRef(host, 'app');
      const base = imageByRef(host, 'python:3.14-slim');
      if (!built || !base) return null;
      return String(built.diffIds.length - sharedPrefix(built, base));
    },
    explanation:
      'FROM brings the base image’s layers; CMD only changes the image’s configuration. The steps that write files each add a layer: see them in docker history, where a size other than 0B marks a layer.',
  },
};
