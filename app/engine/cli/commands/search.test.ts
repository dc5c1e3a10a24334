import { describe, expect, it } from 'vitest';
import { renderHelp } from '../args/help';
import { testRuntime } from '../../registry/testing';
import { DockerDriver } from './image-testing';
import { searchCommand } from './search';

describe('docker search', () => {
  it('prints the help text of the docker 28 client', () => {
    // `docker search --help` of the 28.2.2 client (no fixture file records it).
    expect(renderHelp(searchCommand.spec)).toBe(
      'Usage:  docker search [OPTIONS] TERM\n\nSearch Docker Hub for images\n\nOptions:\n' +
        '  -f, --filter filter   Filter output based on conditions provided\n' +
        '      --format string   Pretty-print search using a Go template\n' +
        '      --limit int       Max number of search results\n' +
        "      --no-trunc        Don't truncate output\n",
    );
  });

  it('lists official images with the description cut at 45 columns', () => {
    const d = new DockerDriver(testRuntime());
    const lines = d.run('docker search python').out.split('\n');
    expect(lines[0]).toMatch(/^NAME +DESCRIPTION +STARS +OFFICIAL$/);
    expect(lines[1]).toMatch(
      /^python +Python is an interpreted, interactive, objec… +10100 +\[OK\]$/,
    );
  });

  it('finds repositories people pushed to Docker Hub, and filters official ones', () => {
    const d = new DockerDriver(testRuntime());
    d.run('docker pull python:3.14-slim');
    d.run('docker tag python:3.14-slim learner/python-app');
    d.run('docker login -u learner --password-stdin', 'pw\n');
    d.run('docker push learner/python-app');
    const names = (line: string) =>
      d
        .run(line)
        .out.trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(/\s+/)[0]);
    expect(names('docker search python')).toEqual(['python', 'learner/python-app']);
    expect(names('docker search -f is-official=true python')).toEqual(['python']);
    expect(d.run('docker search --limit 200 python').err).toBe(
      'Error response from daemon: limit 200 is outside the range of [1, 100]\n',
    );
  });
});
