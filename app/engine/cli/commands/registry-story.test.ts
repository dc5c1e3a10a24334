/**
 * The registry with the real catalog, the real build and the real container runtime: the
 * seed article's pulls and inspect, and the CI/CD story (build and push on one host, pull
 * and run on another).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { createWorld } from '../../host/world';
import { testRuntime } from '../../registry/testing';
import { DockerDriver } from './image-testing';
import { ALL_COMMANDS } from './index';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
}, 60_000);

function driver(): DockerDriver {
  return new DockerDriver(testRuntime(createWorld([]), catalog), ALL_COMMANDS);
}

describe('pulling official images from the catalog', () => {
  it("prints the 4 layer digests of python:3.14-slim, as in the seed article's inspect", () => {
    const d = driver();
    const pull = d.run('docker pull python:3.14-slim');
    expect(pull.out.match(/^[0-9a-f]{12}: Pull complete$/gm)).toHaveLength(4);
    const { out } = d.run(
      "docker image inspect python:3.14-slim --format '{{json .RootFS.Layers}}'",
    );
    const layers = JSON.parse(out) as string[];
    expect(layers).toEqual(catalog.image('python', '3.14-slim')?.layers.map((l) => l.diffId));
    expect(layers).toHaveLength(4);
  });

  it('says Already exists for the Debian base python:3.12-slim shares with python:3.14-slim', () => {
    const d = driver();
    d.run('docker pull python:3.14-slim');
    const lines = d.run('docker pull python:3.12-slim').out.split('\n');
    expect(lines[0]).toBe('3.12-slim: Pulling from library/python');
    expect(lines[1]).toMatch(/^[0-9a-f]{12}: Already exists$/);
    expect(lines.filter((l) => l.endsWith(': Pull complete')).length).toBeGreaterThan(0);
  });
});

describe('the CI/CD story', () => {
  it('builds and pushes on the laptop, then pulls and runs it on the production server', () => {
    const d = driver();
    d.fs().writeFile('/home/learner/Dockerfile', {
      text: 'FROM python:3.14-slim\nWORKDIR /app\nCOPY main.py .\nCMD ["python", "main.py"]\n',
    });
    d.fs().writeFile('/home/learner/main.py', { text: 'print("hello from the laptop")\n' });
    expect(d.run('docker build -q -t registry.example.com/app .').code).toBe(0);
    const push = d.run('docker push registry.example.com/app');
    expect(push.out.match(/: Pushed$/gm)).toHaveLength(6);
    d.ssh('prod');
    const run = d.run('docker run --name web registry.example.com/app');
    expect(run.out).toBe('hello from the laptop\n');
    expect(run.err.split('\n').slice(0, 2)).toEqual([
      "Unable to find image 'registry.example.com/app:latest' locally",
      'latest: Pulling from app',
    ]);
    expect(run.err).toContain(
      'Status: Downloaded newer image for registry.example.com/app:latest\n',
    );
    expect(d.run('docker rmi registry.example.com/app').err).toMatch(
      /^Error response from daemon: conflict: unable to remove repository reference "registry\.example\.com\/app" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}\n$/,
    );
  });
});
