import { describe, expect, it } from 'vitest';
import { humanSize } from '../../engine/cli/format/units';
import { textFile } from '../../engine/fs/node';
import { build, seededHost, withContainer } from '../LayerStack/testing/world-fixture';
import { reclaimableText, storedLayerRows, systemDf } from './disk-model';

describe('storedLayerRows', () => {
  it('lists each layer once with every image that uses it', () => {
    const first = seededHost();
    const second = build(
      first.host,
      'FROM busybox\nCOPY main.py /srv/\n',
      { 'main.py': 'x' },
      'tool:1',
    );
    const rows = storedLayerRows(second.host);
    const base = rows.find((r) => r.instruction.startsWith('BusyBox'));
    expect(base?.images.sort()).toEqual(['app:latest', 'tool:1']);
    expect(new Set(rows.map((r) => r.diffId)).size).toBe(rows.length);
    expect(rows[0]?.size).toBe(Math.max(...rows.map((r) => r.size)));
  });

  it('counts the containers whose image uses a layer', () => {
    const { host, image } = seededHost();
    const two = withContainer(withContainer(host, 'web', image), 'api', image);
    expect(storedLayerRows(two).every((r) => r.containers === 2)).toBe(true);
  });
});

describe('systemDf', () => {
  it('counts shared layers once: two images on one base do not double the size', () => {
    const first = seededHost();
    const second = build(
      first.host,
      'FROM busybox\nCOPY main.py /srv/\n',
      { 'main.py': 'x' },
      'tool:1',
    );
    const images = systemDf(second.host)[0]!;
    const sum = Object.values(second.host.images)
      .flatMap((img) => img.diffIds)
      .reduce((s, id) => s + (second.host.layers[id]?.size ?? 0), 0);
    expect(images.total).toBe(2);
    expect(images.size).toBeLessThan(sum);
    expect(images.active).toBe(0);
    expect(images.reclaimable).toBe(images.size);
  });

  it('counts writable layers as container size and frees what a container in use needs', () => {
    const { host, image } = seededHost();
    const withWeb = withContainer(host, 'web', image, (fs) => {
      fs.writeFile('/tmp/test.txt', { text: 'hello\n' });
    });
    const [images, containers] = systemDf(withWeb);
    expect(containers).toMatchObject({ total: 1, active: 1, size: 6, reclaimable: 0 });
    expect(images).toMatchObject({ active: 1, reclaimable: 0 });
  });

  it('counts a volume no container mounts as reclaimable', () => {
    const { host } = seededHost();
    const volumes = {
      data: {
        name: 'data',
        tree: {
          kind: 'dir' as const,
          mode: 0o755,
          uid: 0,
          gid: 0,
          children: { f: textFile('12345') },
        },
        created: 0,
        anonymous: false,
        labels: {},
        populated: true,
      },
    };
    const row = systemDf({ ...host, volumes })[2]!;
    expect(row).toMatchObject({ total: 1, active: 0, size: 5, reclaimable: 5 });
    expect(reclaimableText(row, humanSize)).toBe('5B (100%)');
  });
});
