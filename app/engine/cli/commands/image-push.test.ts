import { describe, expect, it } from 'vitest';
import { renderHelp } from '../args/help';
import { PYTHON_314, testRuntime } from '../../registry/testing';
import { helpFixture } from './help-fixture';
import { imagePushCommand, pushCommand } from './image-push';
import { DockerDriver } from './image-testing';

function withApp(): DockerDriver {
  const d = new DockerDriver(testRuntime());
  d.run('docker pull python:3.14-slim');
  d.run('docker tag python:3.14-slim registry.example.com/app');
  return d;
}

describe('docker push', () => {
  it('prints the help texts of docker 28 for both spellings', () => {
    expect(renderHelp(pushCommand.spec)).toBe(helpFixture('push'));
    expect(renderHelp(imagePushCommand.spec)).toBe(helpFixture('image-push'));
  });

  it('pushes every layer, then says Layer already exists on the second push', () => {
    const d = withApp();
    const first = d.run('docker push registry.example.com/app');
    const lines = first.out.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Using default tag: latest',
      'The push refers to repository [registry.example.com/app]',
    ]);
    expect(lines.slice(2, 6).every((l) => /^[0-9a-f]{12}: Pushed$/.test(l))).toBe(true);
    expect(lines[6]).toMatch(/^latest: digest: sha256:[0-9a-f]{64} size: \d+$/);
    const second = d.run('docker push registry.example.com/app').out.trimEnd().split('\n');
    expect(second.slice(2, 6).every((l) => /^[0-9a-f]{12}: Layer already exists$/.test(l))).toBe(
      true,
    );
    expect(second[6]).toBe(lines[6]);
  });

  it('records the digest locally, as docker images --digests shows after a push', () => {
    const d = withApp();
    const digest = /digest: (sha256:[0-9a-f]{64})/.exec(
      d.run('docker push registry.example.com/app').out,
    )?.[1];
    expect(d.run('docker images --digests registry.example.com/app').out.split('\n')[1]).toContain(
      ` ${digest} `,
    );
  });

  it('mounts layers into another repository of the same registry', () => {
    const d = withApp();
    d.run('docker push registry.example.com/app');
    d.run('docker tag python:3.14-slim registry.example.com/other:v1');
    const lines = d.run('docker push registry.example.com/other:v1').out.trimEnd().split('\n');
    expect(lines[0]).toBe('The push refers to repository [registry.example.com/other]');
    expect(lines.slice(1, 5).every((l) => l.endsWith(': Mounted from app'))).toBe(true);
    expect(lines[5]).toMatch(/^v1: digest: /);
  });

  it('rejects a bad reference and a tag with --all-tags on the client side', () => {
    const d = new DockerDriver(testRuntime());
    expect(d.run('docker push NoSuch')).toEqual({
      out: '',
      err: 'invalid reference format: repository name (library/NoSuch) must be lowercase\n',
      code: 1,
    });
    expect(d.run('docker push -a app:v1')).toEqual({
      out: '',
      err: "tag can't be used with --all-tags/-a\n",
      code: 1,
    });
  });

  it('says what is missing locally, with and without a tag', () => {
    const d = withApp();
    expect(d.run('docker push registry.example.com/nosuch')).toEqual({
      out: 'Using default tag: latest\nThe push refers to repository [registry.example.com/nosuch]\n',
      err: 'An image does not exist locally with the tag: registry.example.com/nosuch\n',
      code: 1,
    });
    expect(d.run('docker push registry.example.com/app:v9').err).toBe(
      'tag does not exist: registry.example.com/app:v9\n',
    );
    expect(d.run(`docker push app@${PYTHON_314.manifestDigest}`).err).toBe(
      'cannot push a digest reference\n',
    );
  });

  it('needs docker login for Docker Hub, and only into your own namespace', () => {
    const d = withApp();
    d.run('docker tag python:3.14-slim learner/app');
    const denied = d.run('docker push learner/app');
    expect(denied.code).toBe(1);
    expect(denied.out.split('\n').slice(1, 3)).toEqual([
      'The push refers to repository [docker.io/learner/app]',
      expect.stringMatching(/^[0-9a-f]{12}: Preparing$/),
    ]);
    expect(denied.err).toBe('denied: requested access to the resource is denied\n');
    expect(d.run('docker login -u learner --password-stdin', 'secret\n').code).toBe(0);
    const pushed = d.run('docker push learner/app');
    expect(pushed.code).toBe(0);
    expect(pushed.out).toContain(': Mounted from library/python\n');
    d.run('docker tag python:3.14-slim someone/app');
    expect(d.run('docker push someone/app').err).toBe(
      'denied: requested access to the resource is denied\n',
    );
  });

  it('prints only the reference with -q and pushes every tag with -a', () => {
    const d = withApp();
    expect(d.run('docker push -q registry.example.com/app')).toEqual({
      out: 'registry.example.com/app:latest\n',
      err: '',
      code: 0,
    });
    d.run('docker tag python:3.14-slim registry.example.com/app:v2');
    const all = d.run('docker push -a registry.example.com/app').out;
    expect(all.match(/^(latest|v2): digest:/gm)).toEqual(['latest: digest:', 'v2: digest:']);
    expect(d.run('docker push -a registry.example.com/app:v2').err).toBe(
      "tag can't be used with --all-tags/-a\n",
    );
  });

  it('cannot reach a registry the world does not have', () => {
    const d = withApp();
    d.run('docker tag python:3.14-slim ghcr.io/acme/app');
    expect(d.run('docker push ghcr.io/acme/app')).toMatchObject({
      err: 'Get "https://ghcr.io/v2/": dial tcp: lookup ghcr.io on 127.0.0.53:53: no such host\n',
      code: 1,
    });
  });
});

describe('the CI/CD story', () => {
  it('an image built and pushed on one host is pulled and listed on another', () => {
    const d = withApp();
    d.run('docker push registry.example.com/app:latest');
    const laptopId = d.rt.host.tags['registry.example.com/app:latest'];
    d.ssh('prod');
    expect(d.run('docker images -q').out).toBe('');
    const pull = d.run('docker pull registry.example.com/app');
    expect(pull.out.split('\n').slice(0, 2)).toEqual([
      'Using default tag: latest',
      'latest: Pulling from app',
    ]);
    expect(pull.out.match(/: Pull complete$/gm)).toHaveLength(4);
    expect(d.rt.host.tags['registry.example.com/app:latest']).toBe(laptopId);
    expect(d.run('docker pull registry.example.com/app').out).toContain(
      'Status: Image is up to date for registry.example.com/app:latest\n',
    );
  });

  it("keeps a host's local registry to itself", () => {
    const d = withApp();
    d.run('docker tag python:3.14-slim localhost:5000/app');
    expect(d.run('docker push localhost:5000/app').code).toBe(0);
    d.ssh('ci');
    expect(d.run('docker pull localhost:5000/app').err).toBe(
      'Error response from daemon: manifest for localhost:5000/app:latest not found: manifest unknown: manifest unknown\n',
    );
  });
});
