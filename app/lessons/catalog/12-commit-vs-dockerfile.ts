import { writeFile } from './scenes';
import { hostOf, imageByRef, imageNode } from '../queries';
import { buildsOf, eventsOf } from '../transcript';
import type { Lesson, LessonState } from '../types';

const MAIN = '/app/main.py';
const image = (s: LessonState, ref: string) => imageByRef(hostOf(s.world), ref);
const hasMain = (s: LessonState, ref: string) => {
  const host = hostOf(s.world);
  const img = image(s, ref);
  return !!host && !!img && imageNode(host, img, MAIN)?.kind === 'file';
};

const RECIPE = `FROM python:3.14-slim
COPY main.py /app/main.py
CMD ["python", "/app/main.py"]
`;

export const commitVsDockerfile: Lesson = {
  id: 'commit-vs-dockerfile',
  title: 'docker commit versus a Dockerfile',
  idea: 10,
  kind: 'lesson',
  text: [
    'docker commit turns a container’s writable layer into a new image layer. It works, but the layer is opaque: its history records only the container’s command, not how the files got there, and nobody can rebuild it.',
    'A Dockerfile is the recipe: every layer’s history names the step that made it, and anyone (a colleague, a CI server) can rebuild the same image from it.',
  ],
  task: 'Someone set up the container box by hand. Save it with docker commit box handmade and read docker history handmade. Then write a Dockerfile that makes the same image and build it as recipe.',
  start: `docker run -d --name box python:3.14-slim sleep infinity
docker exec box sh -c 'mkdir -p /app && echo "print(\\"hello\\")" > ${MAIN}'
`,
  goal: [
    {
      label: 'An image handmade, made by docker commit, exists',
      test: (s) => {
        const img = image(s, 'handmade');
        return (
          !!img &&
          eventsOf(s.transcript, 'image-committed').some(({ event }) => event.imageId === img.id)
        );
      },
    },
    { label: `handmade has ${MAIN}`, test: (s) => hasMain(s, 'handmade') },
    {
      label: `An image recipe, built from a Dockerfile, has ${MAIN}`,
      test: (s) => buildsOf(s.transcript, 'recipe').length > 0 && hasMain(s, 'recipe'),
    },
    {
      label: 'recipe’s history names the step that added main.py',
      test: (s) =>
        image(s, 'recipe')?.history.some((h) => !h.empty_layer && /main\.py/.test(h.created_by)) ??
        false,
    },
  ],
  hints: [
    'docker commit box handmade, then docker history handmade: the top layer says only "sleep infinity".',
    `Get the file out of the container to use it in a build: docker cp box:${MAIN} main.py`,
    'A Dockerfile with FROM python:3.14-slim and COPY main.py /app/main.py, built with docker build -t recipe .',
  ],
  solution: `docker commit box handmade
docker history handmade
docker cp box:${MAIN} main.py
${writeFile('Dockerfile', RECIPE)}docker build -t recipe .
docker history recipe
`,
  prediction: {
    question: 'What will docker history handmade say made its top layer?',
    choices: [
      { id: 'command', label: 'Only the container’s command (sleep infinity)' },
      { id: 'steps', label: 'The commands that created /app/main.py' },
    ],
    probe: 'docker commit box handmade\n',
    answer: (s) => {
      const top = image(s, 'handmade')?.history.at(-1);
      if (!top) return null;
      return /main\.py/.test(top.created_by) ? 'steps' : 'command';
    },
    explanation:
      'A commit records the container’s command line, not what was typed inside it. The knowledge of how the image was made is lost.',
  },
};
