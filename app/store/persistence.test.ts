import { describe, expect, it } from 'vitest';
import { migrate, readSaved, setAside, validate, type Migrations } from './persistence';
import { MemoryStorage } from './testing/fake-session';

const good = {
  v: 1,
  app: 'layercake',
  scenario: [{ input: 'ls', time: 5, origin: 'typed' }],
  files: { Dockerfile: 'FROM x\n' },
  history: ['ls'],
  prefs: { theme: 'dark', speed: 2, paused: false },
};

describe('validate', () => {
  it('accepts a well-formed version 1 document, auto-build off when it predates the switch', () => {
    expect(validate(good)).toEqual({ ...good, prefs: { ...good.prefs, autoBuild: false } });
  });

  it('keeps the auto-build setting', () => {
    const on = { ...good, prefs: { ...good.prefs, autoBuild: true } };
    expect(validate(on)).toEqual(on);
  });

  it.each([
    [{ ...good, app: 'other' }, 'it was not written by Layercake'],
    [
      { ...good, scenario: [{ input: 'ls', time: 'x', origin: 'typed' }] },
      'a step of its scenario is malformed',
    ],
    [
      { ...good, scenario: [{ input: 'ls', time: 1, origin: 'robot' }] },
      'a step of its scenario is malformed',
    ],
    [{ ...good, files: { a: 3 } }, 'its files are malformed'],
    [{ ...good, history: [1] }, 'its command history is malformed'],
    [{ ...good, prefs: { ...good.prefs, speed: 3 } }, 'its speed is unknown'],
    [{ ...good, prefs: { ...good.prefs, theme: 'neon' } }, 'its theme is unknown'],
    [
      { ...good, prefs: { ...good.prefs, autoBuild: 'yes' } },
      'its auto-build setting is malformed',
    ],
  ])('rejects a malformed document (%#)', (doc, reason) => {
    expect(validate(doc as Record<string, unknown>)).toBe(reason);
  });
});

describe('migrate', () => {
  const migrations: Migrations = {
    1: (doc) => ({ ...doc, v: 2, renamed: doc.old }),
    2: (doc) => ({ ...doc, v: 3 }),
  };

  it('applies migrations one version at a time up to the target', () => {
    expect(migrate({ v: 1, old: 'x' }, migrations, 3)).toEqual({ v: 3, old: 'x', renamed: 'x' });
  });

  it('refuses a document newer than the target', () => {
    expect(migrate({ v: 4 }, migrations, 3)).toBe('it was saved by a newer Layercake (version 4)');
  });

  it('refuses a document without a version, or with a gap in the migrations', () => {
    expect(migrate({ app: 'layercake' }, migrations, 3)).toBe('it has no version');
    expect(migrate({ v: 1 }, { 1: (doc) => ({ ...doc, v: 5 }) }, 3)).toBe(
      'migrating from version 1 gave no version 2',
    );
    expect(migrate({ v: 2 }, {}, 3)).toBe('no migration from version 2');
  });
});

describe('readSaved and setAside', () => {
  it('reads nothing from an empty storage', () => {
    expect(readSaved(new MemoryStorage(), 'k')).toEqual({ kind: 'empty' });
  });

  it('reports foreign data as unreadable without touching it', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', '[1,2]');
    expect(readSaved(storage, 'k')).toEqual({
      kind: 'unreadable',
      reason: 'it is not a Layercake document',
      raw: '[1,2]',
    });
    expect(storage.getItem('k')).toBe('[1,2]');
  });

  it('moves unreadable data to a dated key', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', 'junk');
    expect(setAside(storage, 'k', 'junk', 99)).toBe('k.set-aside.99');
    expect([...storage.items]).toEqual([['k.set-aside.99', 'junk']]);
  });

  it('reads a document through the migrations', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', JSON.stringify({ ...good, v: 0 }));
    const result = readSaved(storage, 'k', { 0: (doc) => ({ ...doc, v: 1 }) });
    expect(result).toEqual({
      kind: 'loaded',
      state: { ...good, prefs: { ...good.prefs, autoBuild: false } },
      migratedFrom: 0,
    });
  });
});
