import { describe, expect, it } from 'vitest';
import { renderHelp } from '../args/help';
import { CLIENT_VERSION } from '../root-help';
import { testRuntime } from '../../registry/testing';
import { ENGINE } from './engine-facts';
import { helpFixture } from './help-fixture';
import { DockerDriver } from './image-testing';
import { infoCommand, systemInfoCommand } from './system-info';
import { versionCommand } from './version';

const FIXTURES = import.meta.glob('../../fixtures/docker/system-version.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The recorded `docker version` stdout. */
function recordedVersion(): string {
  const text = Object.values(FIXTURES)[0] ?? '';
  const start = text.indexOf('[stdout]\n') + '[stdout]\n'.length;
  return text.slice(start, text.indexOf('[stderr]', start));
}

/** Where each line's value starts: the tabwriter's column. */
const layout = (text: string) =>
  text
    .split('\n')
    .filter((line) => /^\s/.test(line))
    .map((line) =>
      line.replace(
        /^(\s*[\w/ -]+:)( *).*$/,
        (_, label: string, pad: string) => `${label.trim()}@${label.length + pad.length}`,
      ),
    );

describe('docker version', () => {
  it('prints the help text of docker 28', () => {
    expect(renderHelp(versionCommand.spec)).toBe(helpFixture('version'));
  });

  it('agrees with docker --version', () => {
    expect(CLIENT_VERSION).toBe(`${ENGINE.version}, build ${ENGINE.clientCommit}`);
  });

  it('lays out client and server as the recorded output does', () => {
    const d = new DockerDriver(testRuntime());
    const { out } = d.run('docker version');
    expect(layout(out)).toEqual(layout(recordedVersion()));
    expect(out.split('\n').filter((l) => /^\S/.test(l))).toEqual([
      'Client: Docker Engine - Community',
      'Server: Docker Engine - Community',
    ]);
    expect(out).toContain(' Version:           28.5.1\n');
    expect(out).toContain('  API version:      1.51 (minimum version 1.24)\n');
  });

  it('answers templates over the client and server data', () => {
    const d = new DockerDriver(testRuntime());
    expect(d.run("docker version --format '{{.Client.Version}} {{.Server.Version}}'").out).toBe(
      '28.5.1 28.5.1\n',
    );
    expect(d.run("docker version --format '{{.Nope}}'")).toEqual({
      out: '\n',
      err: 'template: version:1:2: executing "version" at <.Nope>: can\'t evaluate field Nope in type system.versionInfo\n',
      code: 1,
    });
  });
});

describe('docker info', () => {
  it('prints the help texts of docker 28 for both spellings', () => {
    expect(renderHelp(infoCommand.spec)).toBe(helpFixture('info'));
    expect(renderHelp(systemInfoCommand.spec)).toBe(helpFixture('system-info'));
  });

  it("counts the current host's containers and images and names the host", () => {
    const d = new DockerDriver(testRuntime());
    d.run('docker pull python:3.14-slim');
    d.addContainer('web', d.rt.host.tags['python:3.14-slim']!);
    d.addContainer('done', d.rt.host.tags['python:3.14-slim']!, 'exited');
    const { out } = d.run('docker info');
    expect(out).toContain(
      '\nServer:\n Containers: 2\n  Running: 1\n  Paused: 0\n  Stopped: 1\n Images: 1\n Server Version: 28.5.1\n',
    );
    expect(out).toContain(' Storage Driver: overlay2\n');
    expect(out).toContain(' Cgroup Version: 2\n');
    expect(out).toContain(' Name: laptop\n');
    expect(out.endsWith(' Live Restore Enabled: false\n\n')).toBe(true);
    d.ssh('prod');
    expect(
      d.run("docker info --format '{{.Name}} {{.Containers}} {{.Images}} {{.Driver}}'").out,
    ).toBe('prod 0 0 overlay2\n');
  });

  it('reports template errors as docker does', () => {
    const d = new DockerDriver(testRuntime());
    expect(d.run("docker info --format '{{.Nope}}'")).toEqual({
      out: '\n',
      err: 'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type system.dockerInfo\n',
      code: 1,
    });
    expect(d.run("docker info --format '{{nofunc}}'")).toEqual({
      out: '',
      err: 'template parsing error: template: :1: function "nofunc" not defined\n',
      code: 64,
    });
  });
});
