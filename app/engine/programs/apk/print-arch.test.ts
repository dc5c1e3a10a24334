import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { fakeCatalog } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { apkProgram } from './apk';

describe('apk --print-arch', () => {
  it("prints the machine's architecture, as python's alpine Dockerfile asks before building", () => {
    const result = runProgram(
      apkProgram(fakeCatalog([])),
      ['apk', '--print-arch'],
      new OverlayFs([tree({ '/etc/': '' })]),
      {
        userland: 'busybox',
      },
    );
    expect(result).toMatchObject({ code: 0, stdout: 'x86_64\n', stderr: '' });
  });
});
