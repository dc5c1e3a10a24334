import { describe, expect, it } from 'vitest';
import { renderHelp } from '../args/help';
import { PYTHON_314, testRuntime } from '../../registry/testing';
import { buildCommand } from './build';
import { helpFixture } from './help-fixture';
import { IMAGE_COMMANDS } from './image-commands';
import { imageInspectCommand } from './image-inspect';
import { DockerDriver } from './image-testing';

const FIXTURES = import.meta.glob('../../fixtures/docker/images-inspect.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The JSON `docker image inspect app` printed (Docker 20.10), as recorded. */
function recordedInspect(): Record<string, unknown> {
  const text = Object.values(FIXTURES)[0] ?? '';
  const start = text.indexOf('[stdout]\n[\n') + '[stdout]\n'.length;
  const end = text.indexOf('\n]\n', start) + 2;
  return (JSON.parse(text.slice(start, end)) as Record<string, unknown>[])[0] ?? {};
}

function pulled(): DockerDriver {
  const d = new DockerDriver(testRuntime(), [...IMAGE_COMMANDS, buildCommand]);
  d.run('docker pull python:3.14-slim');
  return d;
}

describe('docker image inspect', () => {
  it('prints the help text of docker 28', () => {
    expect(renderHelp(imageInspectCommand.spec)).toBe(helpFixture('image-inspect'));
  });

  it("prints the seed article's layers: {{json .RootFS.Layers}} of python:3.14-slim", () => {
    const d = pulled();
    const { out, code } = d.run(
      "docker image inspect python:3.14-slim --format '{{json .RootFS.Layers}}'",
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(PYTHON_314.layers.map((l) => l.diffId));
    expect(JSON.parse(out)).toHaveLength(4);
    expect(out).toBe(`[${PYTHON_314.layers.map((l) => `"${l.diffId}"`).join(',')}]\n`);
  });

  it('prints the fields Docker 28 prints, in its order, without the ones newer APIs dropped', () => {
    const d = pulled();
    const fs = d.fs();
    fs.writeFile('/home/learner/Dockerfile', {
      text: 'FROM python:3.14-slim\nLABEL version=1.0\nEXPOSE 8000\nWORKDIR /app\nUSER nobody\nCMD ["sh", "-c", "ls"]\n',
    });
    expect(d.run('docker build -q -t app .').code).toBe(0);
    const ours = (
      JSON.parse(d.run('docker image inspect app').out) as Record<string, unknown>[]
    )[0]!;
    const recorded = recordedInspect();
    const dropped = ['Container', 'ContainerConfig', 'VirtualSize'];
    expect(Object.keys(ours)).toEqual(Object.keys(recorded).filter((k) => !dropped.includes(k)));
    expect(Object.keys(ours['Config'] as object)).toEqual(
      Object.keys(recorded['Config'] as object),
    );
    expect(ours['Comment']).toBe('buildkit.dockerfile.v0');
    expect((ours['Config'] as Record<string, unknown>)['ArgsEscaped']).toBe(true);
    expect((ours['GraphDriver'] as { Name: string }).Name).toBe('overlay2');
    expect(Object.keys((ours['GraphDriver'] as { Data: object }).Data)).toEqual([
      'LowerDir',
      'MergedDir',
      'UpperDir',
      'WorkDir',
    ]);
  });

  it('answers the usual templates: .Id, .Size, json .Config', () => {
    const d = pulled();
    const id = d.rt.host.tags['python:3.14-slim']!;
    expect(d.run("docker image inspect -f '{{.Id}}' python:3.14-slim").out).toBe(`${id}\n`);
    const size = PYTHON_314.layers.reduce((s, l) => s + l.size, 0);
    expect(d.run("docker image inspect --format '{{.Size}}' python:3.14-slim").out).toBe(
      `${size}\n`,
    );
    const config = JSON.parse(
      d.run("docker image inspect --format '{{json .Config}}' python:3.14-slim").out,
    ) as Record<string, unknown>;
    expect(config['Cmd']).toEqual(['python3']);
    expect(config['Env']).toEqual(PYTHON_314.config.Env);
  });

  it('prints [] and the daemon error for a missing image, and found ones before errors', () => {
    const d = pulled();
    expect(d.run('docker image inspect nosuch')).toEqual({
      out: '[]\n',
      err: 'Error response from daemon: No such image: nosuch:latest\n',
      code: 1,
    });
    const mixed = d.run("docker image inspect -f '{{.Os}}' python:3.14-slim nosuch");
    expect(mixed).toEqual({
      out: 'linux\n',
      err: 'Error response from daemon: No such image: nosuch:latest\n',
      code: 1,
    });
  });

  it('falls back to the raw JSON for unknown fields, as docker does, and exits 64 on parse errors', () => {
    const d = pulled();
    expect(d.run("docker image inspect --format '{{.Nope}}' python:3.14-slim")).toEqual({
      out: '\n',
      err: 'template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"\n',
      code: 1,
    });
    expect(d.run("docker image inspect --format '{{nofunc .Id}}' python:3.14-slim")).toEqual({
      out: '',
      err: 'template parsing error: template: :1: function "nofunc" not defined\n',
      code: 64,
    });
  });

  it('prints compact JSON for --format json', () => {
    const d = pulled();
    const out = d.run('docker image inspect --format json python:3.14-slim').out;
    expect(out.startsWith('[{"Id":"sha256:')).toBe(true);
    expect(out.endsWith('}]\n')).toBe(true);
  });
});

describe('docker image inspect: an image without a HEALTHCHECK', () => {
  // Recorded (Docker 20.10, busybox): `-f '{{.Config.Healthcheck}}'` prints `<nil>` (a nil
  // pointer, not a missing field) and `{{json .Config.Healthcheck}}` prints `null`, while the
  // full JSON leaves the key out (omitempty).
  it('prints <nil> in a template, null as JSON, and no key in the full JSON', () => {
    const d = pulled();
    expect(d.run("docker image inspect -f '{{.Config.Healthcheck}}' python:3.14-slim").out).toBe(
      '<nil>\n',
    );
    expect(
      d.run("docker image inspect -f '{{json .Config.Healthcheck}}' python:3.14-slim").out,
    ).toBe('null\n');
    expect(d.run('docker image inspect python:3.14-slim').out).not.toContain('Healthcheck');
  });
});
