import { describe, expect, it } from 'vitest';
import { debCatalog } from '../testing/debs';
import { runProgram } from '../testing/fake-io';
import { debianFs } from '../testing/images';
import { aptGetProgram } from './apt-get';

const apt = aptGetProgram(debCatalog, 'trixie');

describe('apt update', () => {
  it('ends by reading the state and counting upgrades, where apt-get update stops at the lists', () => {
    const viaApt = runProgram(apt, ['apt', 'update'], debianFs());
    // Two of the test image's packages have newer versions in the archive (apt-get upgrade's plan).
    expect(viaApt.stdout).toMatch(
      /Reading package lists...\nBuilding dependency tree...\nReading state information...\n2 packages can be upgraded\. Run 'apt list --upgradable' to see them\.\n$/,
    );
    const viaAptGet = runProgram(apt, ['apt-get', 'update'], debianFs());
    expect(viaAptGet.stdout).toMatch(/Reading package lists...\n$/);
  });
});
