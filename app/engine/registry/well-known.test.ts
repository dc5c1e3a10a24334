/**
 * Well-known references the catalog has no exact image for resolve to deterministic
 * stand-ins; unknown versions and repositories fail with Docker's words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../catalog';
import { createWorld } from '../host/world';
import { pullImage } from './pull';
import { resolveFromRegistry } from './resolve';
import { testRuntime } from './testing';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const RESOLVE = [
  'python:3.11-slim',
  'python:3.11-slim-bookworm',
  'python:3.12-alpine',
  'python:3.9',
  'node:20-alpine',
  'node:18',
  'node:20-bookworm-slim',
  'node:lts-slim',
  'ubuntu:22.04',
  'ubuntu:jammy',
  'ubuntu:focal',
  'debian:bullseye',
  'debian:bullseye-slim',
  'alpine:3.18',
  'alpine:3.19',
  'alpine:3.20',
  'golang:1.22-alpine',
  'golang:1.23',
  'ruby:3.3',
  'ruby:3.4.1-slim',
  'php:8.3-apache',
  'php:8.3-fpm',
  'php:8.3-fpm-alpine3.20',
  'eclipse-temurin:21-jre',
  'eclipse-temurin:17-jdk-jammy',
  'openjdk:17-jdk-slim',
  'openjdk:8-jdk-alpine',
  'maven:3.8.5-openjdk-17',
  'maven:3.9-eclipse-temurin-21',
  'gradle:8.10-jdk21',
  'postgres:16',
  'postgres:16-alpine',
  'mysql:8',
  'mysql:8.0',
  'mysql:5.7',
  'postgres:12',
  'redis:7-alpine',
  'mongo:7',
  'httpd:2.4',
  'nginx:alpine',
  'nginx:1.27',
  'nginx:stable-alpine',
  'rust:1-slim',
  'busybox:1.36',
  'hello-world',
  'hello-world:linux',
  'registry:2',
  'memcached:1.6-alpine',
  'mariadb:11',
  'mcr.microsoft.com/dotnet/sdk:8.0',
  'mcr.microsoft.com/dotnet/aspnet:8.0',
  'gcr.io/distroless/static',
  'gcr.io/distroless/static-debian12:nonroot',
  'docker.io/library/ruby:3.3',
  'lukemathwalker/cargo-chef:latest-rust-1',
];

const FAIL: [string, string][] = [
  ['python:99', 'manifest for python:99 not found: manifest unknown: manifest unknown'],
  ['node:3', 'manifest for node:3 not found: manifest unknown: manifest unknown'],
  [
    'python:3.11-slim-alpine',
    'manifest for python:3.11-slim-alpine not found: manifest unknown: manifest unknown',
  ],
  [
    'node:20-slim-bookworm',
    'manifest for node:20-slim-bookworm not found: manifest unknown: manifest unknown',
  ],
  [
    'node:14-bookworm',
    'manifest for node:14-bookworm not found: manifest unknown: manifest unknown',
  ],
  [
    'lukemathwalker/cargo-chef:latest',
    'manifest for lukemathwalker/cargo-chef:latest not found: manifest unknown: manifest unknown',
  ],
  ['postgres:99', 'manifest for postgres:99 not found: manifest unknown: manifest unknown'],
  [
    'nosuchimage:1',
    "pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
  ],
  [
    'mcr.microsoft.com/dotnet/sdk:99.0',
    'manifest for mcr.microsoft.com/dotnet/sdk:99.0 not found: manifest unknown: manifest unknown',
  ],
];

describe('well-known references', () => {
  const world = createWorld([]);

  it.each(RESOLVE)('%s resolves', (ref) => {
    const found = resolveFromRegistry(world, ref, catalog);
    expect(found.ok).toBe(true);
  });

  it.each(FAIL)('%s fails as Docker says', (ref, error) => {
    const found = resolveFromRegistry(world, ref, catalog);
    expect(found).toMatchObject({ ok: false, error });
  });

  it('other vendors and registries stay unreachable', () => {
    expect(resolveFromRegistry(world, 'registry.gitlab.com/owner/app:1', catalog)).toMatchObject({
      ok: false,
      reason: 'unreachable',
    });
  });

  it('gives the same digests for the same reference, in another catalog too', async () => {
    const a = resolveFromRegistry(world, 'ruby:3.3', catalog);
    const again = resolveFromRegistry(world, 'ruby:3.3', catalog);
    const { buildCatalog } = await import('../catalog/world');
    const other = resolveFromRegistry(world, 'ruby:3.3', buildCatalog());
    if (!a.ok || !again.ok || !other.ok) throw new Error('unresolved');
    expect(again.remote.manifestDigest).toBe(a.remote.manifestDigest);
    expect(other.remote.manifestDigest).toBe(a.remote.manifestDigest);
    expect(other.remote.layers.map((l) => l.diffId)).toEqual(a.remote.layers.map((l) => l.diffId));
  });

  it('gives the same digests whichever spelling a catalog resolves first', async () => {
    const { buildCatalog } = await import('../catalog/world');
    const first = resolveFromRegistry(world, 'python:3.11.14-slim-trixie', buildCatalog());
    const second = resolveFromRegistry(world, 'python:3.11-slim', buildCatalog());
    if (!first.ok || !second.ok) throw new Error('unresolved');
    expect(second.remote.manifestDigest).toBe(first.remote.manifestDigest);
    expect(first.remote.note).toMatch(
      /^Layercake models python:3\.11\.14-slim-trixie approximately: /,
    );
  });

  it('gives one image for two spellings of it, and the catalog image for its own tags', () => {
    const slim = resolveFromRegistry(world, 'python:3.11-slim', catalog);
    const spelled = resolveFromRegistry(world, 'python:3.11.14-slim-trixie', catalog);
    const exact = resolveFromRegistry(world, 'node:24.12-trixie-slim', catalog);
    if (!slim.ok || !spelled.ok || !exact.ok) throw new Error('unresolved');
    expect(spelled.remote.manifestDigest).toBe(slim.remote.manifestDigest);
    expect(exact.remote.manifestDigest).toBe(catalog.image('node', '24-slim')?.manifestDigest);
    expect(exact.remote.note).toBeUndefined();
  });

  it('shares the base layer with the catalog image of the same release', () => {
    const ruby = resolveFromRegistry(world, 'ruby:3.3-slim', catalog);
    const bookworm = resolveFromRegistry(world, 'node:20-bookworm-slim', catalog);
    const jammy = resolveFromRegistry(world, 'ubuntu:jammy', catalog);
    if (!ruby.ok || !bookworm.ok || !jammy.ok) throw new Error('unresolved');
    expect(ruby.remote.layers[0]?.diffId).toBe(
      catalog.image('debian', 'trixie-slim')?.layers[0]?.diffId,
    );
    expect(bookworm.remote.layers[0]?.diffId).toBe(
      catalog.image('debian', 'bookworm-slim')?.layers[0]?.diffId,
    );
    // A release the catalog has no base for is a layer of its own.
    expect(jammy.remote.layers[0]?.diffId).not.toBe(
      catalog.image('ubuntu', 'noble')?.layers[0]?.diffId,
    );
  });

  it('models the services with their real config', () => {
    const pg = resolveFromRegistry(world, 'postgres:16', catalog);
    const redis = resolveFromRegistry(world, 'redis:7', catalog);
    const nginx = resolveFromRegistry(world, 'nginx:1.27', catalog);
    if (!pg.ok || !redis.ok || !nginx.ok) throw new Error('unresolved');
    expect(pg.remote.image.config).toMatchObject({
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['postgres'],
      ExposedPorts: { '5432/tcp': {} },
      Volumes: { '/var/lib/postgresql/data': {} },
    });
    expect(pg.remote.image.config.Env).toContain('PG_MAJOR=16');
    expect(redis.remote.image.config).toMatchObject({
      ExposedPorts: { '6379/tcp': {} },
      Volumes: { '/data': {} },
    });
    expect(nginx.remote.image.config).toMatchObject({
      ExposedPorts: { '80/tcp': {} },
      StopSignal: 'SIGQUIT',
    });
  });
});

describe('pulling a stand-in', () => {
  it('notes the approximation once per pull', () => {
    const rt = testRuntime(createWorld([]), catalog);
    const notes: string[] = [];
    const ctx = { rt, spend: () => {}, io: { note: (t: string) => notes.push(t) } };
    expect(pullImage(ctx, 'ruby:3.3').ok).toBe(true);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Layercake models ruby:3\.3 approximately: /);
    pullImage(ctx, 'python:3.14-slim');
    expect(notes).toHaveLength(1);
  });
});
