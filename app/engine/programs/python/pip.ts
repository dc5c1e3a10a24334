/**
 * pip, pip3, pip3.X and `python -m pip`: install, uninstall, freeze, list, show and
 * --version, in the Python environment the command belongs to (a venv's pip installs into
 * the venv). Debian's system Python refuses installs outside a venv (PEP 668) unless
 * --break-system-packages is given.
 */
import type { Catalog } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { hasOption, optionValue, optionValues, parseArgs, countOption } from '../common/args';
import { absolute, readText, removeTree } from '../common/fs-helpers';
import { removePackagePaths } from '../common/package-files';
import { externallyManaged, findPython, type PythonEnv } from './env';
import { pipInstall } from './pip-install';
import { wheelFileExists, wheelFileRequirement } from './pip-wheel';
import { isLocalPath, prepareLocal } from './pip-local';
import { externallyManagedError } from './pip-messages';
import { NEWEST_PIP, pipVersionNotice } from './pip-version-notice';
import { pipDialect } from './pip-dialect';
import {
  cacheDisabledWarning,
  DEFAULTING_TO_USER,
  dirWritable,
  userSiteEnabled,
} from './pip-permissions';
import { parseRequirement, readRequirementsFile, type Requirement } from './requirements';
import { canonical, findDist, installedDists, recordedFiles } from './site';

const SHORT = {
  r: 'requirement',
  U: 'upgrade',
  q: 'quiet',
  y: 'yes',
  t: 'target',
  e: 'editable',
  v: 'verbose',
  c: 'constraint',
  i: 'index-url',
  f: 'find-links',
  w: 'wheel-dir',
};
const TAKES_VALUE = [
  'requirement',
  'target',
  'cache-dir',
  'root-user-action',
  'constraint',
  'index-url',
  'extra-index-url',
  'find-links',
  'editable',
  'prefix',
  'root',
  'platform',
  'python-version',
  'only-binary',
  'no-binary',
  'progress-bar',
  'trusted-host',
  'timeout',
  'retries',
  'format',
  'wheel-dir',
];

export function pipProgram(catalog: Catalog): Program {
  return (argv, io) => {
    const env = findPython(io, argv[0] ?? 'pip');
    if (!env) {
      io.stderr(`${argv[0] ?? 'pip'}: Python is not installed in this image\n`);
      return 127;
    }
    return runPip(argv.slice(1), io, catalog, env);
  };
}

function truthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0';
}

export function runPip(args: string[], io: ProgramIO, catalog: Catalog, env: PythonEnv): number {
  const parsed = parseArgs(args, { short: SHORT, takesValue: TAKES_VALUE });
  if (hasOption(parsed, 'version', 'V')) {
    io.stdout(`pip ${pipVersion(io, env)} from ${env.sitePackages}/pip (python ${env.minor})\n`);
    return 0;
  }
  const [command, ...operands] = parsed.operands;
  const notice = () =>
    pipVersionNotice(io, {
      sitePip: findDist(io.fs, [env.sitePackages], 'pip')?.version,
      python: env.python,
      pythonMinor: env.minor,
      quiet: countOption(parsed, 'quiet'),
      disabled: hasOption(parsed, 'disable-pip-version-check'),
      noIndex: hasOption(parsed, 'no-index'),
    });
  switch (command) {
    case 'install': {
      const code = install(io, catalog, env, parsed, operands);
      if (code === 0) notice();
      return code;
    }
    case 'wheel':
      return install(io, catalog, env, parsed, operands, optionValue(parsed, 'wheel-dir') ?? '.');
    case 'uninstall':
      return uninstall(io, env, operands, hasOption(parsed, 'yes'), parsed);
    case 'freeze':
      for (const dist of sortedDists(io, env).filter(
        (d) =>
          hasOption(parsed, 'all') ||
          !['pip', 'setuptools', 'wheel', 'distribute'].includes(canonical(d.name)),
      )) {
        io.stdout(`${dist.name}==${dist.version}\n`);
      }
      return 0;
    case 'list': {
      const dists = sortedDists(io, env);
      const nw = Math.max(7, ...dists.map((d) => d.name.length));
      const vw = Math.max(7, ...dists.map((d) => d.version.length));
      io.stdout(
        `${'Package'.padEnd(nw)} ${'Version'.padEnd(vw)}\n${'-'.repeat(nw)} ${'-'.repeat(vw)}\n`,
      );
      for (const d of dists) io.stdout(`${d.name.padEnd(nw)} ${d.version}\n`);
      notice();
      return 0;
    }
    case 'show':
      return show(io, env, operands);
    case 'cache':
      if (operands[0] === 'purge' || operands[0] === 'remove') {
        const dir = cacheDir(io, parsed);
        if (dir) removePackagePaths(io.fs, [dir]);
        io.stdout('Files removed: 0\n');
      }
      return 0;
    case undefined:
      io.stdout('\nUsage:   \n  pip <command> [options]\n');
      return 0;
    default:
      io.stderr(`ERROR: unknown command "${command}"\n`);
      return 1;
  }
}

function pipVersion(io: ProgramIO, env: PythonEnv): string {
  return (
    findDist(io.fs, [env.sitePackages, ...(env.distPackages ? [env.distPackages] : [])], 'pip')
      ?.version ?? NEWEST_PIP
  );
}

function sortedDists(io: ProgramIO, env: PythonEnv) {
  const sites = [env.sitePackages, ...(env.distPackages ? [env.distPackages] : [])];
  return installedDists(io.fs, sites).sort((a, b) =>
    a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1,
  );
}

function cacheDir(io: ProgramIO, parsed: ReturnType<typeof parseArgs>): string | undefined {
  const noCacheEnv = io.env.PIP_NO_CACHE_DIR;
  // pip reads PIP_NO_CACHE_DIR=1, =true and even =off as "no cache" (a known quirk).
  if (hasOption(parsed, 'no-cache-dir') || (noCacheEnv !== undefined && noCacheEnv !== ''))
    return undefined;
  const dir = optionValue(parsed, 'cache-dir') ?? io.env.PIP_CACHE_DIR;
  if (dir) return absolute(io.cwd, dir);
  return `${io.env.HOME ?? io.user.home}/.cache/pip`;
}

function install(
  io: ProgramIO,
  catalog: Catalog,
  env: PythonEnv,
  parsed: ReturnType<typeof parseArgs>,
  operands: string[],
  wheelDir?: string,
): number {
  const requirements: Requirement[] = [];
  const constraints: Requirement[] = [];
  // pip reads constraint files (-c, PIP_CONSTRAINT) before requirement files.
  const constraintFiles = [
    ...optionValues(parsed, 'constraint'),
    ...(io.env.PIP_CONSTRAINT ?? '').split(/\s+/).filter(Boolean),
  ];
  for (const file of constraintFiles) {
    const read = readRequirementsFile(io.fs, io.cwd, file);
    if (!read.ok) {
      io.stderr(`${read.error}\n`);
      return 1;
    }
    constraints.push(...read.requirements, ...read.constraints);
  }
  for (const file of optionValues(parsed, 'requirement')) {
    const read = readRequirementsFile(io.fs, io.cwd, file);
    if (!read.ok) {
      io.stderr(`${read.error}\n`);
      return 1;
    }
    requirements.push(...read.requirements);
    constraints.push(...read.constraints);
    if (read.skipped.length > 0)
      io.note(
        `pip: ${read.skipped.join(', ')}: local, editable and VCS requirements are not modelled and were skipped.`,
      );
  }
  const wheelFiles = operands.filter((o) => o.endsWith('.whl'));
  for (const file of wheelFiles) {
    const req = wheelFileRequirement(file, io.cwd);
    if (!req || !wheelFileExists(io, file)) {
      io.stderr(
        `WARNING: Requirement '${file}' looks like a filename, but the file does not exist\nERROR: [Errno 2] No such file or directory: '${absolute(io.cwd, file)}'\n`,
      );
      return 1;
    }
    requirements.push(req);
  }
  operands = operands.filter((o) => !o.endsWith('.whl'));
  const localPaths = [
    ...operands.filter(isLocalPath).map((path) => ({ path, editable: false })),
    ...optionValues(parsed, 'editable').map((path) => ({ path, editable: true })),
  ];
  for (const operand of operands.filter((o) => !isLocalPath(o))) {
    const req = parseRequirement(operand);
    if (req) requirements.push(req);
    else
      io.note(
        `pip install ${operand}: local paths, URLs and VCS requirements are not modelled and were skipped.`,
      );
  }
  if (requirements.length === 0 && localPaths.length === 0) {
    if (
      operands.length > 0 ||
      optionValues(parsed, 'requirement').length > 0 ||
      optionValues(parsed, 'editable').length > 0
    )
      return 0;
    io.stderr(
      'ERROR: You must give at least one requirement to install (see "pip help install")\n',
    );
    return 1;
  }
  const quietWheel = countOption(parsed, 'quiet');
  if (wheelDir !== undefined)
    return pipInstall(io, catalog, env, {
      requirements,
      constraints,
      wheelDir,
      upgrade: true,
      cacheDir: cacheDir(io, parsed),
      // What is installed does not matter to pip wheel: look for dists where there are none.
      site: absolute(io.cwd, wheelDir),
      binDir: env.binDir,
      otherSites: [],
      noDeps: hasOption(parsed, 'no-deps'),
      warnScriptLocation: false,
      quiet: quietWheel,
      userOrVenv: false,
      rootWarning: false,
      dialect: pipDialect(pipVersion(io, env)),
    });
  let user = hasOption(parsed, 'user');
  const target = optionValue(parsed, 'target');
  if (user && env.venv) {
    io.stderr(
      "ERROR: Can not perform a '--user' install. User site-packages are not visible in this virtualenv.\n",
    );
    return 1;
  }
  const marker = externallyManaged(io.fs, env);
  const breakSystem =
    hasOption(parsed, 'break-system-packages') || truthy(io.env.PIP_BREAK_SYSTEM_PACKAGES);
  if (marker && !breakSystem && target === undefined) {
    io.stderr(externallyManagedError(readText(io.fs, marker), env.minor));
    io.note(
      "Debian's Python is managed by apt (PEP 668): use a virtual environment (python3 -m venv /opt/venv), install python3-<name> with apt, or pass --break-system-packages.",
    );
    return 1;
  }
  const home = io.env.HOME ?? io.user.home;
  let cache = cacheDir(io, parsed);
  const quiet = countOption(parsed, 'quiet');
  if (cache !== undefined && !dirWritable(io.fs, cache)) {
    io.stderr(cacheDisabledWarning(cache));
    cache = undefined;
  }
  if (
    !user &&
    target === undefined &&
    userSiteEnabled(io, env) &&
    !dirWritable(io.fs, env.sitePackages)
  ) {
    if (quiet === 0) io.stdout(DEFAULTING_TO_USER);
    user = true;
  }
  const site = target
    ? absolute(io.cwd, target)
    : user
      ? `${home}/.local/lib/python${env.minor}/site-packages`
      : env.sitePackages;
  const rootAction = optionValue(parsed, 'root-user-action') ?? io.env.PIP_ROOT_USER_ACTION;
  const local = prepareLocal(io, env, localPaths, quiet);
  if (!local) return 1;
  return pipInstall(io, catalog, env, {
    local,
    requirements,
    constraints,
    upgrade: hasOption(parsed, 'upgrade'),
    cacheDir: cache,
    site,
    binDir: user ? `${home}/.local/bin` : env.binDir,
    otherSites: [env.sitePackages, ...(env.distPackages ? [env.distPackages] : [])].filter(
      (s) => s !== site,
    ),
    noDeps: hasOption(parsed, 'no-deps'),
    warnScriptLocation: !hasOption(parsed, 'no-warn-script-location'),
    quiet,
    userOrVenv: user || env.venv !== undefined,
    rootWarning: io.user.uid === 0 && !env.venv && rootAction !== 'ignore',
    dialect: pipDialect(pipVersion(io, env)),
  });
}

function uninstall(
  io: ProgramIO,
  env: PythonEnv,
  names: string[],
  yes: boolean,
  parsed: ReturnType<typeof parseArgs>,
): number {
  const marker = externallyManaged(io.fs, env);
  if (
    marker &&
    !hasOption(parsed, 'break-system-packages') &&
    !truthy(io.env.PIP_BREAK_SYSTEM_PACKAGES)
  ) {
    io.stderr(externallyManagedError(readText(io.fs, marker), env.minor));
    return 1;
  }
  for (const name of names) {
    const dist = findDist(io.fs, [env.sitePackages], name);
    if (!dist) {
      io.stderr(`WARNING: Skipping ${name} as it is not installed.\n`);
      continue;
    }
    io.stdout(`Found existing installation: ${dist.name} ${dist.version}\n`);
    io.stdout(`Uninstalling ${dist.name}-${dist.version}:\n`);
    if (!yes) {
      io.stdout(
        `  Would remove:\n    ${dist.site}/${dist.name}-${dist.version}.dist-info/*\nProceed (Y/n)? `,
      );
      io.stderr('ERROR: Exception:\nEOFError: EOF when reading a line\n');
      io.note('pip uninstall asks for confirmation, and a Docker build cannot answer: pass -y.');
      return 2;
    }
    const files = recordedFiles(io.fs, dist);
    removeTree(io.fs, dist.distInfo);
    removePackagePaths(io.fs, files, dist.site);
    io.stdout(`  Successfully uninstalled ${dist.name}-${dist.version}\n`);
  }
  return 0;
}

function show(io: ProgramIO, env: PythonEnv, names: string[]): number {
  const sites = [env.sitePackages, ...(env.distPackages ? [env.distPackages] : [])];
  const all = installedDists(io.fs, sites);
  const found = names.map((n) => findDist(io.fs, sites, n)).filter((d) => d !== undefined);
  if (found.length === 0) {
    io.stderr(`WARNING: Package(s) not found: ${names.join(', ')}\n`);
    return 1;
  }
  io.stdout(
    found
      .map((d) => {
        const requiredBy = all
          .filter((o) => o.requires.some((r) => canonical(r) === canonical(d.name)))
          .map((o) => o.name);
        return [
          `Name: ${d.name}`,
          `Version: ${d.version}`,
          `Summary: ${d.summary}`,
          'Home-page: ',
          'Author: ',
          'Author-email: ',
          'License: ',
          `Location: ${d.site}`,
          `Requires: ${d.requires.join(', ')}`,
          `Required-by: ${requiredBy.join(', ')}`,
        ].join('\n');
      })
      .join('\n---\n') + '\n',
  );
  return 0;
}
