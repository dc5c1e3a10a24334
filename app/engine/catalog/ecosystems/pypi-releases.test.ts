import { describe, expect, it } from 'vitest';
import pypiData from '../data/lang/pypi';
import { parsePypiLines } from './pypi';
import { normalizedName, pypiReleaseNames, pypiReleases } from './pypi-releases';

const catalogVersions = new Map(
  [...parsePypiLines(pypiData).values()].map((r) => [normalizedName(r.name), r.version]),
);

describe('PyPI release histories', () => {
  it("end at the catalog's version of each package", () => {
    for (const name of pypiReleaseNames()) {
      const releases = pypiReleases(name) ?? [];
      expect([name, releases.at(-1)?.version]).toEqual([name, catalogVersions.get(name)]);
    }
  });

  it('record the Python each release requires (flask 3.1 needs 3.9, 3.0.3 needs 3.8)', () => {
    const flask = pypiReleases('Flask') ?? [];
    expect(flask.find((r) => r.version === '3.1.0')?.requiresPython).toBe('>=3.9');
    expect(flask.find((r) => r.version === '3.0.3')?.requiresPython).toBe('>=3.8');
    expect(flask.find((r) => r.version === '0.12.5')?.requiresPython).toBe('');
  });

  it('find a history by any spelling of the name, and none for a package without one', () => {
    expect(pypiReleases('Typing_Extensions')).toBe(pypiReleases('typing-extensions'));
    expect(pypiReleases('six')).toBeUndefined();
  });
});
