import { describe, expect, it } from 'vitest';
import { testRuntime } from '../../registry/testing';
import { buildCommand } from './build';
import { DockerDriver } from './image-testing';
import { IMAGE_COMMANDS } from './image-commands';

// Recorded from the 20.10 daemon: app/engine/fixtures/docker/build-stdin-dockerfile.txt and
// build-stdin-no-context.txt (with busybox, which the test catalog does not hold). The 20.10
// daemon counts 37 bytes of file header into 'transferring dockerfile'; the engine prints the
// Dockerfile's own size for stdin just as it does for a file.
const DOCKERFILE = 'FROM python:3.14-slim\nCOPY a.txt /a.txt\n';
const SMALL = 'FROM python:3.14-slim\nRUN echo hi\n';

function driver(): DockerDriver {
  const d = new DockerDriver(testRuntime(), [...IMAGE_COMMANDS, buildCommand]);
  d.fs().writeFile('/home/learner/a.txt', { text: 'hi\n' });
  return d;
}

describe('docker build with the Dockerfile on stdin', () => {
  it('reads `-f -` from stdin and still sends the folder as the context', () => {
    const d = driver();
    const r = d.run('docker build --progress plain -t x -f - .', DOCKERFILE);
    expect(r.err).toContain('#1 [internal] load build definition from Dockerfile\n');
    expect(r.err).toContain(`#1 transferring dockerfile: ${DOCKERFILE.length}B done`);
    expect(r.err).toContain('COPY a.txt /a.txt\n#6 DONE');
    expect(r.code).toBe(0);
    expect(d.run('docker images -q x').out).not.toBe('');
  });

  it('builds `docker build -` from stdin with an empty context, so COPY of a local file fails', () => {
    const r = driver().run('docker build --progress plain -t x -', DOCKERFILE);
    expect(r.err).toContain('#1 [internal] load build definition from Dockerfile\n');
    expect(r.err).toContain('"/a.txt": not found');
    expect(r.code).toBe(1);
  });

  it('builds `docker build - < Dockerfile` when nothing is copied from the context', () => {
    const r = driver().run('docker build --progress plain -t y -', SMALL);
    expect(r.err).toContain(`transferring dockerfile: ${SMALL.length}B done`);
    expect(r.code).toBe(0);
  });

  it('refuses stdin for both the context and the Dockerfile, and -f with a stdin Dockerfile', () => {
    const both = driver().run('docker build -f - -', SMALL);
    expect(both.err).toBe(
      "ERROR: invalid argument: can't use stdin for both build context and dockerfile\n",
    );
    expect(both.code).toBe(1);
    const ambiguous = driver().run('docker build -f Df -', SMALL);
    expect(ambiguous.err).toBe(
      'ERROR: ambiguous Dockerfile source: both stdin and flag correspond to Dockerfiles\n',
    );
  });

  it('treats an empty stdin as an empty Dockerfile (no instructions)', () => {
    const r = driver().run('docker build -f - .', '');
    expect(r.err).toContain('ERROR: failed to solve: file with no instructions');
    expect(r.code).toBe(1);
  });
});
