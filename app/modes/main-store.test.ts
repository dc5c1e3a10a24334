import { describe, expect, it } from 'vitest';
import { encodeSession } from '../share/link';
import { createMainStore, isLessonsSearch } from './main-store';

describe('createMainStore', () => {
  it('opens a share link from memory, with a notice, saving nothing to localStorage', () => {
    const s = encodeSession({ steps: [{ input: 'docker pull nginx' }], drafts: {} });
    const store = createMainStore({ hash: `#s=${s}` }, 1_768_467_600_000);
    expect(store.getState().scenario).toEqual([
      { input: 'docker pull nginx', time: 1_768_467_600_000, origin: 'typed' },
    ]);
    expect(store.getState().notice?.text).toMatch(/shared session/);
  });

  it('opens as usual with the reason for a bad link', () => {
    const store = createMainStore({ hash: '#s=1.%%%' });
    expect(store.getState().scenario).toEqual([]);
    expect(store.getState().notice).toMatchObject({ kind: 'warning' });
  });

  it('opens as usual, silently, without a link', () => {
    expect(createMainStore({ hash: '' }).getState().notice).toBeNull();
  });

  it('knows the lessons address', () => {
    expect(isLessonsSearch('?mode=lessons&lesson=volumes')).toBe(true);
    expect(isLessonsSearch('?mode=present')).toBe(false);
    expect(isLessonsSearch('')).toBe(false);
  });
});
