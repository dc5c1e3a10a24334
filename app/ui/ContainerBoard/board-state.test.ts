import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import type { QueuedEvent } from '../../store';
import { containerNamed, seededHost, withContainer } from '../LayerStack/testing/world-fixture';
import { writableChanges } from './container-model';
import { playedChanges, readUnplayed, shownContainers, unplayedKey } from './board-state';

const q = (event: EngineEvent, seq = 1): QueuedEvent => ({
  seq,
  event,
  entryId: 1,
  origin: 'typed',
});

function board() {
  const { host, image } = seededHost();
  const withWeb = withContainer(host, 'web', image, (fs) => {
    fs.writeFile('/tmp/test.txt', { text: 'hello\n' });
  });
  return { host: withContainer(withWeb, 'api', image), image };
}

describe('unplayed events on the board', () => {
  it('hides a container until its creation plays', () => {
    const { host } = board();
    const api = containerNamed(host, 'api');
    const created: EngineEvent = {
      type: 'container-created',
      host: 'laptop',
      id: api.id,
      name: 'api',
      image: 'app',
    };
    const unplayed = readUnplayed([unplayedKey(q(created))!]);
    expect(shownContainers(host, new Map(), unplayed).map((c) => c.name)).toEqual(['web']);
  });

  it('keeps drawing a removed container until its removal plays', () => {
    const { host } = board();
    const web = containerNamed(host, 'web');
    const { [web.id]: _gone, ...rest } = host.containers;
    const after = { ...host, containers: rest };
    const removed: EngineEvent = {
      type: 'container-removed',
      host: 'laptop',
      id: web.id,
      name: 'web',
    };
    const seen = new Map([[web.id, web]]);
    expect(
      shownContainers(after, seen, readUnplayed([unplayedKey(q(removed))!])).map((c) => c.name),
    ).toEqual(['web', 'api']);
    expect(shownContainers(after, seen, readUnplayed([])).map((c) => c.name)).toEqual(['api']);
  });

  it('holds back a new file and its parent folder until the file’s event plays', () => {
    const { host } = board();
    const web = containerNamed(host, 'web');
    const added: EngineEvent = {
      type: 'file-added',
      path: '/tmp/test.txt',
      size: 6,
      host: 'laptop',
      where: { kind: 'container', id: web.id },
    };
    const changes = writableChanges(host, web);
    expect(playedChanges(changes, web.id, readUnplayed([unplayedKey(q(added))!]))).toEqual([]);
    expect(playedChanges(changes, web.id, readUnplayed([])).map((c) => c.path)).toEqual([
      '/tmp',
      '/tmp/test.txt',
    ]);
  });

  it('gives back the very same list when nothing is held back, so a memoised card keeps it', () => {
    const { host } = board();
    const web = containerNamed(host, 'web');
    const changes = writableChanges(host, web);
    expect(playedChanges(changes, web.id, readUnplayed([]))).toBe(changes);
    const other = readUnplayed([`p ${web.id}-other /tmp/test.txt`]);
    expect(playedChanges(changes, web.id, other)).toBe(changes);
  });

  it('ignores events the board does not draw', () => {
    expect(unplayedKey(q({ type: 'build-started', host: 'laptop', steps: 1 }))).toBeUndefined();
  });
});
