/**
 * Tool error wordings as observed: GNU coreutils 9.1 / grep / sed / tar on Debian 12 with
 * LC_ALL=C, and BusyBox 1.35 in the Docker oracle (`docker run --rm busybox sh -c '...'`).
 */
import { describe, expect, it } from 'vitest';
import { sim } from './testing/harness';

const OBSERVED: [command: string, gnu: string, busybox: string][] = [
  [
    'cat /nope',
    'cat: /nope: No such file or directory',
    "cat: can't open '/nope': No such file or directory",
  ],
  ['cat /etc', 'cat: /etc: Is a directory', 'cat: read error: Is a directory'],
  [
    'rm /nope',
    "rm: cannot remove '/nope': No such file or directory",
    "rm: can't remove '/nope': No such file or directory",
  ],
  ['rm /tmp', "rm: cannot remove '/tmp': Is a directory", "rm: '/tmp' is a directory"],
  [
    'rmdir /nope',
    "rmdir: failed to remove '/nope': No such file or directory",
    "rmdir: '/nope': No such file or directory",
  ],
  [
    'mkdir /tmp',
    "mkdir: cannot create directory '/tmp': File exists",
    "mkdir: can't create directory '/tmp': File exists",
  ],
  [
    'mkdir /a/b',
    "mkdir: cannot create directory '/a/b': No such file or directory",
    "mkdir: can't create directory '/a/b': No such file or directory",
  ],
  [
    'ls /nope',
    "ls: cannot access '/nope': No such file or directory",
    'ls: /nope: No such file or directory',
  ],
  [
    'cp /nope /tmp/x',
    "cp: cannot stat '/nope': No such file or directory",
    "cp: can't stat '/nope': No such file or directory",
  ],
  [
    'mv /nope /tmp/x',
    "mv: cannot stat '/nope': No such file or directory",
    "mv: can't rename '/nope': No such file or directory",
  ],
  [
    'touch /nope/x',
    "touch: cannot touch '/nope/x': No such file or directory",
    'touch: /nope/x: No such file or directory',
  ],
  [
    'chmod 777 /nope',
    "chmod: cannot access '/nope': No such file or directory",
    'chmod: /nope: No such file or directory',
  ],
  [
    'chown root /nope',
    "chown: cannot access '/nope': No such file or directory",
    'chown: /nope: No such file or directory',
  ],
  ['chown nobody1 /tmp', "chown: invalid user: 'nobody1'", 'chown: unknown user nobody1'],
  [
    'head /nope',
    "head: cannot open '/nope' for reading: No such file or directory",
    'head: /nope: No such file or directory',
  ],
  ['wc /nope', 'wc: /nope: No such file or directory', 'wc: /nope: No such file or directory'],
  [
    'grep x /nope',
    'grep: /nope: No such file or directory',
    'grep: /nope: No such file or directory',
  ],
  [
    'sed p /nope',
    "sed: can't read /nope: No such file or directory",
    'sed: /nope: No such file or directory',
  ],
  [
    'sort /nope',
    'sort: cannot read: /nope: No such file or directory',
    'sort: /nope: No such file or directory',
  ],
  [
    'cut -f1 /nope',
    'cut: /nope: No such file or directory',
    'cut: /nope: No such file or directory',
  ],
  [
    'du /nope',
    "du: cannot access '/nope': No such file or directory",
    'du: /nope: No such file or directory',
  ],
  [
    'stat /nope',
    "stat: cannot statx '/nope': No such file or directory",
    "stat: can't stat '/nope': No such file or directory",
  ],
  [
    '/usr/bin/printf "%d\\n" abc',
    "/usr/bin/printf: 'abc': expected a numeric value",
    "printf: invalid number 'abc'",
  ],
  ['/usr/bin/test "" -eq 1', "/usr/bin/test: invalid integer ''", 'test: bad number'],
];

describe('tool error messages', () => {
  it.each(OBSERVED)('%s words its failure as GNU does on Debian', (command, gnu) => {
    expect(sim('gnu').run(command).stderr).toBe(`${gnu}\n`);
  });

  it.each(OBSERVED)('%s words its failure as BusyBox does', (command, _gnu, busybox) => {
    const s = sim('busybox');
    s.run(
      'mkdir -p /usr/bin && ln -s /bin/busybox /usr/bin/printf && ln -s /bin/busybox /usr/bin/test',
    );
    expect(s.run(command).stderr).toBe(`${busybox}\n`);
  });

  it('tail on BusyBox adds "no files" when none could be opened', () => {
    expect(sim('busybox').run('tail /nope').stderr).toBe(
      "tail: can't open '/nope': No such file or directory\ntail: no files\n",
    );
  });
});
