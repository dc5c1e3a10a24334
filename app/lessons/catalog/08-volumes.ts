import { containerByName, containerFileText, hostOf, volumeFileText } from '../queries';
import { eventsOf, outputOf } from '../transcript';
import type { Lesson, LessonState } from '../types';

const VOLUME = 'notes-data';
const NOTE = 'buy milk';

function volumeNote(s: LessonState): string | undefined {
  const host = hostOf(s.world);
  const volume = host && Object.hasOwn(host.volumes, VOLUME) ? host.volumes[VOLUME] : undefined;
  return volume ? volumeFileText(volume, '/notes.txt') : undefined;
}

/** Containers created by a command that names the volume, with where they were created. */
function volumeContainers(s: LessonState): { at: number; id: string }[] {
  return eventsOf(s.transcript, 'container-created')
    .filter(({ at }) => s.transcript[at]?.input.includes(VOLUME))
    .map(({ at, event }) => ({ at, id: event.id }));
}

/** The transcript index where a container that used the volume was removed, if any. */
function volumeContainerRemovedAt(s: LessonState): number | undefined {
  const ids = new Set(volumeContainers(s).map((c) => c.id));
  return eventsOf(s.transcript, 'container-removed').find(({ event }) => ids.has(event.id))?.at;
}

export const volumes: Lesson = {
  id: 'volumes',
  title: 'docker rm deletes the writable layer; volumes stay',
  idea: 7,
  kind: 'lesson',
  text: [
    'Stopping and starting a container keeps its writable layer. docker rm deletes it, with every file the container wrote there.',
    'A volume lives outside any container. Mount it at a path, and what the container writes under that path goes into the volume, which survives the container and can be mounted by the next one.',
  ],
  task: `A container called notes keeps a note in its writable layer. Remove it, then keep notes safely: create a volume ${VOLUME}, write notes.txt into it from one container, remove that container, and read the note from a new one.`,
  start: `docker run -d --name notes alpine sleep infinity
docker exec notes sh -c 'mkdir -p /data && echo "${NOTE}" > /data/notes.txt'
`,
  goal: [
    {
      label: 'The container notes was removed, and its writable layer with it',
      test: (s) =>
        eventsOf(s.transcript, 'container-removed').some(({ event }) => event.name === 'notes') &&
        containerByName(hostOf(s.world), 'notes') === undefined,
    },
    {
      label: `A volume named ${VOLUME} holds notes.txt`,
      test: (s) => (volumeNote(s) ?? '').trim() !== '',
    },
    {
      label: 'A container that wrote into the volume was removed, and the note stayed',
      test: (s) => volumeContainerRemovedAt(s) !== undefined && (volumeNote(s) ?? '').trim() !== '',
    },
    {
      label: 'A newer container read the note from the volume',
      test: (s) => {
        const removedAt = volumeContainerRemovedAt(s);
        const note = (volumeNote(s) ?? '').trim();
        if (removedAt === undefined || note === '') return false;
        return s.transcript
          .slice(removedAt + 1)
          .some((e) => e.exitCode === 0 && e.input.includes(VOLUME) && outputOf(e).includes(note));
      },
    },
  ],
  hints: [
    'docker rm -f notes removes the container even while it runs. The note is gone with it.',
    `docker volume create ${VOLUME}, then docker run -d --name writer -v ${VOLUME}:/data alpine sleep infinity`,
    `Write with docker exec writer sh -c 'echo "${NOTE}" > /data/notes.txt', remove writer, then docker run --rm -v ${VOLUME}:/data alpine cat /data/notes.txt`,
  ],
  solution: `docker rm -f notes
docker volume create ${VOLUME}
docker run -d --name writer -v ${VOLUME}:/data alpine sleep infinity
docker exec writer sh -c 'echo "${NOTE}" > /data/notes.txt'
docker rm -f writer
docker run --rm -v ${VOLUME}:/data alpine cat /data/notes.txt
`,
  prediction: {
    question: 'You run docker rm -f notes. What happens to /data/notes.txt?',
    choices: [
      { id: 'gone', label: 'It is gone: it lived in the container’s writable layer' },
      { id: 'kept', label: 'Docker keeps it somewhere for the next container' },
    ],
    probe: 'docker rm -f notes\n',
    answer: (s) => {
      const host = hostOf(s.world);
      if (!host) return null;
      const anywhere =
        Object.values(host.containers).some(
          (c) => containerFileText(host, c, '/data/notes.txt') !== undefined,
        ) || Object.values(host.volumes).some((v) => volumeFileText(v, '/notes.txt') !== undefined);
      return anywhere ? 'kept' : 'gone';
    },
    explanation:
      'The writable layer belongs to the container and is deleted with it. Data that must outlive a container belongs in a volume.',
  },
};
