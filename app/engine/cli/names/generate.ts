// Docker-style container names: "adjective_surname" from our own word lists, drawn with an
// injected integer source so runs are deterministic. Like Docker, "boring_wozniak" is never
// produced (Steve Wozniak is not boring), a retry appends one random digit, and after six
// colliding attempts the daemon falls back to the container's short id.
import { ADJECTIVES } from './adjectives';
import { SURNAMES } from './surnames';

/** Returns an integer in [0, bound); values outside are folded into range. */
export type IntSource = (bound: number) => number;

const ATTEMPTS = 6;

function pick<T>(list: readonly T[], next: IntSource): T {
  const raw = Math.trunc(next(list.length));
  const index = ((raw % list.length) + list.length) % list.length;
  return list[index]!;
}

/** Docker's GetRandomName: a digit 0-9 is appended when `retry` is above zero. */
export function randomName(next: IntSource, retry = 0): string {
  let name: string;
  do {
    name = `${pick(ADJECTIVES, next)}_${pick(SURNAMES, next)}`;
  } while (name === 'boring_wozniak');
  if (retry > 0) name += String(pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], next));
  return name;
}

/**
 * The daemon's name for a container created without --name: up to six attempts at a free
 * random name (the later ones with a digit), then the first 12 characters of its id.
 */
export function generateContainerName(
  next: IntSource,
  isTaken: (name: string) => boolean,
  containerId: string,
): string {
  for (let retry = 0; retry < ATTEMPTS; retry++) {
    const name = randomName(next, retry);
    if (!isTaken(name)) return name;
  }
  return containerId.replace(/^sha256:/, '').slice(0, 12);
}
