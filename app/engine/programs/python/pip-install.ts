/**
 * `pip install`: collect each requirement and its dependencies (from the catalog), download
 * wheels (into the HTTP cache unless --no-cache-dir), install them into site-packages with
 * their dist-info, and print what the environment's pip version prints in a Docker build
 * (pip-dialect.ts).
 */
import type { Catalog, Package } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { removeTree } from '../common/fs-helpers';
import { placePackageFiles, removePackagePaths } from '../common/package-files';
import { pipSize, transferMs } from '../common/sizes';
import type { PythonEnv } from './env';
import { pypiRelease } from '../../catalog/ecosystems/pypi';
import { pypiReleases } from '../../catalog/ecosystems/pypi-releases';
import { downloadBar, pipDialect, type PipDialect } from './pip-dialect';
import { NEWEST_PIP } from './pip-version-notice';
import { chooseRelease, dependencyFor, noMatchingDistribution } from './release-choice';
import { permissionDenied, refusedWrite, scriptsNotOnPath } from './pip-permissions';
import {
  compareVersions,
  pinnedVersion,
  pipRequirementText,
  satisfies,
  type Requirement,
} from './requirements';
import {
  canonical,
  installedDists,
  recordedFiles,
  writeDistInfo,
  type InstalledDist,
} from './site';
import { cacheWheel, isCached, metadataSize, wheelName, wheelUrl } from './wheels';
import { wheelFiles } from './wheel-files';
import { saveWheels } from './pip-wheel';
import { buildLocal, type LocalBuild } from './pip-local';
import { dependencyOrder } from './install-order';
import {
  chainText,
  extraDependencies,
  extraRequiresDist,
  missingExtraWarning,
  providesExtra,
  withoutExtras,
} from './pip-extras';
import { plausibleRelease } from './stand-in';

export interface PipInstallOptions {
  requirements: Requirement[];
  /** Constraints (`-c FILE`): specifiers a package must also meet if it is installed at all. */
  constraints?: readonly Requirement[];
  upgrade: boolean;
  /** Where wheels are cached; undefined with --no-cache-dir. */
  cacheDir: string | undefined;
  /** Where packages go (site-packages, ~/.local/..., or --target). */
  site: string;
  binDir: string;
  /** Other places already-installed packages are found. */
  otherSites: string[];
  noDeps: boolean;
  quiet: number;
  /** A user install, or a venv's: pip's errno 13 report then gives no --user advice. */
  userOrVenv: boolean;
  rootWarning: boolean;
  /** Warn when console scripts land outside PATH (off with --no-warn-script-location). */
  warnScriptLocation: boolean;
  /** `pip wheel -w DIR`: the collected wheels are saved there instead of installed. */
  wheelDir?: string;
  /** Local projects (`pip install .`): dependencies collected, built, installed last. */
  local?: LocalBuild[];
  /** How the running pip words its output; PyPI's newest pip's when not given. */
  dialect?: PipDialect;
}

export interface Chosen {
  pkg: Package;
  version: string;
  requested: boolean;
  /** What this release depends on (canonical names), for the install order. */
  depends: string[];
  /** Its METADATA's Requires-Dist lines. */
  requiresDist: string[];
  replaces?: InstalledDist;
  /** Installed from a wheel file given on the command line (`pip install /wheels/*`). */
  fromFile?: true;
}

export function pipInstall(
  io: ProgramIO,
  catalog: Catalog,
  env: PythonEnv,
  options: PipInstallOptions,
): number {
  const info = (text: string) => {
    if (options.quiet === 0) io.stdout(text);
  };
  const dialect = options.dialect ?? pipDialect(NEWEST_PIP);
  const sites = [options.site, ...options.otherSites];
  const chosen = new Map<string, Chosen>();
  const order: string[] = [];
  const seen = new Set<string>();
  const local = options.local ?? [];
  // `parent` names the package that needs it; `chain` is pip's "(from ...)" text:
  // "requests->-r requirements.txt (line 1)".
  const queue: { req: Requirement; parent?: string; chain?: string }[] = [
    ...options.requirements.map((req) => ({
      req,
      ...(req.comesFrom ? { chain: req.comesFrom } : {}),
    })),
    ...local.flatMap((l) =>
      l.dependencies.map((req) => ({
        req,
        parent: `${l.name}==${l.version}`,
        chain: `${l.name}==${l.version}`,
      })),
    ),
  ];
  let usedCache = false;
  /** "Downloading x.whl (103 kB)" and its bar, or "Using cached x.whl (103 kB)". */
  const fetchWheel = (pkg: Package, wheel: string, indent: number) => {
    const size = pkg.downloadSize;
    const pad = ' '.repeat(indent);
    if (options.cacheDir !== undefined && isCached(io.fs, options.cacheDir, wheel, dialect)) {
      info(`${pad}Using cached ${wheel} (${pipSize(size)})\n`);
      usedCache = true;
      return;
    }
    info(`${pad}Downloading ${wheel} (${pipSize(size)})\n`);
    const ms = transferMs(size, 20_000_000);
    io.spend(ms + 50);
    const bar = downloadBar(dialect, size, ms, indent);
    if (bar) info(bar);
    if (options.cacheDir !== undefined)
      cacheWheel(io.fs, options.cacheDir, wheel, size, metadataSize(pkg), dialect);
  };
  // pip reports every release it skipped for its Requires-Python, in any project of the run.
  const skippedForPython = new Set<string>();
  const noted = new Set<string>();
  const noteOnce = (text: string) => {
    if (!noted.has(text)) io.note(text);
    noted.add(text);
  };

  // Extras each package's dependencies were queued for: a later `x[extra]` adds only new ones.
  const extrasDone = new Map<string, Set<string>>();
  /** Checks the extras asked of a release and queues what they add; returns their names. */
  const queueExtras = (name: string, version: string, extras: readonly string[], via: string) => {
    const key = canonical(name);
    const done = extrasDone.get(key) ?? new Set<string>();
    extrasDone.set(key, done);
    const fresh = extras.filter((e) => !done.has(e));
    fresh.forEach((e) => done.add(e));
    for (const extra of fresh)
      if (providesExtra(name, extra) === false)
        io.stderr(missingExtraWarning(name, version, extra));
    const valid = fresh.filter((e) => providesExtra(name, e) === true);
    if (options.noDeps || valid.length === 0) return [];
    const catalogVersion = catalog.package('pypi', name)?.version ?? version;
    const deps = extraDependencies(name, valid, env.version, { version, catalogVersion });
    for (const dep of deps) queue.push({ req: dep, parent: name, chain: via });
    return deps.map((dep) => canonical(dep.name));
  };

  // A constraint whose marker excludes this interpreter does not apply.
  const constraintSpecs = new Map<string, Requirement['specs']>();
  for (const c of options.constraints ?? []) {
    if (c.marker && !dependencyFor(`${c.name}; ${c.marker}`, env.version)) continue;
    const key = canonical(c.name);
    constraintSpecs.set(key, [...(constraintSpecs.get(key) ?? []), ...c.specs]);
  }

  // Nothing is installed or removed while requirements are collected: read what is there once.
  const already = installedDists(io.fs, sites);
  while (queue.length > 0) {
    const { req, parent, chain } = queue.shift() as {
      req: Requirement;
      parent?: string;
      chain?: string;
    };
    const key = canonical(req.name);
    const extras = req.extras ?? [];
    // The extras requirement as its dependencies' chains name it.
    const via = chain ? `${chainText(req)}->${chain}` : chainText(req);
    if (seen.has(key)) {
      // A later requirement may ask the same package for extras the first did not.
      const earlier = chosen.get(key);
      const kept = already.find((d) => canonical(d.name) === key);
      const name = earlier?.pkg.name ?? kept?.name;
      const version = earlier?.version ?? kept?.version;
      if (name && version && extras.length > 0)
        earlier?.depends.push(...queueExtras(name, version, extras, via));
      continue;
    }
    seen.add(key);
    // With extras and a specifier pip collects the base on its own, "from" the extras one:
    // `uvicorn>=0.12.0 (from uvicorn[standard]>=0.12.0; extra == "standard"->fastapi[standard])`.
    const split = extras.length > 0 && req.specs.length > 0;
    const base = split ? withoutExtras(req) : req;
    const baseChain = split ? via : chain;
    const from = baseChain ? ` (from ${baseChain})` : '';
    // "Requirement already satisfied" has always named the source; Collecting only since 23.1.
    const collectFrom = dialect.collectingFrom ? from : '';
    const shown = pipRequirementText(base);
    const depsVia = split ? `${shown}->${via}` : via;
    // What pip may pick: the requirement's specifiers and any constraint's.
    const specs = [...req.specs, ...(constraintSpecs.get(key) ?? [])];
    const installed = already.find((d) => canonical(d.name) === key);
    const known = catalog.package('pypi', req.name);
    const history = known && historyOf(known);
    const newestAllowed = history && chooseRelease(history, [], env.version, new Set());
    const newest = newestAllowed?.ok ? newestAllowed.release.version : known?.version;
    const keep =
      installed &&
      satisfies(installed.version, specs) &&
      (!options.upgrade ||
        parent !== undefined ||
        !newest ||
        compareVersions(installed.version, newest) >= 0);
    if (installed && keep) {
      info(
        `Requirement already satisfied: ${shown} in ${installed.site}${from} (${installed.version})\n`,
      );
      if (!options.noDeps)
        for (const dep of installed.requires)
          queue.push({ req: plain(dep), parent: installed.name, chain: depsVia });
      queueExtras(installed.name, installed.version, extras, via);
      continue;
    }
    let pkg = known;
    if (!pkg) {
      pkg = plausibleRelease(catalog, req);
      noteOnce(
        `Layercake's catalog does not know "${req.name}" on PyPI: it is installed as a plausible stand-in (made-up files and sizes).`,
      );
    }
    let version = pkg.version;
    let depends: Requirement[] = pkg.depends.map(plain);
    let requiresDist = pkg.depends;
    if (history) {
      const choice = chooseRelease(history, specs, env.version, skippedForPython);
      if (!choice.ok) {
        io.stderr(noMatchingDistribution(shown, from, choice.available, skippedForPython));
        return 1;
      }
      version = choice.release.version;
      if (choice.release.depends) {
        requiresDist = [...choice.release.depends];
        depends = choice.release.depends
          .map((line) => dependencyFor(line, env.version))
          .filter((dep): dep is Requirement => dep !== undefined);
      }
      if (version !== pkg.version)
        noteOnce(
          `${pkg.name} ${version} is modelled with the files of ${pkg.name} ${pkg.version}, the version Layercake's catalog holds.`,
        );
    } else if (!satisfies(version, specs)) {
      const pin = pinnedVersion(specs);
      if (!pin) {
        io.stderr(
          `ERROR: Could not find a version that satisfies the requirement ${shown}${from} (from versions: ${pkg.version})\n`,
        );
        io.stderr(`ERROR: No matching distribution found for ${shown}\n`);
        io.note(
          `Layercake's catalog holds one version of ${pkg.name} (${pkg.version}); PyPI has many, so real pip may find one that matches.`,
        );
        return 1;
      }
      version = pin;
      noteOnce(
        `${pkg.name} ${pin} is modelled with the files of ${pkg.name} ${pkg.version}, the version Layercake's catalog holds.`,
      );
    }
    pkg = pypiRelease(pkg, version);
    const wheel = wheelName(pkg, version, env);
    const cached =
      options.cacheDir !== undefined && isCached(io.fs, options.cacheDir, wheel, dialect);
    if (req.wheelFile) info(`Processing ${req.wheelFile}\n`);
    else {
      info(`Collecting ${shown}${collectFrom}\n`);
      if (dialect.obtainingLine)
        info(`  Obtaining dependency information for ${shown} from ${wheelUrl(wheel)}.metadata\n`);
      if (dialect.metadataFirst)
        info(
          `  ${cached ? 'Using cached' : 'Downloading'} ${wheel}.metadata (${pipSize(metadataSize(pkg))})\n`,
        );
      else fetchWheel(pkg, wheel, 2);
    }
    io.spend(cached || req.wheelFile ? 30 : 180);
    const pick: Chosen = {
      pkg,
      version,
      ...(req.wheelFile ? { fromFile: true } : {}),
      requested: parent === undefined,
      depends: depends.map((dep) => canonical(dep.name)),
      requiresDist: [
        ...requiresDist,
        ...extraRequiresDist(pkg.name, { version, catalogVersion: pkg.version }),
      ],
      ...(installed ? { replaces: installed } : {}),
    };
    chosen.set(key, pick);
    order.push(key);
    if (!options.noDeps)
      for (const dep of depends) queue.push({ req: dep, parent: pkg.name, chain: depsVia });
    pick.depends.push(...queueExtras(pkg.name, version, extras, via));
  }

  const picks = order.map((k) => chosen.get(k) as Chosen);
  // With metadata first, the wheels download once everything is resolved.
  if (dialect.metadataFirst)
    for (const pick of picks)
      if (!pick.fromFile) fetchWheel(pick.pkg, wheelName(pick.pkg, pick.version, env), 0);
  if (picks.length > 0) {
    noteOnce(
      "pip did not download anything: the packages' files are modelled from Layercake's package catalog.",
    );
  }

  if (options.wheelDir !== undefined) return saveWheels(io, picks, env, options.wheelDir, info);
  buildLocal(io, local, options.quiet);
  const installOrder = dependencyOrder(picks);
  const installing = [...installOrder.map((p) => p.pkg.name), ...local.map((l) => l.name)];
  if (installing.length > 0) info(`Installing collected packages: ${installing.join(', ')}\n`);
  const first = installOrder[0];
  const firstFile = first && wheelFiles(first.pkg, first.version, options.site, env)[0];
  const refused = firstFile && refusedWrite(io.fs, firstFile.path);
  if (refused) {
    io.stderr(permissionDenied(refused, options.userOrVenv));
    return 1;
  }
  for (const pick of installOrder) {
    if (pick.replaces) {
      const old = pick.replaces;
      info(`  Attempting uninstall: ${old.name}\n`);
      info(`    Found existing installation: ${old.name} ${old.version}\n`);
      info(`    Uninstalling ${old.name}-${old.version}:\n`);
      const oldFiles = recordedFiles(io.fs, old);
      removeTree(io.fs, old.distInfo);
      removePackagePaths(io.fs, oldFiles, old.site);
      info(`      Successfully uninstalled ${old.name}-${old.version}\n`);
    }
    const versioned: Package = { ...pick.pkg, version: pick.version, depends: pick.requiresDist };
    const files0 = wheelFiles(pick.pkg, pick.version, options.site, env);
    const placed = placePackageFiles(io.fs, { ...versioned, files: files0 }, '/');
    const files = placed.files.map((path, i) => ({ path, size: placed.sizes[i] ?? 0 }));
    if (options.warnScriptLocation) {
      const warning = scriptsNotOnPath(
        files,
        options.binDir,
        io.env.PATH ?? '',
        env.python.slice(0, env.python.lastIndexOf('/')),
      );
      if (warning) io.stderr(warning);
    }
    writeDistInfo(io.fs, options.site, versioned, pick.version, files, pick.requested);
    io.spend(80 + Math.round(pick.pkg.installedSize / 100_000));
  }
  for (const l of local) l.install(options.site, options.binDir);
  if (installing.length > 0) {
    const names = [
      ...installOrder.map((p) => `${p.pkg.name}-${p.version}`),
      ...local.map((l) => `${l.name}-${l.version}`),
    ].sort();
    info(`Successfully installed ${names.join(' ')}\n`);
  }
  if (options.rootWarning && installing.length > 0 && dialect.rootWarning)
    io.stderr(dialect.rootWarning);
  if (usedCache || (options.cacheDir !== undefined && picks.length > 0)) {
    io.note(
      `pip kept the downloaded wheels in ${options.cacheDir}/${dialect.httpCache}: they stay in this layer. Add --no-cache-dir (or set PIP_NO_CACHE_DIR=1) in Dockerfiles.`,
    );
  }
  return 0;
}

/**
 * The package's release history, when it describes the catalog's package: it ends at the
 * catalog's version (a catalog that holds another version keeps its one-version behaviour).
 */
function historyOf(pkg: Package) {
  const releases = pypiReleases(pkg.name);
  return releases && releases.at(-1)?.version === pkg.version ? releases : undefined;
}

function plain(name: string): Requirement {
  return { name, text: name, specs: [] };
}
