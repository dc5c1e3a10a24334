import { describe, expect, it } from 'vitest';
import { imageTrees } from '../LayerStack/stack-model';
import { seededHost } from '../LayerStack/testing/world-fixture';
import { childrenReader, openTo, PAGE, treeKeyAction, visibleRows, type Row } from './tree-model';

function seedTree() {
  const { host, image } = seededHost();
  return childrenReader(imageTrees(host, image));
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
