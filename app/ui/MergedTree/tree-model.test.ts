import { describe, expect, it } from 'vitest';
import { imageTrees } from '../LayerStack/stack-model';
import { build, seededHost } from '../LayerStack/testing/world-fixture';
import {
  childrenReader,
  openTo,
  PAGE,
  playedRows,
  sameRow,
  treeKeyAction,
  visibleRows,
  type ChildrenOf,
  type LaidRow,
  type Row,
} from './tree-model';

function seedTree() {
  const { host, image } = seededHost();
  return childrenReader(imageTrees(host, image));
}

/** The seed image's layers: busybox (0), WORKDIR /app (1), COPY requirements.txt (2),
 * RUN … flask.txt (3), COPY . . (4). */
function seedLayers() {
  const { host, image } = seededHost();
  return imageTrees(host, image);
}

const names = (rows: readonly Row[]) =>
  rows.map((r) => (r.kind === 'entry' ? `${'  '.repeat(r.level - 1)}${r.name}` : 'more'));

describe('visibleRows', () => {
  it('shows the top level first, and a folder’s entries once it is open', () => {
    const read = seedTree();
    const closed = visibleRows(read, new Set());
    expect(closed.every((r) => r.level === 1)).toBe(true);
    expect(names(closed)).toContain('app');
    const open = visibleRows(read, new Set(openTo('/app')));
    const app = names(open).indexOf('app');
    expect(names(open).slice(app, app + 5)).toEqual([
      'app',
      '  Dockerfile',
      '  flask.txt',
      '  main.py',
      '  requirements.txt',
    ]);
  });

  it('tags each file with the topmost layer that has it and the copies it hides', () => {
    const rows = visibleRows(seedTree(), new Set(['/app']));
    const byName = new Map(
      rows.flatMap((r) => (r.kind === 'entry' ? [[r.path, r.entry] as const] : [])),
    );
    // requirements.txt: COPY requirements.txt (layer 2) and again by COPY . . (layer 4).
    expect(byName.get('/app/requirements.txt')?.layer).toBe(4);
    expect(byName.get('/app/requirements.txt')?.shadowed).toEqual([2]);
    expect(byName.get('/app/flask.txt')?.layer).toBe(3);
    expect(byName.get('/app/main.py')?.shadowed).toEqual([]);
  });

  it('gives rows their aria positions within their folder', () => {
    const rows = visibleRows(seedTree(), new Set(['/app']));
    const inApp = rows.filter((r) => r.kind === 'entry' && r.parent === '/app');
    expect(inApp.map((r) => (r.kind === 'entry' ? [r.posinset, r.setsize] : []))).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('pages a long folder behind a "more" row', () => {
    const many = Array.from({ length: PAGE + 3 }, (_, i) => ({
      name: `f${i}`,
      path: `/f${i}`,
      node: { kind: 'file', mode: 0o644, uid: 0, gid: 0, size: 1 } as const,
      layer: 0,
      shadowed: [],
    }));
    const rows = visibleRows((dir) => (dir === '/' ? many : []), new Set());
    expect(rows).toHaveLength(PAGE + 1);
    expect(rows.at(-1)).toMatchObject({ kind: 'more', hidden: 3 });
    expect(
      visibleRows((d) => (d === '/' ? many : []), new Set(), new Map([['/', PAGE * 2]])),
    ).toHaveLength(PAGE + 3);
  });
});

describe('playedRows', () => {
  const layers = seedLayers();
  const layout = visibleRows(childrenReader(layers), new Set(['/app']));
  const playedTo = (count: number) => playedRows(layout, childrenReader(layers.slice(0, count)));
  const seen = (rows: readonly LaidRow[]) =>
    rows.flatMap((r) => (r.kind === 'entry' && !r.unplayed ? [r.path] : []));
  const row = (rows: readonly LaidRow[], path: string) => rows.find((r) => r.path === path);

  it('keeps every row of the finished tree in place, however far the build has played', () => {
    for (let count = 0; count <= layers.length; count++)
      expect(playedTo(count).map((r) => r.path)).toEqual(layout.map((r) => r.path));
  });

  it('sees only the files of the layers played so far', () => {
    const base = playedTo(1);
    expect(seen(base)).toContain('/bin');
    expect(seen(base).filter((p) => p.startsWith('/app'))).toEqual([]);
    expect(row(base, '/app/main.py')?.unplayed).toBe(true);
    const copied = playedTo(3);
    expect(seen(copied).filter((p) => p.startsWith('/app'))).toEqual([
      '/app',
      '/app/requirements.txt',
    ]);
    expect(seen(playedTo(5))).toEqual(seen(layout.map((r) => ({ ...r, unplayed: false }))));
  });

  it('tags a file with the layer serving it so far, the later copy once it lands', () => {
    const before = row(playedTo(4), '/app/requirements.txt');
    const after = row(playedTo(5), '/app/requirements.txt');
    expect(before?.kind === 'entry' && [before.entry.layer, before.entry.shadowed]).toEqual([
      2,
      [],
    ]);
    expect(after?.kind === 'entry' && [after.entry.layer, after.entry.shadowed]).toEqual([4, [2]]);
  });

  it('numbers the played entries of a folder among themselves', () => {
    const inApp = playedTo(4).filter((r) => r.kind === 'entry' && r.parent === '/app');
    expect(
      inApp.flatMap((r) =>
        r.kind === 'entry' && !r.unplayed ? [[r.name, r.posinset, r.setsize]] : [],
      ),
    ).toEqual([
      ['flask.txt', 1, 2],
      ['requirements.txt', 2, 2],
    ]);
  });

  it('lists no row for a path a later layer deletes (the tree keeps its final height)', () => {
    const { host, image } = build(
      seededHost().host,
      'FROM busybox\nCOPY . /x/\nRUN rm /x/main.py\n',
      { 'main.py': 'print(1)\n', 'a.txt': 'a\n' },
      'deletes',
    );
    const trees = imageTrees(host, image);
    const finished = visibleRows(childrenReader(trees), new Set(['/x']));
    const mid = playedRows(finished, childrenReader(trees.slice(0, 2)));
    expect(mid.map((r) => r.path)).toEqual(finished.map((r) => r.path));
    expect(seen(mid)).toContain('/x/a.txt');
    expect(mid.some((r) => r.path === '/x/main.py')).toBe(false);
  });

  it('offers a "more" row only for played entries past the page', () => {
    const file = { kind: 'file', mode: 0o644, uid: 0, gid: 0, size: 1 } as const;
    const entries = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        name: `f${String(i).padStart(3, '0')}`,
        path: `/f${String(i).padStart(3, '0')}`,
        node: file,
        layer: 0,
        shadowed: [],
      }));
    const finished: ChildrenOf = (d) => (d === '/' ? entries(PAGE + 3) : []);
    const layoutRows = visibleRows(finished, new Set());
    const few = playedRows(layoutRows, (d) => (d === '/' ? entries(10) : []));
    expect(few.at(-1)).toMatchObject({ kind: 'more', unplayed: true });
    const all = playedRows(layoutRows, finished);
    expect(all.at(-1)).toMatchObject({ kind: 'more', unplayed: false, hidden: 3 });
  });
});

describe('sameRow', () => {
  const layers = seedLayers();
  const layout = visibleRows(childrenReader(layers), new Set(['/app']));
  const at = (count: number, path: string) =>
    playedRows(layout, childrenReader(layers.slice(0, count))).find((r) => r.path === path)!;

  it('finds a row unchanged when a layer lands that does not touch it', () => {
    expect(sameRow(at(2, '/bin'), at(5, '/bin'))).toBe(true);
    // A folder draws its name alone, whichever layers hold it.
    expect(sameRow(at(2, '/app'), at(5, '/app'))).toBe(true);
  });

  it('finds a row changed when its file appears or another layer starts serving it', () => {
    expect(sameRow(at(3, '/app/flask.txt'), at(4, '/app/flask.txt'))).toBe(false);
    expect(sameRow(at(4, '/app/requirements.txt'), at(5, '/app/requirements.txt'))).toBe(false);
    // A new sibling before it renumbers it (aria-posinset).
    expect(sameRow(at(3, '/app/requirements.txt'), at(4, '/app/requirements.txt'))).toBe(false);
  });
});

describe('treeKeyAction', () => {
  const rows = visibleRows(seedTree(), new Set(['/app']));
  const at = (path: string) => path;

  it('moves with the arrows, Home and End', () => {
    expect(treeKeyAction('ArrowDown', rows, at('/app'))).toEqual({
      type: 'focus',
      path: '/app/Dockerfile',
    });
    expect(treeKeyAction('ArrowUp', rows, at('/app/Dockerfile'))).toEqual({
      type: 'focus',
      path: '/app',
    });
    expect(treeKeyAction('Home', rows, at('/app/main.py'))).toEqual({
      type: 'focus',
      path: rows[0]!.path,
    });
    expect(treeKeyAction('End', rows, at('/app'))).toEqual({
      type: 'focus',
      path: rows.at(-1)!.path,
    });
  });

  it('opens, enters, closes and leaves folders with Right and Left', () => {
    expect(treeKeyAction('ArrowRight', rows, '/bin')).toEqual({ type: 'expand', path: '/bin' });
    expect(treeKeyAction('ArrowRight', rows, '/app')).toEqual({
      type: 'focus',
      path: '/app/Dockerfile',
    });
    expect(treeKeyAction('ArrowLeft', rows, '/app')).toEqual({ type: 'collapse', path: '/app' });
    expect(treeKeyAction('ArrowLeft', rows, '/app/main.py')).toEqual({
      type: 'focus',
      path: '/app',
    });
    expect(treeKeyAction('ArrowRight', rows, '/app/main.py')).toBeNull();
  });

  it('toggles a folder with Enter and jumps by first letter', () => {
    expect(treeKeyAction('Enter', rows, '/app')).toEqual({ type: 'collapse', path: '/app' });
    expect(treeKeyAction('m', rows, '/app')).toEqual({ type: 'focus', path: '/app/main.py' });
  });
});

describe('openTo', () => {
  it('lists a path and its parents, outermost first', () => {
    expect(openTo('/usr/local/lib')).toEqual(['/usr', '/usr/local', '/usr/local/lib']);
    expect(openTo('/')).toEqual([]);
  });
});
