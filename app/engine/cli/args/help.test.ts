import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as specs from '../fixtures/specs';
import { renderGroupHelp, renderHelp } from './help';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/help/${name}.txt`, import.meta.url), 'utf8');

describe('renderHelp matches docker 28.2.2 --help byte for byte', () => {
  const cases = [
    ['ps', specs.PS],
    ['rm', specs.RM],
    ['rename', specs.RENAME],
    ['logs', specs.LOGS],
    ['exec', specs.EXEC],
    ['stop', specs.STOP],
    ['images', specs.IMAGES],
    ['volume_create', specs.VOLUME_CREATE],
  ] as const;
  it.each(cases)('docker %s --help', (name, spec) => {
    expect(renderHelp(spec)).toBe(fixture(name));
  });
});

describe('renderHelp details', () => {
  it('shows --help without shorthand when the command uses -h itself', () => {
    const help = renderHelp(specs.RUN_LIKE);
    expect(help).toContain('      --help                       Print usage\n');
    expect(help).toContain('  -h, --hostname string            Container host name\n');
  });
  it('derives default texts as pflag does', () => {
    const help = renderHelp(specs.RUN_LIKE);
    expect(help).toContain('(default true)');
    expect(help).toContain('100) (default -1)');
    expect(help).toContain('(ms|s|m|h) (default 0s)');
  });
  it('wraps to a narrower terminal when asked', () => {
    const narrow = renderHelp(specs.RM, 60);
    expect(narrow).toContain(
      '  -f, --force     Force the removal of a running\n                  container (uses SIGKILL)\n',
    );
  });
});

describe('renderGroupHelp', () => {
  it('lists subcommands like docker volume --help', () => {
    const commands = [
      { name: 'create', short: 'Create a volume' },
      { name: 'inspect', short: 'Display detailed information on one or more volumes' },
      { name: 'ls', short: 'List volumes' },
      { name: 'prune', short: 'Remove unused local volumes' },
      { name: 'rm', short: 'Remove one or more volumes' },
      { name: 'update', short: 'Update a volume (cluster volumes only)' },
    ];
    expect(renderGroupHelp('volume', 'Manage volumes', commands)).toBe(fixture('volume'));
  });
});
