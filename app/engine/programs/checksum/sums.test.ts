import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { checksumProgram } from './sums';

const sha256sum = checksumProgram('sha256');
const fs = () =>
  new OverlayFs([tree({ '/tmp/hello.txt': 'hello\n', '/tmp/node.tar.xz': { blob: 30_214_440 } })]);
// sha256 of "hello\n", as `echo hello | sha256sum` prints it on Linux.
const HELLO = '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03';

describe('sha256sum and friends', () => {
  it('prints the real digest of text, from a file or stdin', () => {
    expect(runProgram(sha256sum, ['sha256sum', 'hello.txt'], fs(), { cwd: '/tmp' }).stdout).toBe(
      `${HELLO}  hello.txt\n`,
    );
    expect(runProgram(sha256sum, ['sha256sum'], fs(), { stdin: 'hello\n' }).stdout).toBe(
      `${HELLO}  -\n`,
    );
    expect(runProgram(checksumProgram('md5'), ['md5sum', '/tmp/hello.txt'], fs()).stdout).toBe(
      'b1946ac92492d2347c6235b4d2611184  /tmp/hello.txt\n',
    );
  });

  it('checks a list with -c and reports a mismatch as GNU coreutils does', () => {
    const ok = runProgram(sha256sum, ['sha256sum', '-c', '-'], fs(), {
      cwd: '/tmp',
      stdin: `${HELLO} *hello.txt\n`,
    });
    expect(ok).toMatchObject({ code: 0, stdout: 'hello.txt: OK\n', stderr: '' });
    const bad = runProgram(sha256sum, ['sha256sum', '-c', '-'], fs(), {
      cwd: '/tmp',
      stdin: `${'0'.repeat(64)}  hello.txt\n`,
    });
    expect(bad).toMatchObject({
      code: 1,
      stdout: 'hello.txt: FAILED\n',
      stderr: 'sha256sum: WARNING: 1 computed checksum did NOT match\n',
    });
  });

  it('passes a simulated download it cannot hash, with a note saying it was not checked', () => {
    const result = runProgram(sha256sum, ['sha256sum', '-c', '-'], fs(), {
      cwd: '/tmp',
      // Any digest that could be a real file's (this one is of "hello\n").
      stdin: `${HELLO} *node.tar.xz\n`,
    });
    expect(result).toMatchObject({ code: 0, stdout: 'node.tar.xz: OK\n' });
    expect(result.notes.join(' ')).toMatch(/did not really check node\.tar\.xz/);
  });

  it('fails a download against a placeholder digest no real file can have', () => {
    const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    for (const expected of ['0'.repeat(64), 'deadbeef'.repeat(8), EMPTY]) {
      const result = runProgram(sha256sum, ['sha256sum', '-c', '-'], fs(), {
        cwd: '/tmp',
        stdin: `${expected}  node.tar.xz\n`,
      });
      expect(result).toMatchObject({
        code: 1,
        stdout: 'node.tar.xz: FAILED\n',
        stderr: 'sha256sum: WARNING: 1 computed checksum did NOT match\n',
      });
    }
  });

  it('fails on a missing file and on input with no checksum lines', () => {
    const missing = runProgram(sha256sum, ['sha256sum', '-c', '-'], fs(), {
      cwd: '/tmp',
      stdin: `${HELLO}  gone.txt\n`,
    });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('gone.txt: FAILED open or read\n');
    expect(missing.stderr).toContain('sha256sum: gone.txt: No such file or directory\n');
    const empty = runProgram(sha256sum, ['sha256sum', '-c', '-'], fs(), { stdin: 'nonsense\n' });
    expect(empty).toMatchObject({
      code: 1,
      stderr: "sha256sum: 'standard input': no properly formatted checksum lines found\n",
    });
  });

  it('words a failed check as BusyBox does on Alpine, where an unreadable line fails too', () => {
    const run = (stdin: string) =>
      runProgram(sha256sum, ['sha256sum', '-c', '-'], fs(), {
        cwd: '/tmp',
        userland: 'busybox',
        stdin,
      });
    const result = run(`${'0'.repeat(64)}  hello.txt\n`);
    expect(result).toMatchObject({ code: 1, stdout: 'hello.txt: FAILED\n' });
    expect(result.stderr).toBe('sha256sum: WARNING: 1 of 1 computed checksums did NOT match\n');
    expect(run('nonsense\n')).toMatchObject({
      code: 1,
      stderr: 'sha256sum: WARNING: 1 of 1 computed checksums did NOT match\n',
    });
  });
});
