import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCatalog } from '../../catalog';
import type { Catalog } from '../../catalog/types';
import { REPLAY_EPOCH } from '../../clock';
import { createWorld } from '../../host/world';
import type { World } from '../../host/state';
import { hostToolNames, runHostLine } from '../host-line';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const help = (name: string) =>
  readFileSync(new URL(`../fixtures/help/${name}.txt`, import.meta.url), 'utf8');

function session(tty: boolean) {
  let world: World = createWorld(hostToolNames());
  return (line: string) => {
    const result = runHostLine(world, line, { catalog, now: REPLAY_EPOCH, tty });
    world = result.world;
    const err = result.output
      .filter((c) => c.stream === 'stderr')
      .map((c) => c.text)
      .join('');
    const out = result.output
      .filter((c) => c.stream === 'stdout')
      .map((c) => c.text)
      .join('');
    return { out, err, code: result.exitCode };
  };
}

const COWARDLY = 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n';

describe('docker save', () => {
  it('refuses to write an archive to a terminal before asking the daemon (28.2.2 client)', () => {
    const run = session(true);
    expect(run('docker save nosuch')).toEqual({ out: '', err: COWARDLY, code: 1 });
    expect(run('docker image save nosuch').err).toBe(COWARDLY);
  });

  it('checks --platform first, as the client does', () => {
    const run = session(true);
    expect(run('docker save --platform foo busybox').err).toBe(
      'invalid platform: "foo": unknown operating system or architecture: invalid argument\n',
    );
    expect(run('docker save --platform linux/amd64/v8/x busybox').err).toBe(
      'invalid platform: "linux/amd64/v8/x": cannot parse platform specifier: invalid argument\n',
    );
    expect(run('docker save --platform amd64 busybox').err).toBe(COWARDLY);
  });

  it('gives the daemon error for a missing image when stdout is redirected', () => {
    const run = session(true);
    expect(run('docker save nosuch > x.tar')).toEqual({
      out: '',
      err: 'Error response from daemon: No such image: nosuch\n',
      code: 1,
    });
  });

  it('says plainly that writing the archive is not simulated', () => {
    const run = session(false);
    run('docker pull busybox');
    expect(run('docker save -o b.tar busybox')).toMatchObject({
      err: "layercake: 'docker save' is a real Docker command, but it is not part of this simulation.\n",
      code: 1,
    });
  });

  it('prints Docker 28 help for both spellings', () => {
    const run = session(false);
    expect(run('docker save --help').out).toBe(help('save'));
    expect(run('docker image save --help').out).toBe(help('image_save'));
  });
});
