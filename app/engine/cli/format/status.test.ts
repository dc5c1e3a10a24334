import { describe, expect, it } from 'vitest';
import { containerStatus, createdAgo, imageCreatedSince } from './status';

const NOW = 1_700_000_000_000;
const base = { running: false, exitCode: 0, startedAt: null, finishedAt: null };

describe('createdAgo', () => {
  it('appends "ago" to the human duration', () => {
    expect(createdAgo(NOW - 3000, NOW)).toBe('3 seconds ago');
    expect(createdAgo(NOW - 61_000, NOW)).toBe('About a minute ago');
    expect(createdAgo(NOW, NOW)).toBe('Less than a second ago');
  });
  it('reads N/A for an image without a creation time', () => {
    expect(imageCreatedSince(null, NOW)).toBe('N/A');
    expect(imageCreatedSince(0, NOW)).toBe('N/A');
    expect(imageCreatedSince(NOW - 7200_000, NOW)).toBe('2 hours ago');
  });
});

describe('containerStatus', () => {
  it('is "Created" for a container that never started', () => {
    expect(containerStatus(base, NOW)).toBe('Created');
  });
  it('counts "Up" time from the start', () => {
    const running = { ...base, running: true, startedAt: NOW - 180_000 };
    expect(containerStatus(running, NOW)).toBe('Up 3 minutes');
    expect(containerStatus({ ...running, startedAt: NOW - 10 }, NOW)).toBe('Up Less than a second');
  });
  it('marks a paused container, which is still running', () => {
    const paused = { ...base, running: true, paused: true, startedAt: NOW - 2 * 3600_000 };
    expect(containerStatus(paused, NOW)).toBe('Up 2 hours (Paused)');
  });
  it('shows health after the uptime', () => {
    const up = { ...base, running: true, startedAt: NOW - 5000 };
    expect(containerStatus({ ...up, health: 'starting' }, NOW)).toBe(
      'Up 5 seconds (health: starting)',
    );
    expect(containerStatus({ ...up, health: 'healthy' }, NOW)).toBe('Up 5 seconds (healthy)');
    expect(containerStatus({ ...up, health: 'unhealthy' }, NOW)).toBe('Up 5 seconds (unhealthy)');
  });
  it('prefers Restarting over health and counts from the last exit', () => {
    const restarting = {
      ...base,
      running: true,
      restarting: true,
      health: 'healthy' as const,
      exitCode: 1,
      startedAt: NOW - 60_000,
      finishedAt: NOW - 2000,
    };
    expect(containerStatus(restarting, NOW)).toBe('Restarting (1) 2 seconds ago');
  });
  it('reports the exit code and time of a stopped container', () => {
    const exited = { ...base, exitCode: 137, startedAt: NOW - 9000, finishedAt: NOW - 3000 };
    expect(containerStatus(exited, NOW)).toBe('Exited (137) 3 seconds ago');
  });
  it('puts removal and death before the exit status', () => {
    const exited = { ...base, startedAt: NOW - 9000, finishedAt: NOW - 3000 };
    expect(containerStatus({ ...exited, removalInProgress: true }, NOW)).toBe(
      'Removal In Progress',
    );
    expect(containerStatus({ ...exited, dead: true }, NOW)).toBe('Dead');
  });
  it('is empty for a started, stopped container with no finish time', () => {
    expect(containerStatus({ ...base, startedAt: NOW - 9000 }, NOW)).toBe('');
  });
});
