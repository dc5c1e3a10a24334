import { writeFile } from './scenes';
import { filesUnderPerLayer, hostOf, imageByRef, imageNode, imageSize, MB } from '../queries';
import type { Lesson, LessonState } from '../types';

const LISTS = '/var/lib/apt/lists';
const PIP_CACHE = '/root/.cache/pip';
const LIMIT_MB = 150;

const TRAPS = `FROM python:3.14-slim
RUN apt-get update
RUN apt-get install -y curl
RUN rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install -r requirements.txt
`;

const FIXED = `FROM python:3.14-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends curl \\
 && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
`;

function view(s: LessonState) {
  const host = hostOf(s.world);
  const image = imageByRef(host, 'app');
  return host && image ? { host, image } : undefined;
}

const storesFilesUnder = (s: LessonState, dir: string) => {
  const v = view(s);
  return v ? filesUnderPerLayer(v.host, v.image, dir).some((n) => n > 0) : true;
};

export const sizeTraps: Lesson = {
  id: 'size-traps',
  title: 'Deleting later does not shrink an image',
  idea: 8,
  kind: 'lesson',
  text: [
    'Every layer is kept whole. If one RUN downloads files and a later RUN deletes them, the later layer only adds whiteouts: the files still sit in the earlier layer, and the image is as big as before.',
    'Clean up in the same RUN that made the mess (apt-get update && apt-get install … && rm -rf /var/lib/apt/lists/*), and tell tools not to keep caches (pip install --no-cache-dir).',
  ],
  task: `This image keeps apt’s package lists and pip’s download cache in its layers. Rewrite the Dockerfile so neither is stored, keep curl and Flask, and rebuild app under ${LIMIT_MB} MB.`,
  start: `${writeFile('Dockerfile', TRAPS)}echo flask > requirements.txt\ndocker build -t app .\n`,
  goal: [
    {
      label: 'app still has curl (/usr/bin/curl)',
      test: (s) => {
        const v = view(s);
        return !!v && imageNode(v.host, v.image, '/usr/bin/curl') !== undefined;
      },
    },
    {
      label: 'app still has Flask installed',
      test: (s) => {
        const v = view(s);
        return (
          !!v &&
          imageNode(v.host, v.image, '/usr/local/lib/python3.14/site-packages/flask')?.kind ===
            'dir'
        );
      },
    },
    {
      label: `No layer of app stores apt’s package lists (${LISTS})`,
      test: (s) => !storesFilesUnder(s, LISTS),
    },
    {
      label: `No layer of app stores pip’s download cache (${PIP_CACHE})`,
      test: (s) => !storesFilesUnder(s, PIP_CACHE),
    },
    {
      label: `app is smaller than ${LIMIT_MB} MB`,
      test: (s) => {
        const v = view(s);
        return !!v && imageSize(v.host, v.image) < LIMIT_MB * MB;
      },
    },
  ],
  hints: [
    'docker history app shows where the size is: the apt-get update layer is big, and the rm layer is 0B.',
    'Join update, install and cleanup into one RUN with &&, ending with rm -rf /var/lib/apt/lists/*.',
    'Add --no-cache-dir to pip install (and --no-install-recommends to apt-get install, while you are there).',
  ],
  solution: `${writeFile('Dockerfile', FIXED)}docker build -t app .\n`,
  prediction: {
    question:
      'RUN rm -rf /var/lib/apt/lists/* runs as its own step. How much smaller does it make the image?',
    choices: [
      { id: 'nothing', label: 'Not at all: the lists stay in the earlier layer, hidden' },
      { id: 'lists', label: 'By the size of the lists it deletes' },
    ],
    probe: '',
    answer: (s) => {
      const v = view(s);
      if (!v) return null;
      // The deleting step's layer holds only whiteouts: does an earlier layer still store them?
      return filesUnderPerLayer(v.host, v.image, LISTS).some((n) => n > 0) ? 'nothing' : 'lists';
    },
    explanation:
      'The lists are invisible in the final image but still stored in the apt-get update layer. Only a cleanup in the same RUN keeps them out of every layer.',
  },
};
