// Properties of containers over one image, checked on random operation sequences:
// nothing throws; each container's merged view is exactly the image with its own writes
// applied (the writable layer is a faithful diff); no container sees another's writes; the
// image's layers never change.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import { REPLAY_EPOCH, ManualClock } from '../clock';
import type { FileSystem } from '../fs/filesystem';
import { layerDigest } from '../fs/digest';
import type { DirNode, Node } from '../fs/node';
import { OverlayFs } from '../fs/overlay';
import { walk } from '../fs/tree';
import { imageFromCatalog, storeImage } from '../host/images';
import { HostRuntime } from '../host/runtime';
import { createWorld } from '../host/world';
import { CounterIds } from '../ids';
import { createContainer } from './create';
import { stopContainer } from './lifecycle';
import { lowerTrees, openContainerFs } from './open-fs';
import { startContainer } from './start';
import { Terminal } from './testing/terminal';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const PATHS = [
  '/etc/passwd',
  '/etc/group',
  '/etc/new.conf',
  '/tmp/a',
  '/tmp/sub/b',
  '/bin/vi',
  '/var/spool',
  '/var/www',
  '/root/f',
  '/home',
];

type FsOp =
  | { op: 'write'; path: string; text: string }
  | { op: 'append'; path: string; text: string }
  | { op: 'remove'; path: string }
  | { op: 'mkdir'; path: string }
  | { op: 'chmod'; path: string; mode: number }
  | { op: 'touch'; path: string }
  | { op: 'symlink'; path: string; target: string };

type Step =
  | { container: number; action: FsOp }
  | { container: number; action: { op: 'stop' } | { op: 'start' } };

const path = fc.constantFrom(...PATHS);
const fsOp: fc.Arbitrary<FsOp> = fc.oneof(
  fc.record({ op: fc.constant('write' as const), path, text: fc.string({ maxLength: 6 }) }),
  fc.record({ op: fc.constant('append' as const), path, text: fc.string({ maxLength: 6 }) }),
  fc.record({ op: fc.constant('remove' as const), path }),
  fc.record({ op: fc.constant('mkdir' as const), path }),
  fc.record({
    op: fc.constant('chmod' as const),
    path,
    mode: fc.constantFrom(0o600, 0o755, 0o644),
  }),
  fc.record({ op: fc.constant('touch' as const), path }),
  fc.record({ op: fc.constant('symlink' as const), path, target: path }),
);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ container: fc.nat(2), action: fsOp }) },
  {
    weight: 1,
    arbitrary: fc.record({ container: fc.nat(2), action: fc.constant({ op: 'stop' as const }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ container: fc.nat(2), action: fc.constant({ op: 'start' as const }) }),
  },
);

function apply(fs: FileSystem, op: FsOp): void {
  switch (op.op) {
    case 'write':
      fs.writeFile(op.path, { text: op.text });
      return;
    case 'append':
      fs.writeFile(op.path, { text: op.text }, { append: true });
      return;
    case 'remove':
      fs.remove(op.path, { recursive: true });
      return;
    case 'mkdir':
      fs.mkdir(op.path, { parents: true });
      return;
    case 'chmod':
      fs.chmod(op.path, op.mode);
      return;
    case 'touch':
      fs.touch(op.path);
      return;
    case 'symlink':
      fs.symlink(op.target, op.path);
  }
}

/** Every path with what a reader can observe of it (kind, mode, owner, content). */
function observed(root: Node): string[] {
  if (root.kind !== 'dir') return [];
  return [...walk(root)].map(({ path, node }) => {
    switch (node.kind) {
      case 'file':
        return `${path} file ${node.mode.toString(8)} ${node.uid}:${node.gid} ${node.size} ${node.text ?? node.blob ?? ''}`;
      case 'dir':
        return `${path} dir ${node.mode.toString(8)} ${node.uid}:${node.gid}`;
      case 'symlink':
        return `${path} -> ${node.target}`;
      case 'whiteout':
        return `${path} whiteout`;
    }
  });
}

function busyboxRuntime() {
  const world = createWorld([]);
  const rt = new HostRuntime(world, new ManualClock(REPLAY_EPOCH), catalog, new CounterIds('prop'));
  const entry = catalog.image('busybox', 'latest')!;
  const { image, layers } = imageFromCatalog(entry, `busybox@${entry.manifestDigest}`);
  rt.updateHost((host) => storeImage(host, image, layers));
  return { rt, image };
}

describe('containers over one image, under random operations', () => {
  it("show exactly the image plus their own writes, and never one another's", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const { rt, image } = busyboxRuntime();
        const digests = image.diffIds.map((id) => layerDigest(rt.host.layers[id]!.tree));
        const ids: string[] = [];
        const models: OverlayFs[] = [];
        for (let i = 0; i < 3; i++) {
          const created = createContainer(
            rt,
            {
              image,
              imageRef: 'busybox',
              name: `c${i}x`,
              args: ['sleep', '3600'],
              env: [],
              ports: [],
              labels: {},
              mounts: [],
              autoRemove: false,
              tty: false,
              openStdin: false,
            },
            { now: REPLAY_EPOCH, generateName: () => 'unused' },
          );
          if (!created.ok) throw new Error(created.error);
          ids.push(created.container.id);
          const merged = new OverlayFs(lowerTrees(rt.host, created.container)).tree('/');
          models.push(
            new OverlayFs([merged.ok ? (merged.value as DirNode) : created.container.upper]),
          );
        }
        const clock = { now: () => REPLAY_EPOCH, spend: () => {} };
        for (const s of steps) {
          const id = ids[s.container]!;
          const container = rt.host.containers[id]!;
          if (s.action.op === 'stop') stopContainer(rt, container, clock, 0);
          else if (s.action.op === 'start') startContainer(rt, id, { catalog, now: REPLAY_EPOCH });
          else {
            const opened = openContainerFs(rt.host, container);
            apply(opened.fs, s.action);
            rt.updateHost((host) => opened.save(host));
            apply(models[s.container]!, s.action);
          }
        }
        ids.forEach((id, i) => {
          const view = openContainerFs(rt.host, rt.host.containers[id]!).fs.tree('/');
          const model = models[i]!.tree('/');
          expect(view.ok && observed(view.value)).toEqual(model.ok && observed(model.value));
        });
        expect(image.diffIds.map((id) => layerDigest(rt.host.layers[id]!.tree))).toEqual(digests);
      }),
      { numRuns: 40 },
    );
  });
});

describe('random docker command lines', () => {
  const word = fc.constantFrom(
    'run',
    'create',
    'start',
    'stop',
    'restart',
    'kill',
    'rm',
    'exec',
    'logs',
    'diff',
    'ps',
    'inspect',
    'commit',
    'cp',
    'pause',
    'unpause',
    'top',
    'port',
    'stats',
    'wait',
    'rename',
    'volume',
    'ls',
    'prune',
    'container',
    '-d',
    '-it',
    '-a',
    '-f',
    '-v',
    '-t',
    '1',
    '--rm',
    '--name',
    'web',
    'web:/tmp',
    '/data',
    'data:/data',
    'busybox',
    'sh',
    '-c',
    'echo hi',
    'sleep',
    '3600',
    'cat',
    '/etc/passwd',
    '--format',
    '{{.Names}}',
    '{{json .State}}',
    '-e',
    'A=1',
  );
  it('never break the terminal: no internal error, a status every time', async () => {
    const t = await Terminal.open();
    t.run('docker pull busybox');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 7 }), (words) => {
        const line = `docker ${words.map((w) => (/\s|\{/.test(w) ? `'${w}'` : w)).join(' ')}`;
        const printed = t.attachments.length ? t.run('exit') : t.run(line);
        expect(printed.err).not.toContain('internal error');
        expect(Number.isInteger(printed.code)).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
