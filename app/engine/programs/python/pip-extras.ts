/**
 * Extras (`fastapi[standard]`): the optional dependencies a release declares in its METADATA
 * as `Requires-Dist: x; extra == "standard"` lines, and how pip names the requirements they
 * bring in its "(from ...)" chains.
 */
import { PYPI_EXTRAS } from '../../catalog/data/lang/pypi-extras';
import { normalizedName } from '../../catalog/ecosystems/pypi-releases';
import { dependencyFor } from './release-choice';
import { pipRequirementText, type Requirement } from './requirements';

/** The Requires-Dist lines with extra markers the package's METADATA carries. */
export function extraRequiresDist(name: string): readonly string[] {
  return PYPI_EXTRAS[normalizedName(name)]?.requires ?? [];
}

/**
 * Whether the package declares the extra: undefined when the simulation does not know the
 * package's extras (pip then stays silent, as it would for an extra it cannot check).
 */
export function providesExtra(name: string, extra: string): boolean | undefined {
  const data = PYPI_EXTRAS[normalizedName(name)];
  return data ? data.provides.split(' ').includes(extra) : undefined;
}

/** pip 25's warning for an extra the release does not declare (stderr). */
export function missingExtraWarning(name: string, version: string, extra: string): string {
  return `WARNING: ${name} ${version} does not provide the extra '${extra}'\n`;
}

/**
 * The requirements the extras add for this interpreter, each keeping its marker: pip's chains
 * show it for a requirement that itself names extras
 * (`uvicorn[standard]>=0.12.0; extra == "standard"->fastapi[standard]`).
 */
export function extraDependencies(
  name: string,
  extras: readonly string[],
  pythonVersion: string,
): Requirement[] {
  const out: Requirement[] = [];
  for (const line of extraRequiresDist(name)) {
    const req = dependencyFor(line, pythonVersion, extras);
    const marker = line.split(';').slice(1).join(';').trim();
    if (req) out.push(marker ? { ...req, marker } : req);
  }
  return out;
}

/** A requirement as it appears in pip's chains: with its marker when it names extras. */
export function chainText(req: Requirement): string {
  const text = pipRequirementText(req);
  return req.extras && req.marker ? `${text}; ${req.marker}` : text;
}

/** The requirement without its extras (`uvicorn>=0.12.0`), as pip collects the base. */
export function withoutExtras(req: Requirement): Requirement {
  const text = req.name + req.specs.map((s) => `${s.op}${s.version}`).join(',');
  return { name: req.name, text, specs: req.specs };
}
