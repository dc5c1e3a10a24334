import { containerByName, hostOf, imageByRef, imageNode, lowerNode, upperNode } from '../queries';
import { ran } from '../transcript';
import type { Lesson, LessonState } from '../types';

const MIME = '/etc/nginx/mime.types';
const PAGE = '/usr/share/nginx/html/50x.html';
const web = (s: LessonState) => containerByName(hostOf(s.world), 'web');

/** Whether web's writable layer holds a full copy of a file that exists below it. */
function copiedUp(s: LessonState, path: string): boolean {
  const host = hostOf(s.world);
  const c = web(s);
  if (!host || !c) return false;
  const upper = upperNode(c, path);
  const lower = lowerNode(host, c, path);
  return upper?.kind === 'file' && lower?.kind === 'file' && upper.size === lower.size;
}

export const copyOnWrite: Lesson = {
  id: 'copy-on-write',
  title: 'Copy-on-write and whiteouts',
  idea: 5,
  kind: 'lesson',
  text: [
    'Reading a file costs nothing: the container reads it from the topmost layer that has it. The first write to a file from the image copies the whole file up into the writable layer, and the change is made to the copy. Even chmod, which changes no content, copies the whole file.',
    'Deleting a file from the image cannot touch the read-only layer. Instead the writable layer records a whiteout: a marker that hides the path below. Replacing a whole directory leaves an opaque marker that hides everything below it.',
  ],
  task: `A container web runs nginx. In it, change only the permissions of ${MIME} (chmod 600), delete ${PAGE}, and look at docker diff web.`,
  start: 'docker run -d --name web nginx\n',
  goal: [
    {
      label: `web’s writable layer holds a whole copy of ${MIME}, made by chmod`,
      test: (s) => copiedUp(s, MIME),
    },
    {
      label: `web’s writable layer has a whiteout hiding ${PAGE}`,
      test: (s) => {
        const host = hostOf(s.world);
        const c = web(s);
        return (
          !!host &&
          !!c &&
          upperNode(c, PAGE)?.kind === 'whiteout' &&
          lowerNode(host, c, PAGE) !== undefined
        );
      },
    },
    {
      label: 'The image nginx still has both files',
      test: (s) => {
        const host = hostOf(s.world);
        const image = imageByRef(host, 'nginx');
        return (
          !!host &&
          !!image &&
          imageNode(host, image, MIME)?.kind === 'file' &&
          imageNode(host, image, PAGE)?.kind === 'file'
        );
      },
    },
    {
      label: 'You looked at the changes with docker diff web',
      test: (s) => ran(s.transcript, /^\s*docker\s+(container\s+)?diff\s+web\s*$/),
    },
  ],
  hints: [
    'docker exec web COMMAND runs a command in the container.',
    `docker exec web chmod 600 ${MIME} and docker exec web rm ${PAGE}`,
    'In docker diff web, C marks the copied-up file and D the deleted one; the image below is untouched.',
  ],
  solution: `docker exec web chmod 600 ${MIME}\ndocker exec web rm ${PAGE}\ndocker diff web\n`,
  prediction: {
    question: `chmod changes only permissions. How much of ${MIME} lands in the writable layer?`,
    choices: [
      { id: 'none', label: 'No content: only the new mode is recorded' },
      { id: 'whole', label: 'The whole file, every byte' },
    ],
    probe: `docker exec web chmod 600 ${MIME}\n`,
    answer: (s) => {
      const c = web(s);
      if (!c) return null;
      return copiedUp(s, MIME) ? 'whole' : upperNode(c, MIME) ? 'none' : null;
    },
    explanation:
      'overlayfs copies a file up whole before any change, metadata included. A chmod -R over a big directory can therefore make a container’s writable layer (or an image layer) as big as the files it touched.',
  },
};
