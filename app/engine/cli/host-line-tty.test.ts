import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import { REPLAY_EPOCH } from '../clock';
import { createWorld } from '../host/world';
import type { World } from '../host/state';
import { hostToolNames, runHostLine } from './host-line';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

/** Runs lines at a terminal that is a TTY, as a real user's is. */
function session() {
  let world: World = createWorld(hostToolNames());
  let now = REPLAY_EPOCH;
  return (line: string) => {
    const result = runHostLine(world, line, { catalog, now, tty: true });
    world = result.world;
    now += result.durationMs + 1000;
    const text = (stream: 'stdout' | 'stderr') =>
      result.output
        .filter((c) => c.stream === stream)
        .map((c) => c.text)
        .join('');
    return { out: text('stdout'), err: text('stderr'), code: result.exitCode };
  };
}

describe('a host terminal that is a TTY', () => {
  it('makes docker export refuse to write the archive to the terminal, as the 28.2.2 client does', () => {
    const run = session();
    run('docker pull busybox');
    run('docker create --name web busybox');
    expect(run('docker export web')).toEqual({
      out: '',
      err: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n',
      code: 1,
    });
    // The client refuses before it asks the daemon: no container needed.
    expect(run('docker container export nosuch').err).toBe(
      'cowardly refusing to save to a terminal. Use the -o flag or redirect\n',
    );
  });

  it('lets docker export write when stdout is redirected or piped', () => {
    const run = session();
    run('docker pull busybox');
    run('docker create --name web busybox');
    expect(run('docker export web > web.tar; echo $?').out).toBe('0\n');
    expect(run('docker export web | tar -t | grep -c "^bin/$"').out).toBe('1\n');
    expect(run('docker export -o out.tar web; echo $?').out).toBe('0\n');
  });

  it('prints ls in columns, as on a real terminal, but one name a line into a pipe', () => {
    const run = session();
    run('touch a b');
    expect(run('ls').out).toBe('a  b\n');
    expect(run('ls | cat').out).toBe('a\nb\n');
  });
});
