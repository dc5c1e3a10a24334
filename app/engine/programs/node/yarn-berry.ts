/**
 * Yarn Berry (3.x and 4.x) once yarn.ts has found that the project asks for it (see
 * yarn-berry-version.ts): install (also what a bare `yarn` does), add, workspaces focus,
 * run/<script>, node, exec, set version, config get/set, cache clean and plugin import. The
 * commands print Berry's report to stdout, as a build log shows it.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { readText, removeTree, writeText } from '../common/fs-helpers';
import { readJson, type PackageJson } from './project';
import { berryConfig, projectDir, setYarnrcValue, yarnSetting } from './yarn-berry-config';
import { berryInstall, INSTALL_USAGE, type BerryContext } from './yarn-berry-install';
import { BerryReport } from './yarn-berry-report';
import { berryExec, berryRun } from './yarn-berry-run';
import { setVersion } from './yarn-berry-set-version';
import { berryMajor } from './yarn-berry-version';

const FOCUS_USAGE = '$ yarn workspaces focus [--json] [--production] [-A,--all] ...';

export interface BerryRun {
  version: string;
  /** Corepack runs this Yarn (it sets COREPACK_ROOT), rather than a yarnPath release. */
  viaCorepack: boolean;
}

export function berryProgram(
  catalog: Catalog,
  args: string[],
  io: ProgramIO,
  run: BerryRun,
): number {
  const major = berryMajor(run.version);
  const project = projectDir(io);
  const ctx: BerryContext = {
    version: run.version,
    major,
    project,
    config: berryConfig(io, project, major),
  };
  const flags = new Set(args.filter((a) => a.startsWith('-')));
  const operands = args.filter((a) => !a.startsWith('-'));
  const command = args[0] !== undefined && !args[0].startsWith('-') ? args[0] : undefined;
  if (command === undefined && (flags.has('--version') || flags.has('-v'))) {
    io.stdout(`${run.version}\n`);
    return 0;
  }
  switch (command ?? 'install') {
    case 'install':
      return install(io, catalog, ctx, flags);
    case 'add':
      return add(io, catalog, ctx, operands.slice(1), flags);
    case 'workspaces':
      return workspaces(io, catalog, ctx, operands.slice(1), flags);
    case 'run':
      return berryRun(io, project, args[1], args.slice(2));
    case 'node':
      return berryExec(io, project, ['node', ...args.slice(1)]);
    case 'exec':
      return berryExec(io, project, ['sh', '-c', args.slice(1).join(' ')]);
    case 'set':
      if (operands[1] === 'version')
        return setVersion(io, project, operands[2], {
          viaCorepack: run.viaCorepack,
          forceYarnPath: flags.has('--yarn-path'),
        });
      break;
    case 'config':
      return config(io, project, operands.slice(1), flags);
    case 'cache':
      if (operands[1] === 'clean') return cacheClean(io, ctx, flags.has('--all'));
      break;
    case 'plugin':
      return plugin(io, ctx, operands.slice(1));
    case 'dlx':
    case 'up':
    case 'upgrade-interactive':
    case 'npm':
    case 'pack':
    case 'dedupe':
    case 'rebuild':
      io.note(`yarn ${command}: this Yarn ${major} command is not modelled; nothing was done.`);
      return 0;
    default:
      return berryRun(io, project, command, args.slice(1));
  }
  io.note(`yarn ${args.join(' ')}: this Yarn ${major} command is not modelled; nothing was done.`);
  return 0;
}

function install(io: ProgramIO, catalog: Catalog, ctx: BerryContext, flags: Set<string>): number {
  // Yarn 1's options are refused or redirected, in a report of their own (no footer).
  if (flags.has('--production') || flags.has('--prod')) {
    io.stdout(
      "➤ YN0050: The --production option is deprecated on 'install'; use 'yarn workspaces focus' instead\n",
    );
    return 1;
  }
  if (flags.has('--frozen-lockfile'))
    io.stdout(
      '➤ YN0050: The --frozen-lockfile option is deprecated; use --immutable and/or --immutable-cache instead\n',
    );
  if (flags.has('--immutable-cache') || flags.has('--check-cache'))
    io.note(
      '--immutable-cache and --check-cache are accepted: the modelled cache always matches the lockfile.',
    );
  return berryInstall(io, catalog, ctx, {
    immutable:
      flags.has('--immutable') ||
      flags.has('--frozen-lockfile') ||
      (ctx.config.enableImmutableInstalls && !flags.has('--no-immutable')),
    production: false,
    persist: true,
    usage: INSTALL_USAGE,
  });
}

function add(
  io: ProgramIO,
  catalog: Catalog,
  ctx: BerryContext,
  specs: string[],
  flags: Set<string>,
): number {
  const path = `${ctx.project === '/' ? '' : ctx.project}/package.json`;
  const read = readJson<PackageJson>(io.fs, path);
  if (read.ok && specs.length > 0) {
    const manifest = read.value;
    const field = flags.has('-D') || flags.has('--dev') ? 'devDependencies' : 'dependencies';
    for (const spec of specs) {
      const at = spec.lastIndexOf('@');
      const name = at > 0 ? spec.slice(0, at) : spec;
      const known =
        catalog.package('npm', name)?.version ?? catalog.plausiblePackage('npm', name).version;
      manifest[field] = {
        ...(manifest[field] ?? {}),
        [name]: at > 0 ? spec.slice(at + 1) : `^${known}`,
      };
    }
    writeText(io.fs, path, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return berryInstall(io, catalog, ctx, {
    immutable: false,
    production: false,
    persist: true,
    usage:
      '$ yarn add [--json] [-F,--fixed] [-E,--exact] [-T,--tilde] [-C,--caret] [-D,--dev] [-P,--peer] [-O,--optional] [--prefer-dev] [-i,--interactive] [--cached] [--mode #0] ...',
  });
}

function hasWorkspaceTools(ctx: BerryContext): boolean {
  return ctx.major >= 4 || ctx.config.plugins.some((p) => p.includes('plugin-workspace-tools'));
}

function workspaces(
  io: ProgramIO,
  catalog: Catalog,
  ctx: BerryContext,
  rest: string[],
  flags: Set<string>,
): number {
  if (rest[0] !== 'focus') {
    io.note(`yarn workspaces ${rest.join(' ')}: only "workspaces focus" is modelled.`);
    return 0;
  }
  if (!hasWorkspaceTools(ctx)) {
    // Yarn 3 ships focus in a plugin; without it Clipanion knows no such command.
    // (Wording from memory: Clipanion's "Command not found" with its nearest suggestion.)
    io.stdout(
      'Unknown Syntax Error: Command not found; did you mean:\n\n$ yarn workspaces list [--since] [-R,--recursive] [--no-private] [-v,--verbose] [--json]\n',
    );
    io.note(
      'Yarn 3 needs the workspace-tools plugin for "workspaces focus": `yarn plugin import workspace-tools`.',
    );
    return 1;
  }
  if (rest.length > 1 || flags.has('--all') || flags.has('-A'))
    io.note('Focusing named workspaces is not modelled: the root workspace was focused.');
  return berryInstall(io, catalog, ctx, {
    immutable: ctx.config.enableImmutableInstalls,
    production: flags.has('--production'),
    persist: false,
    usage: FOCUS_USAGE,
  });
}

function config(io: ProgramIO, project: string, rest: string[], flags: Set<string>): number {
  const [verb, key, value] = rest;
  if (verb === 'get' && key !== undefined) {
    io.stdout(`${yarnSetting(io, project, key) ?? 'undefined'}\n`);
    return 0;
  }
  if (verb === 'set' && key !== undefined && value !== undefined) {
    const home = flags.has('-H') || flags.has('--home');
    const rc = home
      ? `${io.env.HOME ?? io.user.home}/.yarnrc.yml`
      : `${project === '/' ? '' : project}/.yarnrc.yml`;
    writeText(io.fs, rc, setYarnrcValue(readText(io.fs, rc) ?? '', key, value));
    // Yarn prints the value as Node's util.inspect shows it: strings in single quotes.
    io.stdout(
      `➤ YN0000: Successfully set ${key} to ${/^(true|false|\d+)$/.test(value) ? value : `'${value}'`}\n`,
    );
    return 0;
  }
  io.note(`yarn config ${rest.join(' ')}: only get and set are modelled.`);
  return 0;
}

function cacheClean(io: ProgramIO, ctx: BerryContext, all: boolean): number {
  const report = new BerryReport(io, ctx.major, false);
  removeTree(io.fs, ctx.config.cacheDir);
  if (all) removeTree(io.fs, `${io.env.HOME ?? io.user.home}/.yarn/berry/cache`);
  return report.footer();
}

function plugin(io: ProgramIO, ctx: BerryContext, rest: string[]): number {
  const name = rest[1]?.replace(/^@yarnpkg\/plugin-/, '');
  if (rest[0] !== 'import' || name === undefined) {
    io.note(`yarn plugin ${rest.join(' ')}: only "plugin import" is modelled.`);
    return 0;
  }
  if (ctx.major >= 4 && name === 'workspace-tools') {
    io.note('Yarn 4 has workspace-tools built in: importing it is not needed; nothing was done.');
    return 0;
  }
  const report = new BerryReport(io, ctx.major, false);
  const relative = `.yarn/plugins/@yarnpkg/plugin-${name}.cjs`;
  const dir = ctx.project === '/' ? '' : ctx.project;
  report.info(0, `Saving the new plugin in ${relative}`);
  writeText(io.fs, `${dir}/${relative}`, `/* @yarnpkg/plugin-${name} (modelled) */\n`);
  const rc = `${dir}/.yarnrc.yml`;
  const text = readText(io.fs, rc) ?? '';
  const entry = `  - path: ${relative}\n    spec: "@yarnpkg/plugin-${name}"\n`;
  writeText(
    io.fs,
    rc,
    /^plugins:/m.test(text)
      ? text.replace(/^plugins:\n/m, `plugins:\n${entry}`)
      : `${text}${text === '' || text.endsWith('\n\n') ? '' : '\n'}plugins:\n${entry}`,
  );
  report.spend(350);
  io.note(
    'The plugin was not downloaded: its file is a stand-in (and the download line Yarn prints is not shown).',
  );
  return report.footer();
}
