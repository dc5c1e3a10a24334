import { describe, expect, it } from 'vitest';
import { commandKind, QUICK_MS, quickWork } from './quick-work';

describe('which commands can skip the running line', () => {
  it("names a kind of command by its program, and docker's subcommand", () => {
    expect(commandKind('docker run -d --name w1 app')).toBe('docker run');
    expect(commandKind('docker --debug ps -a')).toBe('docker ps');
    expect(commandKind('  ls   -la /app')).toBe('ls');
    expect(commandKind('echo one two')).toBe('echo');
    expect(commandKind('docker build -t app .\ndocker run app')).toBe('docker build');
  });

  it('does not expect a kind it has never timed to be quick', () => {
    expect(quickWork().expect('docker run app')).toBe(false);
  });

  it('expects a kind to be quick once it ran quickly, whatever its arguments', () => {
    const quick = quickWork();
    quick.record('docker run -d --name w1 app', 4);
    expect(quick.expect('docker run -d --name w2 app')).toBe(true);
    expect(quick.expect('docker build -t app .')).toBe(false);
  });

  it('stops expecting it while any of its last three runs was slow', () => {
    const quick = quickWork();
    quick.record('docker build .', 3);
    quick.record('docker build .', QUICK_MS + 1);
    expect(quick.expect('docker build .')).toBe(false);
    quick.record('docker build .', 3);
    quick.record('docker build .', 3);
    expect(quick.expect('docker build .')).toBe(false);
    quick.record('docker build .', 3);
    expect(quick.expect('docker build .')).toBe(true);
  });

  it('forgets the least recently run kinds beyond two hundred', () => {
    const quick = quickWork();
    quick.record('first', 1);
    for (let i = 0; i < 200; i++) quick.record(`program${i} arg`, 1);
    expect(quick.expect('first')).toBe(false);
    expect(quick.expect('program199')).toBe(true);
  });
});
