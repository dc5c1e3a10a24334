import { describe, expect, it } from 'vitest';
import { listDir } from '../common/fs-helpers';
import { debCatalog } from '../testing/debs';
import { runProgram } from '../testing/fake-io';
import { debianFs } from '../testing/images';
import { aptGetProgram } from './apt-get';

describe('apt-get dist-clean', () => {
  it('removes the package lists and caches on trixie (apt 3.0), as official Dockerfiles use it', () => {
    const aptGet = aptGetProgram(debCatalog, 'trixie');
    const fs = debianFs();
    runProgram(aptGet, ['apt-get', 'update'], fs);
    runProgram(aptGet, ['apt-get', 'install', '-y', 'curl'], fs);
    expect(listDir(fs, '/var/lib/apt/lists').some((n) => n.endsWith('Packages.lz4'))).toBe(true);
    const result = runProgram(aptGet, ['apt-get', 'dist-clean'], fs);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(
      listDir(fs, '/var/lib/apt/lists').filter((n) => n !== 'lock' && n !== 'partial'),
    ).toEqual([]);
    expect(fs.stat('/usr/bin/curl').ok).toBe(true);
  });

  it('is an invalid operation for the apt of bookworm', () => {
    const result = runProgram(
      aptGetProgram(debCatalog, 'bookworm'),
      ['apt-get', 'dist-clean'],
      debianFs(),
    );
    expect(result).toMatchObject({ code: 100, stderr: 'E: Invalid operation dist-clean\n' });
  });
});
