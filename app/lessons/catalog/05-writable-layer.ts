import { PYTHON_APP_BUILT } from './scenes';
import { changeAt, containerByName, hostOf, imageByRef, imageNode } from '../queries';
import { ran } from '../transcript';
import type { Lesson, LessonState } from '../types';

const NOTE = '/tmp/hello.txt';
const web = (s: LessonState) => containerByName(hostOf(s.world), 'web');

export const writableLayer: Lesson = {
  id: 'writable-layer',
  title: 'A container is a thin writable layer',
  idea: 5,
  kind: 'lesson',
  text: [
    'docker run does not copy the image. It puts one thin, empty, writable layer on top of the image’s read-only layers, and the container sees the merged tree.',
    'Everything the container writes lands in that writable layer. The image never changes; docker diff lists what the writable layer holds: A for added, C for changed, D for deleted.',
  ],
  task: 'Start a container called web from app, write a file in it, and list its writable layer with docker diff web.',
  start: PYTHON_APP_BUILT,
  goal: [
    {
      label: 'A container named web runs from the image app',
      test: (s) => {
        const c = web(s);
        return c?.status === 'running' && c.image === imageByRef(hostOf(s.world), 'app')?.id;
      },
    },
    {
      label: `web’s writable layer holds ${NOTE} (A in docker diff)`,
      test: (s) => {
        const host = hostOf(s.world);
        const c = web(s);
        return !!host && !!c && changeAt(host, c, NOTE)?.kind === 'A';
      },
    },
    {
      label: `The image app is unchanged: it has no ${NOTE}`,
      test: (s) => {
        const host = hostOf(s.world);
        const image = imageByRef(host, 'app');
        return !!host && !!image && imageNode(host, image, NOTE) === undefined;
      },
    },
    {
      label: 'You listed the writable layer with docker diff web',
      test: (s) => ran(s.transcript, /^\s*docker\s+(container\s+)?diff\s+web\s*$/),
    },
  ],
  hints: [
    'docker run -d --name web app starts the container in the background.',
    `docker exec web sh -c 'echo hello > ${NOTE}' runs a command inside it.`,
    'docker diff web lists the writable layer: look for A /tmp/hello.txt.',
  ],
  solution: `docker run -d --name web app\ndocker exec web sh -c 'echo hello > ${NOTE}'\ndocker diff web\n`,
  prediction: {
    question: 'You write a small file inside the container. What grows?',
    choices: [
      { id: 'container', label: 'Only the container’s writable layer' },
      { id: 'image', label: 'The image app' },
      { id: 'both', label: 'Both' },
    ],
    probe: `docker run -d --name web app\ndocker exec web sh -c 'echo hello > ${NOTE}'\n`,
    answer: (s) => {
      const host = hostOf(s.world);
      const image = imageByRef(host, 'app');
      const c = web(s);
      if (!host || !image || !c) return null;
      const inImage = imageNode(host, image, NOTE) !== undefined;
      const inContainer = changeAt(host, c, NOTE) !== undefined;
      return inImage && inContainer ? 'both' : inImage ? 'image' : inContainer ? 'container' : null;
    },
    explanation:
      'The image’s layers are read-only and shared. The new file exists only in web’s writable layer, and only for as long as web exists.',
  },
};
