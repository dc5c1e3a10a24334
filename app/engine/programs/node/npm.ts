/**
 * npm: ci (exactly the lockfile, into a fresh node_modules), install (from package.json, or
 * adding packages to it), run/start/test (scripts through the shell), ls (npm-ls.ts), cache clean and
 * --version. Its summary line is the one Docker build logs show: "added 69 packages, and
 * audited 70 packages in 2s".
 */
import type { Catalog } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { hasOption, parseArgs } from '../common/args';
import { exists, removeTree, writeText } from '../common/fs-helpers';
import {
  CACHE_CLEAN_NEEDS_FORCE,
  CI_NO_LOCKFILE,
  ciOutOfSync,
  fundingCount,
  logLine,
  npmError,
  summary,
} from './npm-messages';
import { EACCES_EXIT, eaccesLines, refusedInstallWrite } from './npm-permissions';
import { runScript } from './npm-run';
import { runInstallScripts } from './npm-lifecycle';
import { prune } from './npm-prune';
import { npmLs } from './npm-ls';
import {
  lockEntries,
  npmCacheWriter,
  pathOf,
  resolveTree,
  writeNodeModules,
  type ResolvedPackage,
} from './node-modules';
import { formatJson, readJson, type Lockfile, type PackageJson } from './project';
import {
  cacheDir,
  lockedVersions,
  npmVersion,
  omitDev,
  projectFile,
  readManifest,
  requestsOf,
} from './npm-config';
import { installGlobal } from './npm-global';
import { npmLogIo } from './npm-log-prefix';
import { lockedRelease, meetsRange, nearestRelease, savedRange } from './pick-version';

export function npmProgram(catalog: Catalog): Program {
  return (argv, npmIo) => {
    const io = npmLogIo(npmIo);
    const parsed = parseArgs(argv.slice(1), {
      short: {
        D: 'save-dev',
        E: 'save-exact',
        g: 'global',
        v: 'version',
        y: 'yes',
        w: 'workspace',
      },
      takesValue: [
        'omit',
        'include',
        'cache',
        'prefix',
        'workspace',
        'loglevel',
        'registry',
        'depth',
      ],
      stopAtOperand: false,
    });
    const [command, ...operands] = parsed.operands;
    if (command === undefined && hasOption(parsed, 'version')) {
      io.stdout(`${npmVersion(io)}\n`);
      return 0;
    }
    switch (command) {
      case 'ci':
      case 'clean-install':
      case 'ic':
        return ci(io, catalog, parsed);
      case 'install':
      case 'i':
      case 'add':
        return install(io, catalog, parsed, operands);
      case 'run':
      case 'run-script':
        return runScript(io, operands[0], argv.slice(argv.indexOf(operands[0] ?? '') + 1));
      case 'start':
      case 'test':
      case 't':
        return runScript(io, command === 't' ? 'test' : command, operands);
      case 'cache':
        if (operands[0] === 'clean') {
          if (!hasOption(parsed, 'force')) {
            io.stderr(
              npmError([...CACHE_CLEAN_NEEDS_FORCE, logLine(io.now, cacheDir(io, parsed))]),
            );
            return 1;
          }
          io.stderr('npm warn using --force Recommended protections disabled.\n');
          removeTree(io.fs, `${cacheDir(io, parsed)}/_cacache`);
        }
        return 0;
      case 'config':
        return 0;
      case 'prune':
        return prune(io, omitDev(io, parsed));
      case 'ls':
      case 'list':
        return npmLs(io, parsed);
      default:
        io.stderr(
          npmError([
            `Unknown command: "${command ?? ''}"`,
            '',
            'To see a list of supported npm commands, run:',
            '  npm help',
            logLine(io.now, cacheDir(io, parsed)),
          ]),
        );
        return 1;
    }
  };
}

function ci(io: ProgramIO, catalog: Catalog, parsed: ReturnType<typeof parseArgs>): number {
  const lockPath = [
    projectFile(io, 'npm-shrinkwrap.json'),
    projectFile(io, 'package-lock.json'),
  ].find((p) => exists(io.fs, p));
  const manifest = exists(io.fs, projectFile(io, 'package.json')) ? readManifest(io) : undefined;
  if (!lockPath) {
    io.stderr(npmError([...CI_NO_LOCKFILE, logLine(io.now, cacheDir(io, parsed))]));
    return 1;
  }
  const lock = readJson<Lockfile>(io.fs, lockPath);
  if (!manifest) {
    if (exists(io.fs, projectFile(io, 'package.json'))) return 1;
    readManifest(io);
    return 254;
  }
  if (!lock.ok || typeof lock.value.packages !== 'object') {
    io.stderr(
      npmError([
        'code EJSONPARSE',
        `path ${lockPath}`,
        'JSON.parse Invalid package-lock.json',
        logLine(io.now, cacheDir(io, parsed)),
      ]),
    );
    return 1;
  }
  const locked = lock.value.packages;
  const problems = requestsOf(manifest, true).flatMap((r) => {
    const entry = locked[`node_modules/${r.name}`];
    if (!entry) return [`Missing: ${r.name}@${r.range} from lock file`];
    return entry.version && !meetsRange(entry.version, r.range)
      ? [`Invalid: lock file's ${r.name}@${entry.version} does not satisfy ${r.name}@${r.range}`]
      : [];
  });
  if (problems.length > 0) {
    io.stderr(npmError([...ciOutOfSync(problems), logLine(io.now, cacheDir(io, parsed))]));
    return 1;
  }
  const withDev = !omitDev(io, parsed);
  const noted = new Set<string>();
  const noteOnce = (text: string) => {
    if (!noted.has(text)) io.note(text);
    noted.add(text);
  };
  removeTree(io.fs, projectFile(io, 'node_modules'));
  const packages: ResolvedPackage[] = [];
  for (const [key, entry] of Object.entries(locked)) {
    if (!key.startsWith('node_modules/')) continue;
    if (entry.dev && !withDev) continue;
    const path = key.slice('node_modules/'.length);
    const nested = path.lastIndexOf('/node_modules/');
    const name = entry.name ?? (nested < 0 ? path : path.slice(nested + '/node_modules/'.length));
    const release = entry.version ? nearestRelease(catalog, name, entry.version) : undefined;
    if (release && entry.version) lockedRelease(name, entry.version, release, noteOnce);
    let pkg = release ?? catalog.package('npm', name);
    if (!pkg) {
      pkg = catalog.plausiblePackage('npm', name, entry.version);
      noteOnce(
        `Layercake's catalog does not know some locked packages (${name}, ...): they are installed as plausible stand-ins.`,
      );
    }
    packages.push({
      name,
      version: entry.version ?? pkg.version,
      pkg,
      dev: entry.dev === true,
      dependencies: entry.dependencies ?? {},
      path,
    });
  }
  return finish(
    io,
    projectFile(io, ''),
    packages,
    packages.length,
    cacheDir(io, parsed),
    lock.value,
    manifest,
    false,
    !hasOption(parsed, 'ignore-scripts'),
  );
}

function install(
  io: ProgramIO,
  catalog: Catalog,
  parsed: ReturnType<typeof parseArgs>,
  operands: string[],
): number {
  if (hasOption(parsed, 'global'))
    return installGlobal(io, catalog, operands, cacheDir(io, parsed));
  const manifest = readManifest(io);
  if (!manifest) return 254;
  const asked = new Map<string, string>();
  for (const spec of operands) {
    const at = spec.lastIndexOf('@');
    const name = at > 0 ? spec.slice(0, at) : spec;
    const given = at > 0 ? spec.slice(at + 1) : undefined;
    asked.set(name, given ?? 'latest');
    const range = savedRange(catalog, name, given, hasOption(parsed, 'save-exact'));
    const field = hasOption(parsed, 'save-dev') ? 'devDependencies' : 'dependencies';
    manifest[field] = Object.fromEntries(
      Object.entries({ ...(manifest[field] ?? {}), [name]: range }).sort(([a], [b]) =>
        a < b ? -1 : 1,
      ),
    );
  }
  if (operands.length > 0) writeText(io.fs, projectFile(io, 'package.json'), formatJson(manifest));
  const withDev = !omitDev(io, parsed);
  const noted = new Set<string>();
  // What was asked for on the command line resolves by its own spec (express@4.18.2 is 4.18.2
  // though package.json saves ^4.18.2); the rest keeps package-lock.json's versions.
  const requests = (dev: boolean) =>
    requestsOf(manifest, dev).map((r) => ({ ...r, range: asked.get(r.name) ?? r.range }));
  const options = { nest: true, locked: lockedVersions(io) };
  const noteOnce = (text: string) => {
    if (!noted.has(text)) io.note(text);
    noted.add(text);
  };
  // npm lays out the whole tree, dev dependencies included, and leaves the dev ones out of
  // node_modules; the notes are those of what is installed.
  const everything = resolveTree(
    io,
    catalog,
    requests(true),
    withDev ? noteOnce : () => {},
    options,
  );
  if (!withDev) resolveTree(io, catalog, requests(false), noteOnce, options);
  const resolved = withDev ? everything : new Map([...everything].filter(([, r]) => !r.dev));
  const lock: Lockfile = {
    name: manifest.name ?? '',
    version: manifest.version ?? '',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': {
        ...(manifest.name ? { name: manifest.name } : {}),
        ...(manifest.version ? { version: manifest.version } : {}),
        ...(manifest.dependencies ? { dependencies: manifest.dependencies } : {}),
        ...(manifest.devDependencies ? { devDependencies: manifest.devDependencies } : {}),
      },
      ...lockEntries(everything),
    },
  };
  const installedBefore = new Set(
    Object.keys(
      readJson<Lockfile>(io.fs, projectFile(io, 'node_modules/.package-lock.json')).ok
        ? (
            readJson<Lockfile>(io.fs, projectFile(io, 'node_modules/.package-lock.json')) as {
              ok: true;
              value: Lockfile;
            }
          ).value.packages
        : {},
    ),
  );
  const packages = [...resolved.values()].filter(
    (r) => !installedBefore.has(`node_modules/${pathOf(r)}`),
  );
  return finish(
    io,
    projectFile(io, ''),
    packages,
    resolved.size,
    cacheDir(io, parsed),
    lock,
    manifest,
    true,
    !hasOption(parsed, 'ignore-scripts'),
  );
}

function finish(
  io: ProgramIO,
  dir: string,
  packages: ResolvedPackage[],
  total: number,
  cache: string,
  lock: Lockfile,
  manifest: PackageJson,
  writeLock: boolean,
  scripts = true,
): number {
  const project = dir.replace(/\/$/, '') || '/';
  const bytes = packages.reduce((sum, p) => sum + p.pkg.downloadSize, 0);
  const ms = 700 + packages.length * 45 + Math.round(bytes / 15_000);
  const refused = refusedInstallWrite(
    io.fs,
    project,
    packages.map((p) => p.name),
    writeLock,
  );
  if (refused) {
    io.spend(Math.round(ms / 2));
    io.stderr(npmError([...eaccesLines(refused), logLine(io.now, cache)]));
    io.note(
      `npm runs as ${io.user.name}, who may not write ${refused.path}: make the project folder theirs (RUN chown ${io.user.name} ${project}, or create it before USER) and COPY --chown=${io.user.name}:${io.user.name} the files npm rewrites.`,
    );
    return EACCES_EXIT;
  }
  io.spend(ms);
  writeNodeModules(io, project, packages, npmCacheWriter(io, cache));
  const hidden = {
    ...lock,
    packages: Object.fromEntries(Object.entries(lock.packages).filter(([k]) => k !== '')),
  };
  if (total > 0)
    writeText(
      io.fs,
      `${project === '/' ? '' : project}/node_modules/.package-lock.json`,
      formatJson({
        name: manifest.name ?? '',
        version: manifest.version ?? '',
        lockfileVersion: 3,
        requires: true,
        packages: hidden.packages,
      }),
    );
  if (writeLock)
    writeText(io.fs, `${project === '/' ? '' : project}/package-lock.json`, formatJson(lock));
  if (scripts) {
    const code = runInstallScripts(io, manifest, cache);
    if (code !== 0) return code;
  }
  summary(io, packages.length, total + 1, ms, fundingCount(packages));
  if (packages.length > 0) {
    io.note(
      `npm did not download anything: the packages' files are modelled from Layercake's package catalog. The tarballs stay in ${cache}/_cacache unless the same RUN runs npm cache clean --force.`,
    );
  }
  return 0;
}
