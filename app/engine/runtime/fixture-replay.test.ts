// Recorded Docker sessions replayed command for command (with the oracle's own flags,
// --pull never and --network none, which the simulation honours): every stdout, stderr and
// exit status must match once ids, times and image sizes, which differ between any two
// runs of Docker too, are masked.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import { Terminal } from './testing/terminal';
import { fixtureSteps, normalise } from './testing/fixtures';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

/**
 * Also masks sizes (the simulated busybox is not byte for byte the recorded one), and the
 * width of table columns, which follows the masked texts.
 */
function shape(text: string): string {
  return (
    normalise(text)
      .replace(/\d+(\.\d+)?(B|kB|MB|GB)\b/g, '<size>')
      .replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000 UTC/g, '<created>')
      .replace(/\/tmp\/d-rec\/data/g, '/var/lib/docker')
      // The recording is Docker 20.10; the simulation prints Docker 25+'s wording of this error.
      .replace(
        /You cannot remove a running container \S+\. Stop the container before attempting removal or force remove|cannot remove container "\/[^"]+": container is running: stop the container before removing or force remove/g,
        '<cannot remove a running container>',
      )
      // Likewise exec in a stopped container: "Container <id> is not running" on 20.10.
      .replace(
        /Error response from daemon: Container (\S+) is not running/g,
        'Error response from daemon: container $1 is not running',
      )
      .replace(/ {3,}/g, '   ')
  );
}

function replay(t: Terminal, fixture: string, skip: (command: string) => boolean = () => false) {
  for (const step of fixtureSteps(fixture)) {
    if (skip(step.command)) continue;
    const run = t.run(step.command);
    expect({
      command: step.command,
      out: shape(run.out),
      err: shape(run.err),
      code: run.code,
    }).toEqual({
      command: step.command,
      out: shape(step.stdout),
      err: shape(step.stderr),
      code: step.exit,
    });
  }
}

describe('recorded sessions', () => {
  it('containers-run then containers-ps', () => {
    const t = new Terminal(catalog);
    t.run('docker pull busybox');
    replay(t, 'containers-run');
    // The recording's clock ran a little between commands; ours moves a second per line,
    // so "N seconds ago" differs: masked by normalise.
    replay(t, 'containers-ps');
  });

  it('lifecycle-exec then lifecycle-name-conflict', () => {
    const t = new Terminal(catalog);
    t.run('docker pull busybox');
    replay(t, 'lifecycle-exec');
    replay(t, 'lifecycle-name-conflict');
  });

  it('lifecycle-stop, lifecycle-restart-kill, lifecycle-pause and lifecycle-rm', () => {
    const t = new Terminal(catalog);
    t.run('docker pull busybox');
    // The deprecation notice of `stop --time` goes to stdout in Docker 28; that is the
    // dispatcher's, and checked there.
    const deprecated = (c: string) => c.includes('--time 1');
    replay(t, 'lifecycle-stop', deprecated);
    t.run('docker start web');
    replay(t, 'lifecycle-restart-kill');
    replay(t, 'lifecycle-pause');
    replay(t, 'lifecycle-rm');
  });

  it('lifecycle-run-rm', () => {
    const t = new Terminal(catalog);
    t.run('docker pull busybox');
    replay(t, 'lifecycle-run-rm');
  });

  it('volumes-basics, volumes-anonymous and volumes-rm', () => {
    const t = new Terminal(catalog);
    t.run('docker pull busybox');
    replay(t, 'volumes-basics', (c) => c.includes('$(docker create'));
    t.run('docker create --pull never --network none -v data:/data busybox');
    t.run('docker volume prune -f');
    replay(t, 'volumes-anonymous');
    t.run('docker ps -aq | xargs -r docker rm -f');
    t.run('docker volume rm data');
    replay(t, 'volumes-rm');
  });

  it('lifecycle-create-start and lifecycle-logs', () => {
    const t = new Terminal(catalog);
    t.run('docker pull busybox');
    replay(t, 'lifecycle-create-start');
    replay(t, 'lifecycle-logs');
  });
});
