import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../world';
import { pathIn } from './testing/path-in';

const catalog = buildCatalog();

function resolve(ref: string) {
  const at = ref.lastIndexOf(':');
  const slash = ref.lastIndexOf('/');
  const [repo, tag] = at > slash ? [ref.slice(0, at), ref.slice(at + 1)] : [ref, 'latest'];
  const found = catalog.resolve?.(repo, tag);
  if (!found) throw new Error('no resolver');
  return found;
}

describe('well-known references', () => {
  it('resolves the references real Dockerfiles start from', () => {
    for (const ref of [
      'python:3.11-slim',
      'python:3.11-slim-bookworm',
      'python:3.12-alpine',
      'python:3.9',
      'node:20-alpine',
      'node:18',
      'node:20-bookworm-slim',
      'node:20-alpine3.19',
    ]) {
      const found = resolve(ref);
      expect(found.ok, ref).toBe(true);
    }
  });

  it('fails unknown versions as a missing manifest and unknown repositories as denied', () => {
    expect(resolve('python:99')).toEqual({ ok: false, reason: 'unknown-tag' });
    expect(resolve('node:3')).toEqual({ ok: false, reason: 'unknown-tag' });
    expect(resolve('python:3.11-slim-alpine')).toEqual({ ok: false, reason: 'unknown-tag' });
    expect(resolve('node:20-slim-bookworm')).toEqual({ ok: false, reason: 'unknown-tag' });
    expect(resolve('nosuchimage:1')).toEqual({ ok: false, reason: 'unknown-repository' });
  });

  it('builds python:3.11-slim with 3.11 paths on the catalog trixie-slim layer', () => {
    const found = resolve('python:3.11-slim');
    if (!found.ok) throw new Error('unresolved');
    const image = found.image;
    const sibling = catalog.image('python', '3.14-slim');
    expect(image.config.Env).toContain('PYTHON_VERSION=3.11.14');
    expect(image.layers).toHaveLength(4);
    expect(image.layers[0]?.diffId).toBe(sibling?.layers[0]?.diffId);
    expect(image.approximate).toMatch(
      /^it has no copy of this image, so it stands in with CPython 3\.11\.14/,
    );
    expect(pathIn(image, '/usr/local/lib/python3.11/os.py')?.kind).toBe('file');
    expect(pathIn(image, '/usr/local/lib/python3.14')).toBeUndefined();
  });
});

describe('point releases older than a release', () => {
  const debian = (ref: string) => {
    const found = resolve(ref);
    if (!found.ok) return found.reason;
    const file = pathIn(found.image, '/etc/debian_version');
    return file?.kind === 'file' ? file.text?.trim() : undefined;
  };

  it('stay on the Debian their images were built on (docker init pins python 3.12.4)', () => {
    expect(debian('python:3.12.4-slim')).toMatch(/^12\./);
    expect(debian('python:3.12.11-slim')).toMatch(/^13\./);
    expect(debian('python:3.11.2')).toMatch(/^11\./);
    expect(debian('ruby:3.3.4-slim')).toMatch(/^12\./);
    expect(debian('python:3.12-slim')).toMatch(/^13\./);
  });

  it('have no tag on a release published after them', () => {
    expect(resolve('python:3.12.4-slim-trixie')).toEqual({ ok: false, reason: 'unknown-tag' });
    expect(debian('python:3.12.4-slim-bookworm')).toMatch(/^12\./);
  });

  it('keeps the buster tags python 3.11 had (the Poetry multi-stage guides start from them)', () => {
    expect(debian('python:3.11-buster')).toMatch(/^10\./);
    expect(debian('python:3.11-slim-buster')).toMatch(/^10\./);
    expect(resolve('python:3.12-slim-buster')).toEqual({ ok: false, reason: 'unknown-tag' });
  });
});

describe('php apache configuration', () => {
  it("has Debian's default site as text, so the docs' DocumentRoot sed finds its line", () => {
    const found = resolve('php:8.2-apache');
    if (!found.ok) throw new Error('unresolved');
    const site = pathIn(found.image, '/etc/apache2/sites-available/000-default.conf');
    expect(site?.kind === 'file' && site.text).toMatch(/^\tDocumentRoot \/var\/www\/html$/m);
    const php = pathIn(found.image, '/etc/apache2/conf-available/docker-php.conf');
    expect(php?.kind === 'file' && php.text).toMatch(/SetHandler application\/x-httpd-php/);
  });
});

describe('well-known repositories', () => {
  it('lists each repository the grammars cover once, with a description', () => {
    const list = catalog.wellKnownRepositories?.() ?? [];
    const names = list.map((r) => r.repository);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(['ruby', 'postgres', 'mcr.microsoft.com/dotnet/sdk']),
    );
    expect(list.every((r) => r.description.length > 10)).toBe(true);
  });
});
