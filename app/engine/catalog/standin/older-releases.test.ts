/**
 * The end-of-life releases and the lines published on them: each release is its own image
 * (os-release, sources, last build's date), the tags Docker Hub published resolve, the ones it
 * never published do not, and old Dockerfiles build on them as they do today.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '..';
import { buildInSession, imageFs } from '../../build/testing/build-in-session';
import { getAt } from '../../fs/tree';
import type { CatalogImage } from '../types';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function resolve(ref: string) {
  const [repo = '', tag = 'latest'] = ref.split(':');
  const found = catalog.resolve?.(repo, tag);
  if (!found) throw new Error('no resolver');
  return found;
}

function image(ref: string): CatalogImage {
  const found = resolve(ref);
  if (!found.ok) throw new Error(`${ref} does not resolve`);
  return found.image;
}

/** A file's text in the image's layers, topmost first, following one symlink. */
function textIn(img: CatalogImage, path: string): string | undefined {
  for (const layer of [...img.layers].reverse()) {
    const node = getAt(layer.tree, path.split('/').filter(Boolean));
    if (!node) continue;
    if ('target' in node && typeof node.target === 'string') {
      const dir = path.slice(0, path.lastIndexOf('/'));
      const target = node.target.startsWith('/') ? node.target : `${dir}/${node.target}`;
      return textIn(img, target.replace(/\/[^/]+\/\.\.\//g, '/'));
    }
    return 'text' in node && typeof node.text === 'string' ? node.text : undefined;
  }
  return undefined;
}

describe('end-of-life releases', () => {
  it.each([
    ['debian:stretch', 'PRETTY_NAME="Debian GNU/Linux 9 (stretch)"', '/etc/debian_version', '9.13'],
    ['debian:buster-slim', 'VERSION_CODENAME=buster', '/etc/debian_version', '10.13'],
    ['debian:10', 'VERSION="10 (buster)"', '/etc/debian_version', '10.13'],
    ['ubuntu:18.04', 'VERSION="18.04.6 LTS (Bionic Beaver)"', '/etc/debian_version', 'buster/sid'],
    ['ubuntu:xenial', 'PRETTY_NAME="Ubuntu 16.04.7 LTS"', '/etc/debian_version', 'stretch/sid'],
    ['alpine:3.12', 'VERSION_ID=3.12.12', '/etc/alpine-release', '3.12.12'],
    ['alpine:3.8', 'PRETTY_NAME="Alpine Linux v3.8"', '/etc/alpine-release', '3.8.5'],
    ['alpine:3.17', 'VERSION_ID=3.17.10', '/etc/alpine-release', '3.17.10'],
  ])('%s has its own release files', (ref, osRelease, versionFile, version) => {
    const img = image(ref);
    expect(textIn(img, '/etc/os-release')).toContain(osRelease);
    expect(textIn(img, versionFile)?.trim()).toBe(version);
  });

  it.each([
    ['debian:stretch', 'deb http://deb.debian.org/debian-security stretch/updates main'],
    ['debian:buster', 'deb http://deb.debian.org/debian buster-updates main'],
    ['ubuntu:18.04', 'deb http://security.ubuntu.com/ubuntu/ bionic-security main restricted'],
  ])('%s carries its own apt sources', (ref, line) => {
    expect(textIn(image(ref), '/etc/apt/sources.list')).toContain(line);
  });

  it('Alpine before 3.13 lists its repositories over http', () => {
    expect(textIn(image('alpine:3.12'), '/etc/apk/repositories')).toBe(
      'http://dl-cdn.alpinelinux.org/alpine/v3.12/main\nhttp://dl-cdn.alpinelinux.org/alpine/v3.12/community\n',
    );
    expect(textIn(image('alpine:3.13'), '/etc/apk/repositories')).toContain('https://');
  });

  it('dates each base by its last image build and says it is approximate', () => {
    expect(image('debian:stretch').created).toBe('2022-06-22T00:00:00Z');
    expect(image('ubuntu:16.04').created.slice(0, 4)).toBe('2021');
    expect(image('alpine:3.12').created.slice(0, 7)).toBe('2022-04');
    expect(image('debian:buster').approximate).toContain('its own os-release and apt sources');
    expect(image('python:3.6-stretch').approximate).toContain('stretch base is generated');
  });

  it('shares the release base between images on it', () => {
    const base = image('debian:buster-slim').layers[0]?.diffId;
    expect(image('python:3.8-slim-buster').layers[0]?.diffId).toBe(base);
    expect(image('node:14-buster-slim').layers[0]?.diffId).toBe(base);
  });
});

describe('lines published on them', () => {
  it.each([
    ['node:14-alpine', '14.21.3-alpine3.17'],
    ['node:12', '12.22.12-buster'],
    ['node:10-alpine', '10.24.1-alpine3.11'],
    ['node:10', '10.24.1-stretch'],
    ['node:fermium-slim', '14.21.3-slim-buster'],
    ['python:3.8-slim-buster', '3.8.20-slim-buster'],
    ['python:3.6', '3.6.15-bullseye'],
    ['python:3.5-slim-stretch', '3.5.10-slim-stretch'],
    ['python:3.9-alpine3.13', '3.9.25-alpine3.13'],
    ['golang:1.16-alpine', '1.16.15-alpine3.15'],
    ['golang:1.15', '1.15.15-buster'],
    ['golang:1.11-stretch', '1.11.13-stretch'],
    ['ruby:2.6', '2.6.10-bullseye'],
    ['ruby:2.4-slim-stretch', '2.4.10-slim-stretch'],
    ['openjdk:8-jdk-alpine', '8.0.212-jdk-alpine3.9'],
    ['openjdk:8-jre-alpine', '8.0.212-jre-alpine3.9'],
    ['openjdk:8-jre', '8.0.342-jre-bullseye'],
    ['openjdk:11-jdk-slim-buster', '11.0.16-jdk-slim-buster'],
    ['nginx:1.19-alpine', '1.19.10-alpine3.13'],
    ['nginx:1.21', '1.21.6-bullseye'],
    ['nginx:1.14-alpine-perl', '1.14.2-perl-alpine3.8'],
    ['nginx:1.24-bookworm', '1.24.0-bookworm'],
  ])('%s resolves to %s', (ref, tag) => {
    expect(image(ref).tags).toEqual([tag]);
  });

  it.each([
    'node:14-bookworm',
    'node:10-bullseye',
    'node:11-buster',
    'python:3.5-bullseye',
    'python:3.6-alpine3.16',
    'python:3.8-stretch',
    'golang:1.18-stretch',
    'ruby:2.4-bullseye',
    'openjdk:8-jdk-slim-alpine',
    'openjdk:8.0.300-jdk-alpine',
    'openjdk:11-jdk-alpine',
    'nginx:1.21-bullseye',
    'nginx:1.19-otel',
    'nginx:1.21-alpine-slim',
    'debian:8',
    'ubuntu:18.10',
    'alpine:3.7',
  ])('%s was never published', (ref) => {
    expect(resolve(ref)).toEqual({ ok: false, reason: 'unknown-tag' });
  });

  it('openjdk:8-jdk-alpine is Alpine 3.9 with its own openjdk8 package', () => {
    const img = image('openjdk:8-jdk-alpine');
    expect(textIn(img, '/etc/alpine-release')?.trim()).toBe('3.9.6');
    expect(img.config.Env).toContain('JAVA_HOME=/usr/lib/jvm/java-1.8-openjdk');
    expect(img.config.Env).toContain('JAVA_VERSION=8u212');
    expect(image('openjdk:8-alpine').manifestDigest).toBe(img.manifestDigest);
  });

  it('older golang images have no GOTOOLCHAIN (it came with Go 1.21)', () => {
    expect(image('golang:1.15').config.Env).not.toContain('GOTOOLCHAIN=local');
    expect(image('golang:1.20').config.Env).toContain('GOTOOLCHAIN=local');
  });
});

describe('old Dockerfiles build as they do today', () => {
  function build(dockerfile: string) {
    return buildInSession(catalog, dockerfile, { files: {}, idPrefix: 'eol' });
  }

  it('FROM node:14-alpine: apk add --no-cache git works (Alpine 3.17 is on dl-cdn)', () => {
    const out = build('FROM node:14-alpine\nRUN apk add --no-cache git\n');
    expect(out.ok, out.stderr).toBe(true);
    expect(out.stderr).toContain('fetch https://dl-cdn.alpinelinux.org/alpine/v3.17/main');
    expect(out.notes.join('\n')).toContain('Layercake models node:14-alpine approximately');
    expect(imageFs(out).stat('/usr/bin/git').ok).toBe(true);
  });

  it('FROM python:3.8-slim-buster: pip install flask works', () => {
    const out = build('FROM python:3.8-slim-buster\nRUN pip install flask\n');
    expect(out.ok, out.stderr).toBe(true);
    expect(imageFs(out).stat('/usr/local/lib/python3.8/site-packages/flask/__init__.py').ok).toBe(
      true,
    );
  });

  it('FROM debian:stretch: apt-get update fails as the archived suites answer 404', () => {
    const out = build('FROM debian:stretch\nRUN apt-get update\n');
    expect(out.ok).toBe(false);
    expect(out.stderr).toContain('Ign:1 http://deb.debian.org/debian stretch InRelease');
    expect(out.stderr).toContain('Err:4 http://deb.debian.org/debian stretch Release');
    expect(out.stderr).toContain('  404  Not Found');
    expect(out.stderr).toContain(
      "E: The repository 'http://deb.debian.org/debian-security stretch/updates Release' does not have a Release file.",
    );
    expect(out.stderr).toContain(
      'ERROR: process "/bin/sh -c apt-get update" did not complete successfully: exit code: 100',
    );
    expect(out.notes.join('\n')).toContain('archive.debian.org');
  });

  it('FROM ubuntu:18.04: apt-get install fetches from bionic, still served', () => {
    const out = build('FROM ubuntu:18.04\nRUN apt-get update && apt-get install -y curl\n');
    expect(out.ok, out.stderr).toBe(true);
    expect(out.stderr).toContain('http://archive.ubuntu.com/ubuntu bionic InRelease');
    expect(out.stderr).toMatch(
      /Get:\d+ http:\/\/archive\.ubuntu\.com\/ubuntu bionic-updates\/main/,
    );
    expect(out.stderr).not.toContain('focal');
  });
});
