import {
  containerByName,
  containerFileText,
  hostOf,
  imageByRef,
  imageFileText,
  upperNode,
} from '../queries';
import { ran } from '../transcript';
import type { Lesson, LessonState } from '../types';

const INDEX = '/usr/share/nginx/html/index.html';
const named = (s: LessonState, name: string) => containerByName(hostOf(s.world), name);

/** Whether web2 still reads nginx's own index.html (nothing of web's change reached it). */
function web2Original(s: LessonState): boolean {
  const host = hostOf(s.world);
  const web2 = named(s, 'web2');
  const nginx = imageByRef(host, 'nginx');
  if (!host || !web2 || !nginx) return false;
  return (
    upperNode(web2, INDEX) === undefined &&
    containerFileText(host, web2, INDEX) === imageFileText(host, nginx, INDEX)
  );
}

export const twoContainers: Lesson = {
  id: 'two-containers',
  title: 'Two containers, one image',
  idea: 6,
  kind: 'lesson',
  text: [
    'Start two containers from one image and they share every read-only layer: the image is on disk once. Each gets its own writable layer, so they diverge only there.',
    'A change in one container is invisible to the other. docker diff shows each container’s own changes.',
  ],
  task: `Start two containers from nginx, web and web2. Change the home page in web only (${INDEX}), then compare docker diff web with docker diff web2.`,
  start: 'docker pull nginx\n',
  goal: [
    {
      label: 'web and web2 both run from the same nginx image',
      test: (s) => {
        const a = named(s, 'web');
        const b = named(s, 'web2');
        const nginx = imageByRef(hostOf(s.world), 'nginx');
        return (
          !!a &&
          !!b &&
          !!nginx &&
          a.image === nginx.id &&
          b.image === nginx.id &&
          a.status === 'running' &&
          b.status === 'running'
        );
      },
    },
    {
      label: `web’s writable layer has its own ${INDEX}`,
      test: (s) => {
        const web = named(s, 'web');
        return !!web && upperNode(web, INDEX)?.kind === 'file';
      },
    },
    { label: 'web2 still has nginx’s original home page', test: web2Original },
    {
      label: 'You compared them with docker diff web and docker diff web2',
      test: (s) =>
        ran(s.transcript, /^\s*docker\s+(container\s+)?diff\s+web\s*$/) &&
        ran(s.transcript, /^\s*docker\s+(container\s+)?diff\s+web2\s*$/),
    },
  ],
  hints: [
    'docker run -d --name web nginx, then the same with --name web2.',
    `docker exec web sh -c 'echo "<h1>Hello from web</h1>" > ${INDEX}'`,
    'docker diff web lists C for the page; docker diff web2 does not list it.',
  ],
  solution: `docker run -d --name web nginx
docker run -d --name web2 nginx
docker exec web sh -c 'echo "<h1>Hello from web</h1>" > ${INDEX}'
docker diff web
docker diff web2
`,
  prediction: {
    question: 'You change index.html in web. What does web2’s index.html hold?',
    choices: [
      { id: 'original', label: 'nginx’s original welcome page' },
      { id: 'changed', label: 'The new page: they run the same image' },
    ],
    probe: `docker run -d --name web nginx
docker run -d --name web2 nginx
docker exec web sh -c 'echo changed > ${INDEX}'
`,
    answer: (s) => (named(s, 'web2') ? (web2Original(s) ? 'original' : 'changed') : null),
    explanation:
      'The change went into web’s writable layer. web2 reads the page from the shared image layer, which nothing changed.',
  },
};
