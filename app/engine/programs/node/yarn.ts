/**
 * Yarn classic (1.22, as node images ship it): `yarn install` with its four steps, a
 * yarn.lock, --frozen-lockfile refusing a lockfile that needs changes, --production, and
 * `yarn <script>` / `yarn run <script>` through npm's script runner. A project that asks for
 * Yarn Berry (a yarnPath release, or corepack's shim with a "packageManager" pin) gets it
 * instead (yarn-berry*.ts); Yarn 1.22 outside corepack refuses a project pinned to another
 * package manager, as 1.22.20+ does.
 */
import type { Catalog } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { exists, readText, writeText } from '../common/fs-helpers';
import {
  resolveTree,
  tarballUrl,
  integrityOf,
  writeNodeModules,
  type ResolvedPackage,
} from './node-modules';
import { runScript } from './npm-run';
import { nameOf, yarnGlobal, type InstallMode } from './yarn-global';
import { yarnRunScript } from './yarn-run';
import { readJson, type PackageJson } from './project';
import { writeBlob } from '../common/fs-helpers';
import { berryProgram } from './yarn-berry';
import { projectDir } from './yarn-berry-config';
import { setVersion } from './yarn-berry-set-version';
import { packageManagerPin, whichYarn } from './yarn-berry-version';

export function yarnProgram(catalog: Catalog): Program {
  return (argv, io) => {
    const args = argv.slice(1);
    const operands = args.filter((a) => !a.startsWith('-'));
    const which = whichYarn(io, argv[0] ?? 'yarn');
    if (which.kind === 'berry') return berryProgram(catalog, args, io, which);
    if (which.kind === 'missing-release') return io.run(['node', which.path, ...args]);
    if (which.kind === 'other-manager') {
      io.stdout(
        `Usage Error: This project is configured to use ${which.name} because ${which.manifest} has a "packageManager" field\n`,
      );
      return 1;
    }
    if (args[0] === '--version' || args[0] === '-v') {
      io.stdout(`${which.version}\n`);
      return 0;
    }
    if (!which.viaCorepack && corepackRequired(io)) return 1;
    if (operands[0] === 'set' && operands[1] === 'version')
      return setVersion(io, projectDir(io), operands[2], {
        viaCorepack: which.viaCorepack,
        forceYarnPath: args.includes('--yarn-path'),
      });
    const command = operands[0] ?? 'install';
    if (command === 'install' || command === 'add')
      return install(io, catalog, args, command === 'add' ? operands.slice(1) : []);
    if (command === 'upgrade') return install(io, catalog, args, [], { header: 'upgrade' });
    if (command === 'global') return yarnGlobal(io, catalog, args, operands.slice(1), install);
    // `yarn run` with no name lists the scripts (npm's listing stands in for Yarn's).
    if (command === 'run' && operands[1] === undefined) return runScript(io, undefined, []);
    if (command === 'run')
      return yarnRunScript(io, operands[1] ?? '', afterName(args, operands[1] ?? ''));
    if (command === 'cache' && operands[1] === 'clean') {
      io.stdout('yarn cache v1.22.22\nsuccess Cleared cache.\nDone in 0.05s.\n');
      return 0;
    }
    return yarnRunScript(io, command, afterName(args, command));
  };
}

/** The arguments after the script's name (`yarn build --prod` passes `--prod`). */
function afterName(args: string[], name: string): string[] {
  return args.slice(args.indexOf(name) + 1);
}

function install(
  io: ProgramIO,
  catalog: Catalog,
  args: string[],
  adding: string[],
  mode: InstallMode = {},
): number {
  const dir = io.cwd === '/' ? '' : io.cwd;
  io.stdout(`yarn ${mode.header ?? (adding.length > 0 ? 'add' : 'install')} v1.22.22\n`);
  const read = readJson<PackageJson>(io.fs, `${dir}/package.json`);
  const manifest: PackageJson = read.ok ? read.value : {};
  for (const spec of adding) {
    // `yarn add express@4`: the range asked for; a bare name gets ^ its newest version.
    const name = nameOf(spec);
    const version =
      catalog.package('npm', name)?.version ?? catalog.plausiblePackage('npm', name).version;
    const range = name === spec ? `^${version}` : spec.slice(name.length + 1);
    manifest.dependencies = { ...(manifest.dependencies ?? {}), [name]: range };
  }
  const production =
    args.includes('--production') || args.includes('--prod') || io.env.NODE_ENV === 'production';
  const requests = [
    ...Object.entries(manifest.dependencies ?? {}).map(([name, range]) => ({
      name,
      range,
      dev: false,
    })),
    ...(production
      ? []
      : Object.entries(manifest.devDependencies ?? {}).map(([name, range]) => ({
          name,
          range,
          dev: true,
        }))),
  ];
  const lockPath = `${dir}/yarn.lock`;
  const lock = readText(io.fs, lockPath);
  if (lock === undefined) io.stdout('info No lockfile found.\n');
  io.stdout('[1/4] Resolving packages...\n');
  const stale = lock !== undefined && requests.some((r) => !lock.includes(`${r.name}@${r.range}`));
  if (stale && (args.includes('--frozen-lockfile') || args.includes('--immutable'))) {
    io.stderr(
      'error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.\n',
    );
    io.stdout(
      'info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.\n',
    );
    return 1;
  }
  const noted = new Set<string>();
  const resolved = resolveTree(io, catalog, requests, (text) => {
    if (!noted.has(text)) io.note(text);
    noted.add(text);
  });
  io.stdout('[2/4] Fetching packages...\n[3/4] Linking dependencies...\n');
  const packages = [...resolved.values()];
  const cache =
    io.env.YARN_CACHE_FOLDER ??
    (io.user.uid === 0
      ? '/usr/local/share/.cache/yarn/v6'
      : `${io.env.HOME ?? io.user.home}/.cache/yarn/v6`);
  writeNodeModules(io, io.cwd, packages, (r) =>
    writeBlob(
      io.fs,
      `${cache}/npm-${r.name.replace('/', '-')}-${r.version}-${integrityOf(r.name, r.version).slice(7, 47).replace(/[/+=]/g, '')}-integrity/node_modules/${r.name}/.yarn-tarball.tgz`,
      `yarn:${r.name}@${r.version}`,
      r.pkg.downloadSize,
    ),
  );
  io.stdout('[4/4] Building fresh packages...\n');
  if (lock === undefined || stale || adding.length > 0 || mode.header === 'upgrade') {
    writeText(io.fs, lockPath, yarnLock(packages, requests));
    if (!mode.installed) io.stdout('success Saved lockfile.\n');
  }
  mode.installed?.(packages);
  if (adding.length > 0 && read.ok)
    writeText(io.fs, `${dir}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  const ms = 900 + packages.length * 50;
  io.spend(ms);
  io.stdout(`Done in ${(ms / 1000).toFixed(2)}s.\n`);
  if (!exists(io.fs, `${dir}/package.json`))
    io.note('yarn found no package.json: nothing was installed.');
  return 0;
}

function yarnLock(
  packages: ResolvedPackage[],
  requests: { name: string; range: string }[],
): string {
  const ranges = new Map<string, Set<string>>();
  for (const r of requests) ranges.set(r.name, new Set([...(ranges.get(r.name) ?? []), r.range]));
  for (const p of packages)
    for (const [dep, range] of Object.entries(p.dependencies))
      ranges.set(dep, new Set([...(ranges.get(dep) ?? []), range]));
  const blocks = [...packages]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((p) => {
      const keys = [...(ranges.get(p.name) ?? new Set([p.version]))]
        .map((r) => `${p.name}@${r}`)
        .join(', ');
      const deps = Object.entries(p.dependencies);
      return (
        `${keys.includes(' ') || keys.includes('^') ? `"${keys.replace(/, /g, '", "')}"` : keys}:\n` +
        `  version "${p.version}"\n  resolved "${tarballUrl(p.name, p.version)}"\n  integrity ${integrityOf(p.name, p.version)}\n` +
        (deps.length > 0
          ? `  dependencies:\n${deps.map(([d, r]) => `    ${d} "${r}"\n`).join('')}`
          : '')
      );
    });
  return `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n${blocks.join('\n')}`;
}

/** Yarn 1.22.20+ outside corepack: a "packageManager" other than yarn 1 is refused. */
function corepackRequired(io: ProgramIO): boolean {
  if (io.env.COREPACK_ROOT || io.env.SKIP_YARN_COREPACK_CHECK) return false;
  const pin = packageManagerPin(io, projectDir(io));
  if (!pin || (pin.name === 'yarn' && pin.version.startsWith('1.'))) return false;
  const named = pin.name === 'yarn' ? pin.raw : `yarn@${pin.raw}`;
  io.stderr(
    `error This project's package.json defines "packageManager": "${named}". However the current global version of Yarn is 1.22.22.\n\n` +
      'Presence of the "packageManager" field indicates that the project is meant to be used with Corepack, a tool included by default with all official Node.js distributions starting from 16.9 and 14.19.\n' +
      'Corepack must currently be enabled by running corepack enable in your terminal. For more information, check out https://yarnpkg.com/corepack.\n',
  );
  return true;
}
