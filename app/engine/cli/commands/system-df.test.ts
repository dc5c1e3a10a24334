import { describe, expect, it } from 'vitest';
import { textFile, emptyDir, withChild } from '../../fs/node';
import { renderHelp } from '../args/help';
import { testRuntime } from '../../registry/testing';
import { helpFixture } from './help-fixture';
import { DockerDriver } from './image-testing';
import { systemDfCommand } from './system-df';

function twoPythons(): DockerDriver {
  const d = new DockerDriver(testRuntime());
  d.run('docker pull python:3.14-slim');
  d.run('docker pull python:3.12-slim');
  return d;
}

const cells = (line: string | undefined) => (line ?? '').trim().split(/ {2,}/);

describe('docker system df', () => {
  it('prints the help text of docker 28', () => {
    expect(renderHelp(systemDfCommand.spec)).toBe(helpFixture('system-df'));
  });

  it('counts the Debian layer the two python images share once', () => {
    const d = twoPythons();
    const lines = d.run('docker system df').out.split('\n');
    expect(lines[0]).toBe('TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE');
    // 3.2MB of Debian + 2 × 40.7MB of Python: 84.6MB, not the 87.8MB of two separate images.
    expect(cells(lines[1])).toEqual(['Images', '2', '0', '84.6MB', '84.6MB (100%)']);
    expect(cells(lines[2])).toEqual(['Containers', '0', '0', '0B', '0B']);
    expect(cells(lines[3])).toEqual(['Local Volumes', '0', '0', '0B', '0B']);
    expect(cells(lines[4])).toEqual(['Build Cache', '0', '0', '0B', '0B']);
  });

  it("reclaims all but the unique bytes of images in use, docker's own arithmetic", () => {
    const d = twoPythons();
    const web = d.addContainer('web', d.rt.host.tags['python:3.14-slim']!);
    d.rt.updateHost((h) => ({
      ...h,
      containers: {
        ...h.containers,
        [web.id]: { ...web, upper: withChild(emptyDir(), 'hello.txt', textFile('hello\n')) },
      },
    }));
    d.addContainer('once', d.rt.host.tags['python:3.12-slim']!, 'exited');
    const lines = d.run('docker system df').out.split('\n');
    expect(cells(lines[1])).toEqual(['Images', '2', '2', '84.6MB', '3.2MB (3%)']);
    expect(cells(lines[2])).toEqual(['Containers', '2', '1', '6B', '0B (0%)']);
  });

  it('shows SHARED SIZE and UNIQUE SIZE per image with -v', () => {
    const d = twoPythons();
    d.addContainer('web', d.rt.host.tags['python:3.14-slim']!);
    const out = d.run('docker system df -v').out;
    const lines = out.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Images space usage:', '']);
    expect(lines[2]).toMatch(
      /^REPOSITORY +TAG +IMAGE ID +CREATED +SIZE +SHARED SIZE +UNIQUE SIZE +CONTAINERS$/,
    );
    const rows = lines.slice(3, 5).map(cells);
    expect(rows.map((r) => [r[0], r[1], r[4], r[5], r[6], r[7]])).toEqual([
      ['python', '3.12-slim', '43.9MB', '3.2MB', '40.7MB', '0'],
      ['python', '3.14-slim', '43.9MB', '3.2MB', '40.7MB', '1'],
    ]);
    expect(out).toContain('\nContainers space usage:\n\nCONTAINER ID   IMAGE ');
    expect(out).toContain('\nLocal Volumes space usage:\n\nVOLUME NAME   LINKS     SIZE\n');
    expect(out).toContain(
      '\nBuild cache usage: 0B\n\nCACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n',
    );
  });

  it('lists a RUN cache mount as exec.cachemount and a step as regular with -v', () => {
    const d = twoPythons();
    const tree = withChild(emptyDir(), 'wheel.whl', textFile('x'.repeat(2048)));
    d.rt.updateHost((h) => ({
      ...h,
      buildCache: {
        'mount:/root/.cache/pip': { tree, logs: [], durationMs: 0 },
        'sha256:step': { tree, logs: [], durationMs: 0 },
      },
    }));
    const rows = d.run('docker system df -v').out.split('Build cache usage')[1] ?? '';
    expect(rows).toMatch(/\n\S{12}\s+exec\.cachemount\s+2\.048kB\s/);
    expect(rows).toMatch(/\n\S{12}\s+regular\s+2\.048kB\s/);
  });

  it('formats rows with templates and json (keys sorted, as docker marshals them)', () => {
    const d = twoPythons();
    expect(d.run("docker system df --format '{{.Type}}: {{.Size}}'").out).toBe(
      'Images: 84.6MB\nContainers: 0B\nLocal Volumes: 0B\nBuild Cache: 0B\n',
    );
    expect(d.run('docker system df --format json').out.split('\n')[0]).toBe(
      '{"Active":"0","Reclaimable":"84.6MB (100%)","Size":"84.6MB","TotalCount":"2","Type":"Images"}',
    );
  });
});
