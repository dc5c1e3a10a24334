/**
 * `yarn global add <pkg>` (Yarn classic 1.22): the packages are added to Yarn's global
 * project (`/usr/local/share/.config/yarn/global` for root, `~/.config/yarn/global` for
 * others: a package.json, yarn.lock and node_modules of its own) and their binaries linked
 * into the global bin folder (`/usr/local/bin` for root, `~/.yarn/bin` for others), where
 * PATH finds them. Yarn reports `success Installed "name@version" with binaries:` instead of
 * saving a lockfile (`warning "name@version" has no binaries` for a package without any).
 * `yarn global list|remove|bin|dir` are not modelled.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { ensureDir, exists, readText, writeText } from '../common/fs-helpers';
import type { ResolvedPackage } from './node-modules';

export interface InstallMode {
  /** The word after `yarn` in the header line (`yarn upgrade v1.22.22`). */
  header?: string;
  /** Called with the installed packages before `Done in`, instead of `success Saved lockfile.` */
  installed?: (packages: ResolvedPackage[]) => void;
}

type Install = (
  io: ProgramIO,
  catalog: Catalog,
  args: string[],
  adding: string[],
  mode: InstallMode,
) => number;

/** Yarn's global folders for this user: [global project, bin folder]. */
export function yarnGlobalDirs(io: ProgramIO): [string, string] {
  if (io.user.uid === 0) return ['/usr/local/share/.config/yarn/global', '/usr/local/bin'];
  const home = io.env.HOME ?? io.user.home;
  return [`${home}/.config/yarn/global`, `${home}/.yarn/bin`];
}

export function yarnGlobal(
  io: ProgramIO,
  catalog: Catalog,
  args: string[],
  operands: string[],
  install: Install,
): number {
  const [sub, ...specs] = operands;
  if (sub !== 'add') {
    io.stderr(
      `error Invalid subcommand. Try "add, bin, dir, ls, list, remove, upgrade, upgrade-interactive"\n`,
    );
    return 1;
  }
  if (specs.length === 0) {
    io.stdout('yarn global v1.22.22\n');
    io.stderr('error Missing list of packages to add to your project.\n');
    io.stdout(
      'info Visit https://yarnpkg.com/en/docs/cli/global for documentation about this command.\n',
    );
    return 1;
  }
  const [globalDir, binDir] = yarnGlobalDirs(io);
  ensureDir(io.fs, globalDir);
  if (!exists(io.fs, `${globalDir}/package.json`))
    writeText(io.fs, `${globalDir}/package.json`, '{}\n');
  const names = specs.map(nameOf);
  const globalIo: ProgramIO = Object.create(io, { cwd: { value: globalDir } }) as ProgramIO;
  return install(globalIo, catalog, args, specs, {
    header: 'global',
    installed: (packages) => {
      for (const name of names) {
        const found = packages.find((p) => p.name === name);
        if (!found) continue;
        const bins = linkGlobalBins(io, globalDir, binDir, name);
        if (bins.length === 0) {
          io.stderr(`warning "${name}@${found.version}" has no binaries\n`);
          continue;
        }
        io.stdout(`success Installed "${name}@${found.version}" with binaries:\n`);
        for (const bin of bins) io.stdout(`      - ${bin}\n`);
      }
    },
  });
}

/** `@vue/cli@5` → `@vue/cli`; `nodemon` → `nodemon`. */
export function nameOf(spec: string): string {
  const at = spec.lastIndexOf('@');
  return at > 0 ? spec.slice(0, at) : spec;
}

/** Links the package's binaries (node_modules/.bin entries) into the bin folder. */
function linkGlobalBins(io: ProgramIO, globalDir: string, binDir: string, name: string): string[] {
  const modules = `${globalDir}/node_modules`;
  const listed = io.fs.readdir(`${modules}/.bin`);
  if (!listed.ok) return [];
  const bins: string[] = [];
  for (const bin of listed.value) {
    const link = io.fs.lstat(`${modules}/.bin/${bin}`);
    if (!link.ok || link.value.node.kind !== 'symlink') continue;
    const target = link.value.node.target;
    if (!target.startsWith(`../${name}/`)) continue;
    ensureDir(io.fs, binDir);
    const at = `${binDir}/${bin}`;
    if (io.fs.lstat(at).ok) io.fs.remove(at);
    io.fs.symlink(`${modules}/${target.slice(3)}`, at);
    bins.push(bin);
  }
  return bins.sort();
}

/** The global project's package.json, as Yarn leaves it (for tests and `yarn global list`). */
export function globalManifest(io: ProgramIO): string | undefined {
  return readText(io.fs, `${yarnGlobalDirs(io)[0]}/package.json`);
}
