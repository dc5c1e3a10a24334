/**
 * Extras (`fastapi[standard]`): the optional dependencies a release declares in its METADATA
 * as `Requires-Dist: x; extra == "standard"` lines, and how pip names the requirements they
 * bring in its "(from ...)" chains.
 */
import { PYPI_EXTRAS } from '../../catalog/data/lang/pypi-extras';
import { normalizedName } from '../../catalog/ecosystems/pypi-releases';
import { dependencyFor } from './release-choice';
import { pipRequirementText, type Requirement } from './requirements';

/** A release of a package next to the release the catalog's extras data describe. */
export interface ExtrasRelease {
  version: string;
  /** The catalog's version of the package, whose METADATA PYPI_EXTRAS copies. */
  catalogVersion: string;
}

/**
 * The Requires-Dist lines with extra markers the package's METADATA carries. For another
 * release than the catalog's, a requirement pinning the catalog's own version pins the
 * release's: distributions built in lockstep pin their parent's version (psycopg 3.2.1's
 * binary extra requires psycopg-binary==3.2.1, not 3.3.2).
 */
export function extraRequiresDist(name: string, release?: ExtrasRelease): readonly string[] {
  const lines = PYPI_EXTRAS[normalizedName(name)]?.requires ?? [];
  if (!release || release.version === release.catalogVersion) return lines;
  const pin = `==${release.catalogVersion}`;
  return lines.map((line) => {
    const at = line.indexOf(pin);
    const next = line[at + pin.length];
    const whole = at >= 0 && (next === undefined || /[;,\s]/.test(next));
    return whole ? `${line.slice(0, at)}==${release.version}${line.slice(at + pin.length)}` : line;
  });
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
  release?: ExtrasRelease,
): Requirement[] {
  const out: Requirement[] = [];
  for (const line of extraRequiresDist(name, release)) {
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
