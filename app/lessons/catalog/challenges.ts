/**
 * Challenges: a goal with a score. The score is measured when the goal is met; progress
 * remembers the best one.
 */
import { GO_APP_BUILT, MAIN_PY, writeFile } from './scenes';
import { buildsAfterMainEdit, EDIT_MAIN } from './11-build-cache';
import {
  containerByName,
  containerFileText,
  hostOf,
  imageByRef,
  imageNode,
  imageSize,
  MB,
  volumeAt,
} from '../queries';
import { eventsOf, rebuiltSteps } from '../transcript';
import type { Lesson, LessonState } from '../types';

const TINY_LIMIT_MB = 20;

function hello(s: LessonState) {
  const host = hostOf(s.world);
  const image = imageByRef(host, 'hello');
  return host && image ? { host, image } : undefined;
}

export const tinyImage: Lesson = {
  id: 'challenge-tiny-image',
  title: `Challenge: a Go image under ${TINY_LIMIT_MB} MB`,
  idea: 8,
  kind: 'challenge',
  text: [
    'A Go program built with CGO off needs nothing from the base image at run time. How small can you make the image that ships it?',
  ],
  task: `Make hello smaller than ${TINY_LIMIT_MB} MB, keeping the program at /usr/local/bin/hello. The smaller, the better.`,
  start: GO_APP_BUILT,
  goal: [
    {
      label: 'hello has the program at /usr/local/bin/hello',
      test: (s) => {
        const v = hello(s);
        return !!v && imageNode(v.host, v.image, '/usr/local/bin/hello')?.kind === 'file';
      },
    },
    {
      label: `hello is smaller than ${TINY_LIMIT_MB} MB`,
      test: (s) => {
        const v = hello(s);
        return !!v && imageSize(v.host, v.image) < TINY_LIMIT_MB * MB;
      },
    },
  ],
  hints: [
    'Start from the multi-stage lesson: build in golang:1.25, copy only the program into the last stage.',
    'debian:trixie-slim is still tens of MB. alpine and busybox are a few MB.',
    'FROM scratch is an empty base: the image holds only what you COPY into it.',
  ],
  solution: `${writeFile(
    'Dockerfile',
    `FROM golang:1.25 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/hello .

FROM scratch
COPY --from=build /out/hello /usr/local/bin/hello
CMD ["/usr/local/bin/hello"]
`,
  )}docker build -t hello .\n`,
  score: {
    label: 'Image size',
    unit: 'MB',
    better: 'lower',
    measure: (s) => {
      const v = hello(s);
      return v ? Math.round((imageSize(v.host, v.image) / MB) * 100) / 100 : null;
    },
  },
};

const WITH_EXTRA_STEP = `FROM python:3.14-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
RUN mkdir -p /app/logs
CMD ["python", "main.py"]
`;

/** The fewest steps any build after an edit of main.py rebuilt. */
function fewestRebuilt(s: LessonState): number | null {
  const counts = buildsAfterMainEdit(s).map((b) => rebuiltSteps(b).length);
  return counts.length ? Math.min(...counts) : null;
}

export const oneLayerEdit: Lesson = {
  id: 'challenge-one-layer',
  title: 'Challenge: an edit rebuilds one layer',
  idea: 9,
  kind: 'challenge',
  text: [
    'Every step after the first changed one rebuilds. With the right order, an edit of your code rebuilds exactly one step.',
  ],
  task: 'Reorder the Dockerfile so that, after an edit of main.py, the build rebuilds only one step. Keep every step.',
  start: `${writeFile('Dockerfile', WITH_EXTRA_STEP)}echo flask > requirements.txt\n${writeFile('main.py', MAIN_PY)}docker build -t app .\n`,
  goal: [
    {
      label: 'app still installs Flask and makes /app/logs',
      test: (s) => {
        const host = hostOf(s.world);
        const image = imageByRef(host, 'app');
        return (
          !!host &&
          !!image &&
          imageNode(host, image, '/usr/local/lib/python3.14/site-packages/flask')?.kind === 'dir' &&
          imageNode(host, image, '/app/logs')?.kind === 'dir'
        );
      },
    },
    {
      label: 'After an edit of main.py, a build of app rebuilt exactly one step',
      test: (s) => fewestRebuilt(s) === 1,
    },
  ],
  hints: [
    'Which steps depend on main.py? Only the one that copies it.',
    'Install the dependencies and make the folder first: COPY requirements.txt ., RUN pip install, RUN mkdir.',
    'Put COPY . . last (before CMD, which is not a build step). Build, edit main.py, build again.',
  ],
  solution: `${writeFile(
    'Dockerfile',
    `FROM python:3.14-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
RUN mkdir -p /app/logs
COPY . .
CMD ["python", "main.py"]
`,
  )}docker build -t app .\n${EDIT_MAIN}`,
  score: { label: 'Steps rebuilt', unit: 'steps', better: 'lower', measure: fewestRebuilt },
};

const ORDERS = '/data/orders.txt';
const ORDER_TEXT = 'order 1: two coffees';

export const keepData: Lesson = {
  id: 'challenge-keep-data',
  title: 'Challenge: replace a container, keep its data',
  idea: 7,
  kind: 'challenge',
  text: [
    'Upgrading a service means replacing its container. The container db keeps its orders in its writable layer, which docker rm would delete.',
  ],
  task: `Replace db with a new container also named db, keeping ${ORDERS}, and keep it in a volume so the next replacement is easy. Use as few commands as you can.`,
  start: `docker run -d --name db alpine sleep infinity
docker exec db sh -c 'mkdir -p /data && echo "${ORDER_TEXT}" > ${ORDERS}'
`,
  goal: [
    {
      label: 'The original db was removed',
      test: (s) =>
        eventsOf(s.transcript, 'container-removed').some(({ event }) => event.name === 'db'),
    },
    {
      label: 'A container named db is running',
      test: (s) => containerByName(hostOf(s.world), 'db')?.status === 'running',
    },
    {
      label: `The new db keeps ${ORDERS} in a volume`,
      test: (s) => {
        const host = hostOf(s.world);
        const db = containerByName(host, 'db');
        return !!host && !!db && volumeAt(host, db, ORDERS) !== undefined;
      },
    },
    {
      label: 'It still holds the original orders',
      test: (s) => {
        const host = hostOf(s.world);
        const db = containerByName(host, 'db');
        return !!host && !!db && containerFileText(host, db, ORDERS)?.trim() === ORDER_TEXT;
      },
    },
  ],
  hints: [
    'Copy the data out first: docker cp db:/data/orders.txt .',
    'docker rm -f db, then docker run -d --name db -v db-data:/data alpine sleep infinity (the volume is created for you).',
    'docker cp orders.txt db:/data/orders.txt puts the file into the volume.',
  ],
  solution: `docker cp db:${ORDERS} .
docker rm -f db
docker run -d --name db -v db-data:/data alpine sleep infinity
docker cp orders.txt db:${ORDERS}
`,
  score: {
    label: 'Commands used',
    unit: 'commands',
    better: 'lower',
    measure: (s) => s.transcript.filter((e) => e.input.trim() !== '').length,
  },
};
