import { PYTHON_APP_BUILT } from './scenes';
import { hostOf, imageByRef } from '../queries';
import type { Lesson, LessonState } from '../types';

const REPO = 'registry.example.com/team/app';
const TAG = '1.0';
const REF = `${REPO}:${TAG}`;
const PRODUCTION = 'production';

/** The image id the team registry holds under REPO:TAG, if any. */
function pushedImageId(s: LessonState): string | undefined {
  const repo = Object.hasOwn(s.world.registry.repos, REPO)
    ? s.world.registry.repos[REPO]
    : undefined;
  const manifest = repo && Object.hasOwn(repo.tags, TAG) ? repo.tags[TAG] : undefined;
  return manifest && repo ? repo.manifests[manifest]?.imageId : undefined;
}

export const ciCd: Lesson = {
  id: 'ci-cd',
  title: 'Build once, ship the image',
  idea: 10,
  kind: 'lesson',
  text: [
    'In a real team a CI server does what you will do here by hand: build the image, give it a version tag that names a registry, and push it. The registry stores the layers (those it already has are skipped: "Layer already exists").',
    'Production never builds. It pulls that exact image, by its tag, and runs fresh containers from it. Upgrading means pulling a new tag and replacing the containers.',
  ],
  task: `Tag app as ${REF} and push it. Then ssh production, pull the image there and run a container from it.`,
  start: PYTHON_APP_BUILT,
  goal: [
    {
      label: `The team registry holds ${REF}`,
      test: (s) => pushedImageId(s) !== undefined,
    },
    {
      label: 'It is the very image you built as app (same image ID)',
      test: (s) => {
        const id = pushedImageId(s);
        return id !== undefined && id === imageByRef(hostOf(s.world), 'app')?.id;
      },
    },
    {
      label: 'The production host has pulled it',
      test: (s) => {
        const id = pushedImageId(s);
        return id !== undefined && imageByRef(hostOf(s.world, PRODUCTION), REF)?.id === id;
      },
    },
    {
      label: 'A container on production runs it',
      test: (s) => {
        const id = pushedImageId(s);
        const host = hostOf(s.world, PRODUCTION);
        return (
          id !== undefined &&
          !!host &&
          Object.values(host.containers).some((c) => c.image === id && c.status === 'running')
        );
      },
    },
  ],
  hints: [
    `docker tag app ${REF} gives the same image a second name, one that says where it is pushed.`,
    `docker push ${REF}, then ssh production opens a terminal on the production server.`,
    `There: docker pull ${REF}, then docker run -d --name web ${REF}. Type exit to come back to the laptop.`,
  ],
  solution: `docker tag app ${REF}
docker push ${REF}
ssh ${PRODUCTION}
docker pull ${REF}
docker run -d --name web ${REF}
`,
};
