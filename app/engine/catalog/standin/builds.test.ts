/**
 * Small Dockerfiles on stand-in bases build as on real Docker: the base's layers plus one per
 * RUN/COPY/WORKDIR, with the package managers of the right distribution working in RUN.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '..';
import type { BuildOutcome } from '../../build/request';
import { buildInSession, imageFs } from '../../build/testing/build-in-session';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function build(dockerfile: string, files: Record<string, string> = {}): BuildOutcome {
  return buildInSession(catalog, dockerfile, { files, idPrefix: 'sb' });
}

function baseLayers(ref: string): number {
  const [repo = '', tag = 'latest'] = ref.split(':');
  const found = catalog.resolve?.(repo, tag);
  if (!found?.ok) throw new Error(`${ref} does not resolve`);
  return found.image.layers.length;
}

describe('builds on stand-in bases', () => {
  it('FROM python:3.11-slim: pip installs into /usr/local/lib/python3.11', () => {
    const out = build(
      'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]\n',
      { 'requirements.txt': 'flask\n', 'main.py': 'print("hi")\n' },
    );
    expect(out.ok, out.stderr).toBe(true);
    expect(baseLayers('python:3.11-slim')).toBe(4);
    expect(out.image?.diffIds).toHaveLength(4 + 4);
    expect(imageFs(out).stat('/usr/local/lib/python3.11/site-packages/flask/__init__.py').ok).toBe(
      true,
    );
    expect(out.image?.config.Env).toContain('PYTHON_VERSION=3.11.14');
  });

  it('FROM node:20-alpine: npm ci installs the lockfile with apk-based node', () => {
    const pkg =
      '{\n  "name": "app",\n  "version": "1.0.0",\n  "dependencies": {\n    "ms": "^2.1.3"\n  }\n}\n';
    const first = build(
      'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json .\nRUN npm install\n',
      {
        'package.json': pkg,
      },
    );
    expect(first.ok, first.stderr).toBe(true);
    const lock = imageFs(first).readFile('/app/package-lock.json');
    if (!lock.ok || lock.value.text === undefined) throw new Error('no lockfile');
    const out = build(
      'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "index.js"]\n',
      { 'package.json': pkg, 'package-lock.json': lock.value.text, 'index.js': 'console.log(1)\n' },
    );
    expect(out.ok, out.stderr).toBe(true);
    expect(baseLayers('node:20-alpine')).toBe(4);
    expect(out.image?.diffIds).toHaveLength(4 + 4);
    expect(imageFs(out).stat('/app/node_modules/ms/index.js').ok).toBe(true);
    expect(out.image?.config.Env).toContain('NODE_VERSION=20.19.6');
  });

  it('FROM ubuntu:22.04: apt-get installs curl in a base that says it is jammy', () => {
    const out = build(
      'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    );
    expect(out.ok, out.stderr).toBe(true);
    expect(out.image?.diffIds).toHaveLength(1 + 1);
    const fs = imageFs(out);
    expect(fs.stat('/usr/bin/curl').ok).toBe(true);
    const release = fs.readFile('/usr/lib/os-release');
    expect(release.ok && release.value.text).toContain('VERSION_CODENAME=jammy');
    // apt talks to jammy's own archive, never to another release's.
    expect(out.stderr).toContain('http://archive.ubuntu.com/ubuntu jammy InRelease');
    expect(out.stderr).not.toContain('noble');
  });

  it('FROM eclipse-temurin:21-jre: COPY the jar on top of the JRE layers', () => {
    const out = build(
      'FROM eclipse-temurin:21-jre\nCOPY app.jar /app/app.jar\nENTRYPOINT ["java", "-jar", "/app/app.jar"]\n',
      { 'app.jar': 'PK' },
    );
    expect(out.ok, out.stderr).toBe(true);
    expect(baseLayers('eclipse-temurin:21-jre')).toBe(4);
    expect(out.image?.diffIds).toHaveLength(4 + 1);
    expect(imageFs(out).stat('/opt/java/openjdk/bin/java').ok).toBe(true);
  });

  it('FROM postgres:16: an init script lands in /docker-entrypoint-initdb.d', () => {
    const out = build('FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\n', {
      'init.sql': 'CREATE TABLE t (id int);\n',
    });
    expect(out.ok, out.stderr).toBe(true);
    expect(out.image?.diffIds).toHaveLength(baseLayers('postgres:16') + 1);
    expect(out.image?.config.Volumes).toEqual({ '/var/lib/postgresql/data': {} });
    expect(out.image?.config.ExposedPorts).toEqual({ '5432/tcp': {} });
    const fs = imageFs(out);
    expect(fs.stat('/docker-entrypoint-initdb.d/init.sql').ok).toBe(true);
    expect(fs.stat('/usr/lib/postgresql/16/bin/postgres').ok).toBe(true);
  });

  it('FROM ruby:3.3-slim: apt works on the trixie base the tag implies', () => {
    const out = build('FROM ruby:3.3-slim\nRUN apt-get update && apt-get install -y libpq-dev\n');
    expect(out.ok, out.stderr).toBe(true);
    expect(out.stderr).toContain('http://deb.debian.org/debian trixie InRelease');
  });

  it('FROM alpine:3.19: apk fetches from the v3.19 repositories', () => {
    const out = build('FROM alpine:3.19\nRUN apk add --no-cache curl\n');
    expect(out.ok, out.stderr).toBe(true);
    expect(out.stderr).toContain('/alpine/v3.19/main');
  });
});
