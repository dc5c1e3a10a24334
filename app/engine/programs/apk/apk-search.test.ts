import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../catalog/types';
import { buildCatalog } from '../../catalog/world';
import { OverlayFs } from '../../fs/overlay';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { apkProgram } from './apk';

let catalog: Catalog;
beforeAll(() => {
  catalog = buildCatalog();
});

const search = (...args: string[]) =>
  runProgram(
    apkProgram(catalog),
    ['apk', ...args],
    new OverlayFs([tree({ '/etc/alpine-release': '3.22.2\n' })]),
  );

describe('apk search', () => {
  it('lists name-version of each package whose name holds the pattern, in name order', () => {
    const result = search('search', 'curl');
    expect(result).toMatchObject({ code: 0, stdout: 'curl-8.14.1-r2\nlibcurl-8.14.1-r2\n' });
    expect(result.notes.join('\n')).toMatch(/looked only at the \d+ Alpine packages/);
  });

  it('adds the description with -v, drops the version with -q', () => {
    expect(search('search', '-v', 'curl').stdout).toBe(
      'curl-8.14.1-r2 - URL retrival utility and library\nlibcurl-8.14.1-r2 - The multiprotocol file transfer library\n',
    );
    expect(search('-q', 'search', 'curl').stdout).toBe('curl\nlibcurl\n');
  });

  it('matches exactly with -x (or -e), and finds a package by a name it provides', () => {
    expect(search('search', '-x', 'curl').stdout).toBe('curl-8.14.1-r2\n');
    expect(search('search', '-e', 'CURL').stdout).toBe('curl-8.14.1-r2\n');
    expect(search('search', 'cmd:curl').stdout).toBe('curl-8.14.1-r2\n');
    expect(search('search', '-x', 'so:libcurl.so.4').stdout).toBe('libcurl-8.14.1-r2\n');
    expect(search('search', '-x', 'nosuchpackage')).toMatchObject({ code: 0, stdout: '' });
  });

  it('searches descriptions with -d', () => {
    expect(search('search', '-d', 'file transfer').stdout).toBe('libcurl-8.14.1-r2\n');
  });
});
