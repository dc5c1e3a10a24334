import { describe, expect, it } from 'vitest';
import { readSaved } from '../store/persistence';
import { encodeSession } from './link';
import { openingFor, SHARED_KEY, sessionOf } from './open-link';

const NOW = 1_768_467_600_000;
const scenario = [
  { input: 'echo flask > requirements.txt', time: NOW - 2000, origin: 'seed' as const },
  { input: 'docker build -t app .', time: NOW - 1000, origin: 'button' as const },
  { input: 'docker run -d --name web app', time: NOW, origin: 'typed' as const },
];

describe('opening a link', () => {
  it('opens the page as usual without a link', () => {
    expect(openingFor('', NOW)).toEqual({ options: {}, notice: null, shared: false });
  });

  it('gives the store the shared steps, at their own times, in memory only', () => {
    const doc = sessionOf({ scenario, drafts: { 'main.py': 'print(1)\n' } });
    const opening = openingFor(`#s=${encodeSession(doc)}`, NOW + 99);
    expect(opening.shared).toBe(true);
    expect(opening.notice?.text).toMatch(/shared session \(3 steps\).*not saved/);
    const storage = opening.options.storage;
    expect(storage).toBeTruthy();
    const saved = readSaved(storage!, SHARED_KEY);
    expect(saved.kind).toBe('loaded');
    if (saved.kind !== 'loaded') return;
    expect(saved.state.scenario).toEqual(scenario);
    expect(saved.state.files).toEqual({ 'main.py': 'print(1)\n' });
    expect(saved.state.history).toEqual(['docker run -d --name web app']);
  });

  it('opens the page as usual, with the reason, for a bad link', () => {
    const opening = openingFor('#s=1.AAAA', NOW);
    expect(opening.options).toEqual({});
    expect(opening.shared).toBe(false);
    expect(opening.notice?.kind).toBe('warning');
    expect(opening.notice?.text).toMatch(/opened as usual instead\.$/);
  });

  it('fills in times and origins a hand-written link leaves out', () => {
    const opening = openingFor(
      `#s=${encodeSession({ steps: [{ input: 'ls' }], drafts: {} })}`,
      NOW,
    );
    const saved = readSaved(opening.options.storage!, SHARED_KEY);
    expect(saved.kind === 'loaded' && saved.state.scenario).toEqual([
      { input: 'ls', time: NOW, origin: 'typed' },
    ]);
  });
});
