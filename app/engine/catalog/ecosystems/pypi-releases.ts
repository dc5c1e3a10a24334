/**
 * Release histories of PyPI packages (data/lang/pypi-releases.ts), one entry a release: its
 * version, the Requires-Python it declares ('' for none) and, where they differ from the
 * catalog's newest release, its dependencies (PEP 508 strings). pip chooses among them the
 * newest release the interpreter may install. Packages without a history have only the
 * catalog's one version.
 */
import { PYPI_RELEASES } from '../data/lang/pypi-releases';

export interface PypiRelease {
  version: string;
  requiresPython: string;
  depends?: readonly string[];
}

/** PEP 503's normalised name: "Typing_Extensions" → "typing-extensions". */
export function normalizedName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const byName = new Map<string, readonly PypiRelease[]>();
for (const [name, groups] of Object.entries(PYPI_RELEASES))
  byName.set(
    normalizedName(name),
    groups.flatMap((group) =>
      group.versions
        .split(' ')
        .filter(Boolean)
        .map((version) => ({
          version,
          requiresPython: group.python,
          ...(group.depends ? { depends: group.depends } : {}),
        })),
    ),
  );

/** A package's releases, oldest first; undefined when only the catalog's version is known. */
export function pypiReleases(name: string): readonly PypiRelease[] | undefined {
  return byName.get(normalizedName(name));
}

/** Every package that has a history (for consistency checks). */
export function pypiReleaseNames(): string[] {
  return [...byName.keys()];
}
