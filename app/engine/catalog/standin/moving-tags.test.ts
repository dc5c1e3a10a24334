/**
 * Tags that name a release but no line of their own (`rust:buster`, `python:3-buster`,
 * `node:bullseye-slim`) stand for the newest line that was published on that release: Docker
 * Hub froze them there when the repository dropped the release. Tags real Dockerfiles use
 * (awesome-compose's `rust:buster`, docker init's `rust:1.70.0-slim-bullseye`, the Docker
 * samples' `node:24.7.0-bullseye-slim`) resolve.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '..';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function env(ref: string): string[] | undefined {
  const [repo = '', tag = 'latest'] = ref.split(':');
  const found = catalog.resolve?.(repo, tag);
  return found?.ok ? (found.image.config.Env ?? []) : undefined;
}

describe('moving tags that name a release', () => {
  it('rust:buster is the last line published on buster, rust:bullseye the last on bullseye', () => {
    expect(env('rust:buster')).toContain('RUST_VERSION=1.74.1');
    expect(env('rust:slim-buster')).toContain('RUST_VERSION=1.74.1');
    expect(env('rust:bullseye')).toContain('RUST_VERSION=1.85.1');
    expect(env('rust:1-buster')).toContain('RUST_VERSION=1.74.1');
    // The newest line still answers the tags that name no release, or its own.
    expect(env('rust:latest')).toContain('RUST_VERSION=1.91.1');
    expect(env('rust:bookworm')).toContain('RUST_VERSION=1.91.1');
  });

  it('python:3-buster and node:bullseye-slim are frozen on their release too', () => {
    expect(env('python:3-buster')).toContain('PYTHON_VERSION=3.11.14');
    expect(env('python:buster')).toContain('PYTHON_VERSION=3.11.14');
    expect(env('node:bullseye-slim')).toContain('NODE_VERSION=24.12.0');
    expect(env('node:buster')).toContain('NODE_VERSION=20.19.6');
  });

  it('a line asked for by name is not moved: a release it never had is still unknown', () => {
    expect(env('rust:1.91-buster')).toBeUndefined();
    expect(env('python:3.13-buster')).toBeUndefined();
    expect(env('rust:stretch')).toBeUndefined();
  });

  it('older Rust lines and the Node 24 bullseye tags real Dockerfiles use resolve', () => {
    expect(env('rust:1.70.0-slim-bullseye')).toContain('RUST_VERSION=1.70.0');
    expect(env('rust:1.68-alpine')).toContain('RUST_VERSION=1.68.2');
    expect(env('rust:1.63')).toBeUndefined();
    expect(env('node:24.7.0-bullseye-slim')).toContain('NODE_VERSION=24.7.0');
  });
});

describe("maven 3.6's openjdk tags", () => {
  it('maven:3.6.3-jdk-11 resolves (Maven 3.6.3 on buster), only on the 3.6 line', () => {
    expect(env('maven:3.6.3-jdk-11')).toContain('MAVEN_HOME=/usr/share/maven');
    expect(env('maven:3.6-jdk-8-slim')).toBeDefined();
    expect(env('maven:3.9.11-jdk-11')).toBeUndefined();
    expect(env('maven:3.6.3-eclipse-temurin-17')).toBeUndefined();
    expect(env('maven:3.8.5-eclipse-temurin-17')).toBeDefined();
  });
});
