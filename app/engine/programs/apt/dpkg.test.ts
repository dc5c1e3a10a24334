import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { debianFs } from '../testing/images';
import { dpkgProgram } from './dpkg';
import { dpkgQueryProgram } from './dpkg-query';

describe('dpkg and dpkg-query', () => {
  it('prints the architecture install scripts ask for', () => {
    expect(runProgram(dpkgProgram, ['dpkg', '--print-architecture'], debianFs()).stdout).toBe(
      'amd64\n',
    );
  });

  it("lists installed packages in dpkg's table, columns as wide as their content", () => {
    const result = runProgram(dpkgProgram, ['dpkg', '-l', 'libc*'], debianFs());
    expect(result.stdout).toContain('||/ Name        Version Architecture Description\n');
    expect(result.stdout).toContain(
      'ii  libc6:amd64 2.41-12 amd64        GNU C Library: Shared libraries\n',
    );
    expect(result.stdout).not.toContain('base-files');
  });

  it('says when no package matches', () => {
    const result = runProgram(dpkgQueryProgram, ['dpkg-query', '-l', 'nginx'], debianFs());
    expect(result).toMatchObject({
      code: 1,
      stderr: 'dpkg-query: no packages found matching nginx\n',
    });
  });

  it('finds the package that owns a library, as official images do with ldd output', () => {
    const result = runProgram(
      dpkgQueryProgram,
      ['dpkg-query', '--search', '/usr/lib/x86_64-linux-gnu/libc.so.6'],
      debianFs(),
    );
    expect(result.stdout).toBe('libc6:amd64: /usr/lib/x86_64-linux-gnu/libc.so.6\n');
    const missing = runProgram(dpkgQueryProgram, ['dpkg-query', '-S', '/opt/nothing'], debianFs());
    expect(missing).toMatchObject({
      code: 1,
      stderr: 'dpkg-query: no path found matching pattern /opt/nothing\n',
    });
  });

  it('shows fields through a format', () => {
    const result = runProgram(
      dpkgQueryProgram,
      ['dpkg-query', '-W', '-f=${Package} ${Version}\\n', 'libc6'],
      debianFs(),
    );
    expect(result.stdout).toBe('libc6 2.41-12\n');
  });

  it('accepts dpkg -i of an existing file with a note, and fails for a missing one', () => {
    const fs = debianFs({ '/tmp/x.deb': { blob: 1000 } });
    const ok = runProgram(dpkgProgram, ['dpkg', '-i', '/tmp/x.deb'], fs);
    expect(ok.code).toBe(0);
    expect(ok.notes).toHaveLength(1);
    const missing = runProgram(dpkgProgram, ['dpkg', '-i', 'y.deb'], fs);
    expect(missing).toMatchObject({
      code: 2,
      stderr: "dpkg: error: cannot access archive 'y.deb': No such file or directory\n",
    });
  });
});
