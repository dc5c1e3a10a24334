import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { fakeCatalog } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { apkProgram } from './apk';

const update = (release: string, repositories?: string) =>
  runProgram(
    apkProgram(fakeCatalog([], { distro: 'alpine' })),
    ['apk', 'update'],
    new OverlayFs([
      tree({
        '/etc/alpine-release': `${release}\n`,
        ...(repositories ? { '/etc/apk/repositories': repositories } : {}),
      }),
    ]),
  );

describe('apk update index descriptions', () => {
  it("names each index by the image's point release on its own branch", () => {
    const result = update('3.20.8');
    expect(result.stdout).toContain(
      'v3.20.8 [https://dl-cdn.alpinelinux.org/alpine/v3.20/main]\nv3.20.8 [https://dl-cdn.alpinelinux.org/alpine/v3.20/community]\n',
    );
    expect(result.notes.join('\n')).toContain('aports snapshot');
  });

  it('names another branch by its own last point release, and places no edge or foreign index', () => {
    const out = update(
      '3.22.2',
      'https://dl-cdn.alpinelinux.org/alpine/v3.18/main\nhttps://dl-cdn.alpinelinux.org/alpine/edge/testing\nhttps://nginx.org/packages/mainline/alpine/v3.22/main\n',
    ).stdout;
    expect(out).toContain('v3.18.12 [https://dl-cdn.alpinelinux.org/alpine/v3.18/main]\n');
    expect(out).not.toContain('[https://dl-cdn.alpinelinux.org/alpine/edge/testing]');
    expect(out).not.toContain('[https://nginx.org/packages/mainline/alpine/v3.22/main]');
  });
});
