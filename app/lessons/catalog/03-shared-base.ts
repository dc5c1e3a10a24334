import { PYTHON_APP_BUILT, writeFile } from './scenes';
import { hostOf, imageByRef, sharedPrefix } from '../queries';
import { ran } from '../transcript';
import type { Lesson, LessonState } from '../types';

const image = (s: LessonState, ref: string) => imageByRef(hostOf(s.world), ref);

const WORKER_DOCKERFILE = `FROM python:3.14-slim
COPY worker.py /worker.py
CMD ["python", "/worker.py"]
`;

const BUILD_WORKER = `${writeFile('worker.py', 'print("working")\n')}${writeFile('Dockerfile.worker', WORKER_DOCKERFILE)}docker build -t worker -f Dockerfile.worker .\n`;

export const sharedBase: Lesson = {
  id: 'shared-base',
  title: 'Digests: two images, one base',
  idea: 4,
  kind: 'lesson',
  text: [
    'A layer is named by the sha256 digest of its content. Two layers with the same content have the same digest, so Docker stores them once.',
    'Images built FROM the same base share its layers: on disk (docker system df counts them once), when pulling ("Already exists") and when pushing ("Layer already exists").',
  ],
  task: 'Write a second Dockerfile, Dockerfile.worker, that also starts FROM python:3.14-slim, build it as worker, and compare the layer digests of app and worker with docker image inspect.',
  start: PYTHON_APP_BUILT,
  goal: [
    { label: 'An image tagged worker exists', test: (s) => image(s, 'worker') !== undefined },
    {
      label: 'worker and app start with the same base layers (identical sha256 digests)',
      test: (s) => {
        const a = image(s, 'app');
        const w = image(s, 'worker');
        if (!a || !w || a.id === w.id) return false;
        const shared = sharedPrefix(a, w);
        return shared > 0 && shared < a.diffIds.length && shared < w.diffIds.length;
      },
    },
    {
      label: 'You compared their layers with docker image inspect (or docker history)',
      test: (s) =>
        ran(s.transcript, /^\s*docker\s+(image\s+inspect|inspect|history|image\s+history)\b/),
    },
  ],
  hints: [
    'Make a small program first, for example: echo \'print("working")\' > worker.py',
    'Dockerfile.worker needs only FROM python:3.14-slim, a COPY of worker.py and a CMD. Build it with docker build -t worker -f Dockerfile.worker .',
    'docker image inspect -f "{{json .RootFS.Layers}}" app worker prints both lists of digests: the first ones are the same.',
  ],
  solution: `${BUILD_WORKER}docker image inspect -f '{{json .RootFS.Layers}}' app worker\n`,
  prediction: {
    question:
      'nginx is also built on Debian’s trixie-slim, like python:3.14-slim. When you pull nginx now, what happens to its bottom layer?',
    choices: [
      { id: 'exists', label: 'Already exists: it is the very layer app already has' },
      { id: 'download', label: 'It is downloaded again: it belongs to another image' },
    ],
    probe: 'docker pull nginx\n',
    answer: (s) => {
      const nginx = image(s, 'nginx');
      const a = image(s, 'app');
      const bottom = nginx?.diffIds[0];
      if (!a || !bottom) return null;
      return a.diffIds.includes(bottom) ? 'exists' : 'download';
    },
    explanation:
      'Same content, same digest: the pull finds the layer on disk and prints "Already exists" instead of downloading it.',
  },
};
