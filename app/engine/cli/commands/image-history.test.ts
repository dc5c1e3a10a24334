import { describe, expect, it } from 'vitest';
import { renderHelp } from '../args/help';
import { testRuntime } from '../../registry/testing';
import { buildCommand } from './build';
import { helpFixture } from './help-fixture';
import { IMAGE_COMMANDS } from './image-commands';
import { historyCommand, imageHistoryCommand } from './image-history';
import { DockerDriver } from './image-testing';

const DOCKERFILE = [
  'FROM python:3.14-slim',
  'ENV APP_HOME=/app',
  'WORKDIR /app',
  'COPY main.py .',
  'RUN echo "a very long command line that goes on past forty-five characters" > /app/log.txt',
  'CMD ["python", "main.py"]',
].join('\n');

function built(): DockerDriver {
  const d = new DockerDriver(testRuntime(), [...IMAGE_COMMANDS, buildCommand]);
  const fs = d.fs();
  fs.writeFile('/home/learner/Dockerfile', { text: `${DOCKERFILE}\n` });
  fs.writeFile('/home/learner/main.py', { text: 'print("hi")\n' });
  const build = d.run('docker build -q -t app .');
  if (build.code !== 0) throw new Error(build.err);
  d.wait(3000);
  return d;
}

describe('docker history', () => {
  it('prints the help texts of docker 28 for both spellings', () => {
    expect(renderHelp(historyCommand.spec)).toBe(helpFixture('history'));
    expect(renderHelp(imageHistoryCommand.spec)).toBe(helpFixture('image-history'));
  });

  it('shows the built image id on the top row and <missing> for every other row, base rows included', () => {
    const d = built();
    const lines = d.run('docker history app').out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'IMAGE          CREATED         CREATED BY                                      SIZE      COMMENT',
    );
    const id = d.rt.host.tags['app:latest']!.slice(7, 19);
    expect(lines[1]!.startsWith(`${id}   3 seconds ago   CMD ["python" "main.py"]`)).toBe(true);
    expect(lines.slice(2).every((l) => l.startsWith('<missing>'))).toBe(true);
    expect(lines).toHaveLength(1 + 5 + 5);
    expect(lines.at(-1)).toContain('# debian.sh --arch amd64 out/ trixie');
  });

  it('cuts CREATED BY at 45 columns with … unless --no-trunc', () => {
    const d = built();
    const run = d.run("docker history --format '{{.CreatedBy}}' app").out.split('\n')[1];
    expect(run).toBe('RUN /bin/sh -c echo "a very long command lin…');
    expect([...run!].length).toBe(45);
    const full = d
      .run("docker history --no-trunc --format '{{.CreatedBy}}' app")
      .out.split('\n')[1];
    expect(full).toBe(
      'RUN /bin/sh -c echo "a very long command line that goes on past forty-five characters" > /app/log.txt # buildkit',
    );
  });

  it('prints ids with -q, raw sizes and times with -H=false, and json rows', () => {
    const d = built();
    expect(d.run('docker history -q app').out.split('\n').slice(1, 3)).toEqual([
      '<missing>',
      '<missing>',
    ]);
    const raw = d.run('docker history -H=false app').out.split('\n');
    expect(raw[0]).toMatch(/^IMAGE +CREATED AT +CREATED BY +SIZE +COMMENT$/);
    expect(raw[1]).toMatch(/ 2026-01-15T09:00:0\dZ +CMD/);
    const json = JSON.parse(
      d.run('docker history --format json app').out.split('\n')[1]!,
    ) as Record<string, string>;
    expect(Object.keys(json)).toEqual([
      'Comment',
      'CreatedAt',
      'CreatedBy',
      'CreatedSince',
      'ID',
      'Size',
    ]);
    expect(json['ID']).toBe('<missing>');
  });

  it('names a missing image as the daemon does', () => {
    const d = built();
    expect(d.run('docker history nosuch')).toEqual({
      out: '',
      err: 'Error response from daemon: No such image: nosuch:latest\n',
      code: 1,
    });
  });
});
