import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { tree } from '../testing/images';
import { parseDeb822, parseOneLine, readSources } from './sources';
import { compareDebVersions } from './version';

describe('apt sources', () => {
  it('reads one-line entries with options, without trailing slashes, skipping deb-src and comments', () => {
    const text = [
      '# nginx',
      'deb [signed-by=/etc/apt/keyrings/nginx.gpg arch=amd64] https://nginx.org/packages/mainline/debian/ trixie nginx',
      'deb-src https://nginx.org/packages/mainline/debian/ trixie nginx',
      'deb [ trusted=yes ] file:///tmp/tmp.X ./',
    ].join('\n');
    expect(parseOneLine(text, 'nginx.list')).toEqual([
      {
        url: 'https://nginx.org/packages/mainline/debian',
        suite: 'trixie',
        components: ['nginx'],
        file: 'nginx.list',
      },
      { url: 'file:///tmp/tmp.X', suite: './', components: [], file: 'nginx.list' },
    ]);
  });

  it('reads deb822 paragraphs, one entry per URI and suite, and skips disabled ones', () => {
    const text = [
      'Types: deb',
      'URIs: http://deb.debian.org/debian',
      'Suites: trixie trixie-updates',
      'Components: main',
      'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
      '',
      'Types: deb',
      'URIs: https://download.example.com/apt',
      'Suites: stable',
      'Components: main',
      'Enabled: no',
    ].join('\n');
    expect(parseDeb822(text, 'debian.sources').map((e) => `${e.url} ${e.suite}`)).toEqual([
      'http://deb.debian.org/debian trixie',
      'http://deb.debian.org/debian trixie-updates',
    ]);
  });

  it('reads sources.list first, then sources.list.d in name order', () => {
    const fs = new OverlayFs([
      tree({
        '/etc/apt/sources.list': 'deb http://a.example/debian trixie main\n',
        '/etc/apt/sources.list.d/z.list': 'deb http://z.example/debian trixie main\n',
        '/etc/apt/sources.list.d/b.sources':
          'Types: deb\nURIs: http://b.example/debian\nSuites: trixie\nComponents: main\n',
        '/etc/apt/sources.list.d/notes.txt': 'deb http://ignored.example/ trixie main\n',
      }),
    ]);
    expect(readSources(fs).map((e) => e.url)).toEqual([
      'http://a.example/debian',
      'http://b.example/debian',
      'http://z.example/debian',
    ]);
  });
});

describe('Debian version order', () => {
  it.each([
    ['1.29.8-1~trixie', '1.26.3-3+deb13u1'],
    ['1.0', '1.0~rc1'],
    ['2:0.1-1', '1:9.9-1'],
    ['1.0-1+b1', '1.0-1'],
    ['1.10', '1.9'],
    ['1.0a', '1.0'],
    ['1.0+deb13u2', '1.0+deb13u1'],
  ])('%s sorts after %s', (high, low) => {
    expect(compareDebVersions(high, low)).toBeGreaterThan(0);
    expect(compareDebVersions(low, high)).toBeLessThan(0);
  });

  it('finds equal versions equal, with or without a zero epoch', () => {
    expect(compareDebVersions('0:1.2-3', '1.2-3')).toBe(0);
  });
});
