import { describe, expect, it } from 'vitest';
import {
  build,
  containerNamed,
  seededHost,
  withContainer,
} from '../LayerStack/testing/world-fixture';
import {
  compareChanges,
  containerCommand,
  containerGroups,
  isParentOnly,
  nextContainerName,
  writableChanges,
} from './container-model';

function twoContainers() {
  const { host, image } = seededHost();
  let next = withContainer(host, 'web', image, (fs) => {
    fs.writeFile('/tmp/test.txt', { text: 'hello\n' });
    fs.writeFile('/app/main.py', { text: 'print("changed")\n' });
    fs.remove('/etc/passwd');
  });
  next = withContainer(next, 'api', image);
  return { host: next, image };
}

describe('writableChanges', () => {
  it('lists a container’s changes as docker diff does: A, C and D, parents as C', () => {
    const { host } = twoContainers();
    const web = writableChanges(host, containerNamed(host, 'web'));
    expect(web.map((c) => `${c.kind} ${c.path}`)).toEqual([
      'C /app',
      'C /app/main.py',
      'C /etc',
      'D /etc/passwd',
      'C /tmp',
      'A /tmp/test.txt',
    ]);
    expect(writableChanges(host, containerNamed(host, 'api'))).toEqual([]);
  });

  it('says which image layer a changed file was copied up from and a deleted one hid', () => {
    const { host } = twoContainers();
    const web = writableChanges(host, containerNamed(host, 'web'));
    const find = (path: string) => web.find((c) => c.path === path);
    // main.py came with COPY . . (layer 4); /etc/passwd with the busybox base (layer 0).
    expect(find('/app/main.py')).toMatchObject({ fromLayer: 4, size: 17, isDir: false });
    expect(find('/etc/passwd')).toMatchObject({ kind: 'D', fromLayer: 0 });
    expect(find('/tmp/test.txt')?.fromLayer).toBeUndefined();
    expect(isParentOnly(find('/tmp')!, web)).toBe(true);
    expect(isParentOnly(find('/tmp/test.txt')!, web)).toBe(false);
  });
  it('marks a copy that changed nothing, which the layer holds and docker diff leaves out', () => {
    const { host, image } = seededHost();
    const next = withContainer(host, 'web', image, (fs) => {
      // The fixture image's files are root's: this chown changes nothing but copies up.
      fs.chown('/app/main.py', { uid: 0, gid: 0 });
      fs.chown('/app/requirements.txt', { uid: 1000, gid: 1000 });
    });
    const web = writableChanges(next, containerNamed(next, 'web'));
    const find = (path: string) => web.find((c) => c.path === path);
    expect(find('/app/main.py')).toMatchObject({ kind: 'C', unchanged: true });
    expect(find('/app/requirements.txt')?.kind).toBe('C');
    expect(find('/app/requirements.txt')?.unchanged).toBeUndefined();
  });
});

describe('compareChanges', () => {
  it('shows what each container has that the other lacks', () => {
    const { host, image } = seededHost();
    let next = withContainer(host, 'a', image, (fs) => {
      fs.writeFile('/tmp/shared.txt', { text: 'same' });
      fs.writeFile('/tmp/mine.txt', { text: 'a' });
      fs.writeFile('/tmp/both.txt', { text: 'from a' });
    });
    next = withContainer(next, 'b', image, (fs) => {
      fs.writeFile('/tmp/shared.txt', { text: 'same' });
      fs.writeFile('/tmp/both.txt', { text: 'from b' });
      fs.writeFile('/srv.txt', { text: 'b' });
    });
    const result = compareChanges(
      writableChanges(next, containerNamed(next, 'a')),
      writableChanges(next, containerNamed(next, 'b')),
    );
    expect(result.onlyA.map((c) => c.path)).toEqual(['/tmp/mine.txt']);
    expect(result.onlyB.map((c) => c.path)).toEqual(['/srv.txt']);
    expect(result.differ.map((d) => d.a.path)).toEqual(['/tmp/both.txt']);
    expect(result.same.map((c) => c.path)).toEqual(['/tmp', '/tmp/shared.txt']);
  });
});

describe('containerGroups', () => {
  it('groups containers under the image they share, named by its tag', () => {
    const { host, image } = twoContainers();
    const other = build(host, 'FROM busybox\nCOPY main.py /srv/\n', { 'main.py': 'x' }, 'tool:1');
    const withTool = withContainer(other.host, 'tooling', other.image);
    const groups = containerGroups(withTool);
    expect(groups.map((g) => [g.name, g.containers.map((c) => c.name)])).toEqual([
      ['app:latest', ['web', 'api']],
      ['tool:1', ['tooling']],
    ]);
    expect(groups[0]?.image?.id).toBe(image.id);
  });
});

describe('nextContainerName', () => {
  it('picks the first free friendly name, then numbers', () => {
    expect(nextContainerName([])).toBe('web');
    expect(nextContainerName(['web', 'api'])).toBe('worker');
    const all = ['web', 'api', 'worker', 'cache', 'admin', 'jobs', 'shop', 'blog', 'docs', 'mail'];
    expect(nextContainerName(all)).toBe('web-2');
    expect(nextContainerName([...all, 'web-2'])).toBe('web-3');
  });
});

describe('containerCommand', () => {
  it('runs the docker command each button stands for, rm -f for a running container', () => {
    expect(containerCommand('exec', { name: 'web', status: 'running' })).toBe(
      'docker exec -it web sh',
    );
    expect(containerCommand('remove', { name: 'web', status: 'running' })).toBe('docker rm -f web');
    expect(containerCommand('remove', { name: 'web', status: 'exited' })).toBe('docker rm web');
    expect(containerCommand('restart', { name: 'api', status: 'exited' })).toBe(
      'docker restart api',
    );
  });
});
