import { describe, expect, it } from 'vitest';
import { renderHelp } from '../args/help';
import { layerBlobDigest, shortBlobId } from '../../registry/blob';
import { DEBIAN_LAYER, PYTHON_314, testRuntime } from '../../registry/testing';
import { helpFixture } from './help-fixture';
import { DockerDriver } from './image-testing';
import { imagePullCommand, pullCommand } from './image-pull';

describe('docker pull', () => {
  it('prints the help texts of docker 28 for both spellings', () => {
    expect(renderHelp(pullCommand.spec)).toBe(helpFixture('pull'));
    expect(renderHelp(imagePullCommand.spec)).toBe(helpFixture('image-pull'));
  });

  it('prints the default tag, the pull and the qualified reference', () => {
    const d = new DockerDriver(testRuntime());
    const { out, err, code } = d.run('docker pull python');
    expect(code).toBe(1);
    expect(out).toBe('Using default tag: latest\n');
    expect(err).toBe(
      'Error response from daemon: manifest for python:latest not found: manifest unknown: manifest unknown\n',
    );
    const pulled = d.run('docker pull python:3.14-slim');
    expect(pulled.code).toBe(0);
    expect(pulled.out.split('\n').slice(-3)).toEqual([
      'Status: Downloaded newer image for python:3.14-slim',
      'docker.io/library/python:3.14-slim',
      '',
    ]);
  });

  it('shows Already exists for the shared Debian layer when pulling python:3.12-slim second', () => {
    const d = new DockerDriver(testRuntime());
    d.run('docker pull python:3.14-slim');
    const { out } = d.run('docker pull python:3.12-slim');
    expect(out.split('\n')[1]).toBe(
      `${shortBlobId(layerBlobDigest(DEBIAN_LAYER))}: Already exists`,
    );
    expect(out.match(/Pull complete/g)).toHaveLength(3);
  });

  it('prints only the reference with -q', () => {
    const d = new DockerDriver(testRuntime());
    expect(d.run('docker pull -q python:3.14-slim').out).toBe(
      'docker.io/library/python:3.14-slim\n',
    );
  });

  it('rejects bad references and a tag with --all-tags on the client side', () => {
    const d = new DockerDriver(testRuntime());
    expect(d.run('docker pull NoSuch')).toEqual({
      out: '',
      err: 'invalid reference format: repository name (library/NoSuch) must be lowercase\n',
      code: 1,
    });
    expect(d.run('docker pull -a python:3.14-slim')).toEqual({
      out: '',
      err: "tag can't be used with --all-tags/-a\n",
      code: 1,
    });
    expect(d.run('docker pull scratch').err).toBe(
      "Error response from daemon: 'scratch' is a reserved name\n",
    );
  });

  it('pulls every tag with --all-tags and ends with one status line', () => {
    const d = new DockerDriver(testRuntime());
    const { out, code } = d.run('docker pull -a python');
    expect(code).toBe(0);
    const tags = [...PYTHON_314.tags, '3.12-slim', '3.12-slim-trixie'].sort();
    expect(out.match(/^[\w.-]+: Pulling from library\/python$/gm)).toEqual(
      tags.map((t) => `${t}: Pulling from library/python`),
    );
    expect(out.split('\n').slice(-3)).toEqual([
      'Status: Downloaded newer image for python',
      'docker.io/library/python',
      '',
    ]);
  });

  it('fails with the daemon error of an unknown repository', () => {
    const d = new DockerDriver(testRuntime());
    expect(d.run('docker pull nosuch:1.0').err).toBe(
      "Error response from daemon: pull access denied for nosuch, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
    );
  });
});
