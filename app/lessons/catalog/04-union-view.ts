import { writeFile } from './scenes';
import { hostOf, imageByRef, imageFileText, layersHolding } from '../queries';
import { ranAndPrinted } from '../transcript';
import type { Lesson, LessonState } from '../types';

const CONFIG = '/app/config.txt';
const app = (s: LessonState) => imageByRef(hostOf(s.world), 'app');

const START_DOCKERFILE = `FROM alpine:3.22
WORKDIR /app
COPY config.txt .
CMD ["cat", "/app/config.txt"]
`;

const FIXED_DOCKERFILE = `FROM alpine:3.22
WORKDIR /app
COPY config.txt .
RUN echo 'debug=false' > /app/config.txt
CMD ["cat", "/app/config.txt"]
`;

export const unionView: Lesson = {
  id: 'union-view',
  title: 'One merged tree',
  idea: 3,
  kind: 'lesson',
  text: [
    'A container does not see layers. It sees one tree: a union filesystem (overlayfs) merges the layers, top to bottom. When several layers have a copy of the same path, the topmost copy wins and hides the ones below.',
    'Hidden copies are not deleted. They stay in their layers and still take space in the image.',
  ],
  task: 'Without touching config.txt or the COPY line, make the image’s /app/config.txt read debug=false: add a RUN line after the COPY that writes it. Rebuild app and read the file with docker run --rm app.',
  start: `${writeFile('Dockerfile', START_DOCKERFILE)}echo 'debug=true' > config.txt\ndocker build -t app .\n`,
  goal: [
    {
      label: 'In app’s merged filesystem, /app/config.txt says debug=false',
      test: (s) => {
        const host = hostOf(s.world);
        const image = app(s);
        return !!host && !!image && imageFileText(host, image, CONFIG)?.trim() === 'debug=false';
      },
    },
    {
      label: 'A lower layer still holds the old copy, hidden by the new one',
      test: (s) => {
        const host = hostOf(s.world);
        const image = app(s);
        return !!host && !!image && layersHolding(host, image, CONFIG) >= 2;
      },
    },
    {
      label: 'You read the file in a container and saw debug=false',
      test: (s) => ranAndPrinted(s.transcript, /^\s*docker\s+(container\s+)?run\b/, /debug=false/),
    },
  ],
  hints: [
    "A RUN line runs a shell command at build time: RUN echo 'debug=false' > /app/config.txt",
    'Put it after COPY config.txt . so it writes over the copied file, then Build.',
    'docker run --rm app runs the image’s CMD (cat /app/config.txt) in a new container and removes it afterwards.',
  ],
  solution: `${writeFile('Dockerfile', FIXED_DOCKERFILE)}docker build -t app .\ndocker run --rm app\n`,
  prediction: {
    question:
      'After the RUN writes debug=false, how many layers of app hold a copy of /app/config.txt?',
    choices: [
      { id: '1', label: 'One: the new text replaced the old file' },
      { id: '2', label: 'Two: the COPY layer keeps the old copy, hidden' },
    ],
    probe: `${writeFile('Dockerfile', FIXED_DOCKERFILE)}docker build -t app .\n`,
    answer: (s) => {
      const host = hostOf(s.world);
      const image = app(s);
      return host && image ? String(layersHolding(host, image, CONFIG)) : null;
    },
    explanation:
      'Layers are read-only: the RUN step’s layer holds a new copy, which hides the one in the COPY layer. The merged view shows the top copy; the image stores both.',
  },
};
