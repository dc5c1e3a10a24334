import { GO_APP_BUILT, writeFile } from './scenes';
import { hostOf, imageByRef, imageNode, imageSize, MB } from '../queries';
import type { Lesson, LessonState } from '../types';

const LIMIT_MB = 100;

export const TWO_STAGES = `FROM golang:1.25 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/hello .

FROM debian:trixie-slim
COPY --from=build /out/hello /usr/local/bin/hello
CMD ["hello"]
`;

function view(s: LessonState) {
  const host = hostOf(s.world);
  const image = imageByRef(host, 'hello');
  return host && image ? { host, image } : undefined;
}

export const multiStage: Lesson = {
  id: 'multi-stage',
  title: 'Multi-stage builds: ship only what runs',
  idea: 8,
  kind: 'lesson',
  text: [
    'To build a program you need a compiler, headers and caches; to run it you need the program. A single-stage image ships all of it.',
    'A multi-stage Dockerfile has several FROM lines. Earlier stages build; the last stage starts from a small base and copies in only the result with COPY --from. Only the last stage becomes the image.',
  ],
  task: `The image hello ships the whole Go toolchain. Split the Dockerfile into two stages: build in golang:1.25, then start a second stage FROM debian:trixie-slim and COPY --from the first stage only the program. Rebuild hello under ${LIMIT_MB} MB.`,
  start: GO_APP_BUILT,
  goal: [
    {
      label: 'hello still has the program at /usr/local/bin/hello',
      test: (s) => {
        const v = view(s);
        return !!v && imageNode(v.host, v.image, '/usr/local/bin/hello')?.kind === 'file';
      },
    },
    {
      label: 'hello ships no Go toolchain (/usr/local/go)',
      test: (s) => {
        const v = view(s);
        return !!v && imageNode(v.host, v.image, '/usr/local/go') === undefined;
      },
    },
    {
      label: `hello is smaller than ${LIMIT_MB} MB`,
      test: (s) => {
        const v = view(s);
        return !!v && imageSize(v.host, v.image) < LIMIT_MB * MB;
      },
    },
  ],
  hints: [
    'Name the first stage: FROM golang:1.25 AS build. Build the program to a known path, such as /out/hello.',
    'Start the second stage with FROM debian:trixie-slim.',
    'COPY --from=build /out/hello /usr/local/bin/hello copies just the program; keep CMD ["hello"].',
  ],
  solution: `${writeFile('Dockerfile', TWO_STAGES)}docker build -t hello .\n`,
};
