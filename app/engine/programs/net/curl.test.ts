import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { curlProgram } from './curl';
import { wgetProgram } from './wget';

const fresh = () => new OverlayFs([tree({ '/tmp/': '', '/usr/local/bin/': '' })]);
const GOSU = 'https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64';

describe('curl', () => {
  it('downloads a known release binary with its real size, and notes that it is simulated', () => {
    const fs = fresh();
    const result = runProgram(
      curlProgram,
      ['curl', '-fsSL', '-o', '/usr/local/bin/gosu', GOSU],
      fs,
    );
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const read = fs.readFile('/usr/local/bin/gosu');
    expect(read.ok && read.value.size).toBe(2_351_104);
    expect(result.notes[0]).toMatch(/no network/);
  });

  it('names the file after the URL with -O and shows the progress meter without -s', () => {
    const fs = fresh();
    const result = runProgram(
      curlProgram,
      ['curl', '-LO', 'https://go.dev/dl/go1.25.4.linux-amd64.tar.gz'],
      fs,
      { cwd: '/tmp' },
    );
    expect(fs.stat('/tmp/go1.25.4.linux-amd64.tar.gz').ok).toBe(true);
    expect(result.stderr).toMatch(/^ {2}% Total {4}% Received % Xferd {2}Average Speed/);
    expect(result.stderr).toContain('100 72.0M  100 72.0M');
  });

  it('pipes an install script into the shell as a harmless stand-in', () => {
    const result = runProgram(
      curlProgram,
      ['curl', '-fsSL', 'https://get.docker.com/install.sh'],
      fresh(),
    );
    expect(result.stdout).toMatch(
      /^#!\/bin\/sh\n# Downloaded from https:\/\/get\.docker\.com\/install\.sh/,
    );
  });

  it('fails to write into a missing directory unless --create-dirs', () => {
    const fs = fresh();
    expect(
      runProgram(
        curlProgram,
        ['curl', '-fsS', '-o', '/opt/x/f.txt', 'https://example.com/f.txt'],
        fs,
      ).code,
    ).toBe(23);
    expect(
      runProgram(
        curlProgram,
        ['curl', '-fsS', '--create-dirs', '-o', '/opt/x/f.txt', 'https://example.com/f.txt'],
        fs,
      ).code,
    ).toBe(0);
  });

  it('answers -I with headers, and needs a URL', () => {
    expect(runProgram(curlProgram, ['curl', '-I', GOSU], fresh()).stdout).toContain(
      'content-length: 2351104\r\n',
    );
    expect(runProgram(curlProgram, ['curl'], fresh())).toMatchObject({ code: 2 });
  });
});

describe('wget', () => {
  it("saves under -O with GNU wget's log", () => {
    const fs = fresh();
    const result = runProgram(
      wgetProgram,
      ['wget', '-O', '/tmp/tini', 'https://github.com/krallin/tini/releases/download/v0.19.0/tini'],
      fs,
    );
    expect(result.stderr).toContain('Saving to: ‘/tmp/tini’\n');
    expect(result.stderr).toMatch(/saved \[24064\/24064\]\n\n$/);
    expect(fs.readFile('/tmp/tini')).toMatchObject({ ok: true, value: { size: 24_064 } });
  });

  it('speaks BusyBox on Alpine', () => {
    const fs = fresh();
    const result = runProgram(wgetProgram, ['wget', GOSU], fs, {
      cwd: '/tmp',
      userland: 'busybox',
    });
    expect(result.stderr).toMatch(
      /^Connecting to github\.com \([\d.]+:443\)\nsaving to 'gosu-amd64'\n/,
    );
    expect(result.stderr).toMatch(/'gosu-amd64' saved\n$/);
  });

  it('writes a script to stdout with -qO-', () => {
    const result = runProgram(
      wgetProgram,
      ['wget', '-qO-', 'https://deb.nodesource.com/setup_22.x'],
      fresh(),
    );
    expect(result.stdout).toContain('#!/bin/sh\n');
  });
});
