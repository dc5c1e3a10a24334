import { describe, expect, it } from 'vitest';
import { renderHelp } from '../args/help';
import { storeImage, tagImage } from '../../host/images';
import { makeImage, rfc3339 } from '../../images/image';
import { PYTHON_314, testLayer, testRuntime } from '../../registry/testing';
import { helpFixture } from './help-fixture';
import { DockerDriver } from './image-testing';
import { imageLsCommand, imagesCommand } from './images';

function pulledDriver(): DockerDriver {
  const d = new DockerDriver(testRuntime());
  d.run('docker pull python:3.14-slim');
  return d;
}

describe('docker images', () => {
  it('prints the help texts of docker 28 for both spellings', () => {
    expect(renderHelp(imagesCommand.spec)).toBe(helpFixture('images'));
    expect(renderHelp(imageLsCommand.spec)).toBe(helpFixture('image-ls'));
  });
});

/** Two images built 1 s apart on top of python:3.14-slim; the older one lost its tag. */
function withBuilds(): DockerDriver {
  const d = pulledDriver();
  const base = d.rt.host.images[d.rt.host.tags['python:3.14-slim']!]!;
  const build = (file: string, at: number) => {
    const layer = testLayer({ [file]: 458 });
    const image = makeImage({
      config: base.config,
      diffIds: [...base.diffIds, layer.diffId],
      history: [
        ...base.history,
        {
          created: rfc3339(at),
          created_by: 'COPY . . # buildkit',
          comment: 'buildkit.dockerfile.v0',
        },
      ],
      created: rfc3339(at),
      userland: 'gnu',
    });
    d.rt.updateHost((h) =>
      tagImage(
        storeImage(h, image, [layer]),
        { domain: 'docker.io', path: 'library/app' },
        image.id,
      ),
    );
    return image;
  };
  const old = build('/app/v1.py', d.now);
  const current = build('/app/v2.py', d.now + 1000);
  d.rt.updateHost((h) =>
    tagImage(h, { domain: 'docker.io', path: 'library/app', tag: 'v1' }, current.id),
  );
  d.wait(4000);
  void old;
  return d;
}

describe('docker images output', () => {
  it('lists tags newest first, sorted within an image, with a <none> row for the dangling one', () => {
    const d = withBuilds();
    const lines = d.run('docker images').out.split('\n');
    expect(lines[0]).toBe('REPOSITORY   TAG         IMAGE ID       CREATED         SIZE');
    expect(
      lines.slice(1, 4).map((l) =>
        l
          .split(/\s{2,}/)
          .slice(0, 2)
          .join(' '),
      ),
    ).toEqual(['app latest', 'app v1', '<none> <none>']);
    expect(lines[1]).toMatch(/^app {10}latest {6}[0-9a-f]{12} {3}3 seconds ago {3}43\.9MB$/);
    expect(lines[4]).toMatch(/^python {7}3\.14-slim {3}[0-9a-f]{12} {3}5 weeks ago {5}43\.9MB$/);
  });

  it('prints ids with -q (one per row), full ids with --no-trunc and digests with --digests', () => {
    const d = withBuilds();
    const ids = d.run('docker images -q').out.trim().split('\n');
    expect(ids).toHaveLength(4);
    expect(ids[0]).toBe(ids[1]);
    expect(d.run('docker images --no-trunc -q').out.split('\n')[0]).toMatch(
      /^sha256:[0-9a-f]{64}$/,
    );
    const digests = d.run('docker images --digests python').out.split('\n');
    expect(digests[0]).toMatch(/^REPOSITORY +TAG +DIGEST +IMAGE ID +CREATED +SIZE$/);
    expect(digests[1]).toContain(` ${PYTHON_314.manifestDigest} `);
  });

  it('filters by repository, repository:tag, glob, dangling and rejects unknown filters', () => {
    const d = withBuilds();
    const repos = (line: string) =>
      d
        .run(line)
        .out.trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(/\s+/).slice(0, 2).join(':'));
    expect(repos('docker images app')).toEqual(['app:latest', 'app:v1']);
    expect(repos('docker images app:v1')).toEqual(['app:v1']);
    expect(repos("docker images 'py*'")).toEqual(['python:3.14-slim']);
    expect(repos('docker images -f dangling=true')).toEqual(['<none>:<none>']);
    expect(repos('docker images nosuch')).toEqual([]);
    expect(d.run('docker images -f foo=bar')).toEqual({
      out: '',
      err: "Error response from daemon: invalid filter 'foo'\n",
      code: 1,
    });
    expect(d.run('docker images -f dangling=maybe').err).toBe(
      "Error response from daemon: invalid filter 'dangling=[maybe]'\n",
    );
    expect(d.run('docker images -f foo')).toEqual({
      out: '',
      err: `invalid argument "foo" for "-f, --filter" flag: bad format of filter (expected name=value)

Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]

Run 'docker images --help' for more information
`,
      code: 125,
    });
  });

  it('formats rows with templates, table templates and json as docker does', () => {
    const d = withBuilds();
    expect(d.run("docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}' app").out).toBe(
      'app:latest 43.9MB\napp:v1 43.9MB\n',
    );
    expect(d.run("docker images --format 'table {{.Repository}}\\t{{.Tag}}' app").out).toBe(
      'REPOSITORY   TAG\napp          latest\napp          v1\n',
    );
    const json = d.run('docker images --format json app:v1').out;
    expect(Object.keys(JSON.parse(json) as object)).toEqual([
      'Containers',
      'CreatedAt',
      'CreatedSince',
      'Digest',
      'ID',
      'Repository',
      'SharedSize',
      'Size',
      'Tag',
      'UniqueSize',
      'VirtualSize',
    ]);
    expect(json).toContain('"Digest":"\\u003cnone\\u003e"');
    expect(d.run("docker images --format '{{.Nope}}'").err).toBe(
      'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.imageContext\n',
    );
  });
});
