/**
 * Composer's dependency resolution, simplified: each package gets the newest catalog release
 * that satisfies the first constraint met for it and the platform's PHP; platform packages
 * (php, ext-*, lib-*, composer-*-api) are checked against the image's PHP, and an unmet one
 * is reported as Composer's "Problem" lines. Packages reached only through require-dev are
 * dev packages. Not a SAT solver: conflicts between later constraints are not revisited.
 */
import { floorOf, releases, satisfies, type Release } from './packagist';

export interface Platform {
  php: string;
  /** Loaded extension names, lower case ("pdo_mysql", "zend opcache"). */
  extensions: Set<string>;
  ignore: (name: string) => boolean;
}

export interface Chosen {
  release: Release;
  dev: boolean;
  /** Not in the catalog (or not this version): a modelled stand-in. */
  modelled: boolean;
}

export type Resolution =
  { ok: true; packages: Chosen[] } | { ok: false; problems: string[]; missingExtensions: string[] };

function extensionName(req: string): string {
  const name = req.slice(4).toLowerCase();
  return name === 'zend-opcache' ? 'zend opcache' : name;
}

function standIn(name: string, constraint: string): Release {
  return {
    name,
    version: floorOf(constraint),
    require: [],
    kib: 120,
    funding: false,
    bin: [],
    plugin: false,
  };
}

export function resolve(
  require: [string, string][],
  requireDev: [string, string][],
  platform: Platform,
): Resolution {
  const queue = [
    ...require.map((r) => ({
      name: r[0],
      constraint: r[1],
      by: undefined as Release | undefined,
      dev: false,
    })),
    ...requireDev.map((r) => ({
      name: r[0],
      constraint: r[1],
      by: undefined as Release | undefined,
      dev: true,
    })),
  ];
  const chosen = new Map<string, Chosen>();
  const problems: string[] = [];
  const missingExtensions: string[] = [];
  const replaced = () =>
    [...chosen.values()].map((c) => c.release.replaces).filter(Boolean) as string[];
  const who = (by: Release | undefined, name: string, constraint: string) =>
    by
      ? `${by.name} ${by.version} requires ${name} ${constraint}`
      : `Root composer.json requires ${name} ${constraint}`;
  const rootPrefix = (by: Release | undefined) =>
    by && require.concat(requireDev).some(([n]) => n === by.name)
      ? `    - Root composer.json requires ${by.name} ${require.concat(requireDev).find(([n]) => n === by.name)?.[1] ?? '*'} -> satisfiable by ${by.name}[${by.version}].\n`
      : '';
  while (queue.length > 0) {
    const { name, constraint, by, dev } = queue.shift() as (typeof queue)[number];
    const lower = name.toLowerCase();
    if (lower === 'php' || lower === 'php-64bit') {
      if (!platform.ignore('php') && !satisfies(platform.php, constraint))
        problems.push(
          by
            ? `${rootPrefix(by)}    - ${who(by, 'php', constraint)} -> your php version (${platform.php}) does not satisfy that requirement.`
            : `    - Root composer.json requires php ${constraint} but your php version (${platform.php}) does not satisfy that requirement.`,
        );
      continue;
    }
    if (lower.startsWith('ext-')) {
      const ext = extensionName(lower);
      if (!platform.ignore(lower) && !platform.extensions.has(ext) && ext !== 'json') {
        missingExtensions.push(lower);
        problems.push(
          by
            ? `${rootPrefix(by)}    - ${who(by, lower, constraint)} -> it is missing from your system. Install or enable PHP's ${ext} extension.`
            : `    - Root composer.json requires PHP extension ${lower} ${constraint} but it is missing from your system. Install or enable PHP's ${ext} extension.`,
        );
      }
      continue;
    }
    if (lower.startsWith('lib-') || lower.startsWith('composer-') || lower === 'composer') continue;
    if (replaced().some((prefix) => lower.startsWith(prefix))) continue;
    const existing = chosen.get(lower);
    if (existing) {
      if (!dev && existing.dev) existing.dev = false;
      continue;
    }
    const list = releases(lower);
    let release: Release;
    let modelled = false;
    if (!list) {
      release = standIn(lower, constraint);
      modelled = true;
    } else {
      const fits = list.filter((r) => satisfies(r.version, constraint));
      const phpOk = fits.find((r) => {
        const php = r.require.find(([n]) => n === 'php')?.[1];
        return !php || platform.ignore('php') || satisfies(platform.php, php);
      });
      if (phpOk) release = phpOk;
      else if (fits[0]) release = fits[0];
      else {
        release = { ...(list[0] as Release), version: floorOf(constraint) };
        modelled = true;
      }
    }
    chosen.set(lower, { release, dev, modelled });
    for (const [dep, c] of release.require)
      queue.push({ name: dep, constraint: c, by: release, dev });
  }
  if (problems.length > 0) return { ok: false, problems, missingExtensions };
  return { ok: true, packages: [...chosen.values()] };
}
