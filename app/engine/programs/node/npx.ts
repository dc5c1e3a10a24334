/**
 * npx and corepack. npx runs a package's bin from node_modules/.bin when the project has it;
 * fetching a package to run once is not modelled (a note says so). `corepack enable` links
 * pnpm and yarn shims into node's bin directory, as it does in node images (replacing the
 * images' own yarn links); `corepack prepare|install yarn@<version>` fetches a Yarn release.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { exists } from '../common/fs-helpers';
import { corepackInstall, markKnownGood } from './pnpm-version';
import { resolveYarnSpec } from './yarn-berry-set-version';
import { corepackFetchYarn } from './yarn-berry-version';

export const npxProgram: Program = (argv, io) => {
  const args = argv.slice(1).filter((a) => a !== '--yes' && a !== '-y');
  const [name, ...rest] = args;
  if (name === undefined) {
    io.stderr('npm error npx: you must provide a command to run\n');
    return 1;
  }
  const bin = `${io.cwd === '/' ? '' : io.cwd}/node_modules/.bin/${name.replace(/@[^/]*$/, '')}`;
  if (exists(io.fs, bin)) return io.run([bin, ...rest]);
  io.note(`npx ${name}: downloading and running a package once is not modelled; nothing ran.`);
  return 0;
};

export const corepackProgram: Program = (argv, io) => {
  const [command, ...rest] = argv.slice(1);
  if (command === 'enable') {
    const names = rest.length > 0 ? rest : ['pnpm', 'pnpx', 'yarn', 'yarnpkg'];
    for (const name of names) {
      const path = `/usr/local/bin/${name}`;
      const tool = name.startsWith('pnp') ? 'pnpm' : 'yarn';
      const target = `../lib/node_modules/corepack/dist/${name === 'pnpx' ? 'pnpx' : name === 'yarnpkg' ? 'yarnpkg' : tool}.js`;
      const current = io.fs.lstat(path);
      if (current.ok) {
        // Corepack replaces a link to anything else (node images link yarn to /opt/yarn-v1.22.22).
        const link = current.value.node;
        if (link.kind !== 'symlink' || link.target === target) continue;
        io.fs.remove(path);
      }
      io.fs.symlink(target, path);
    }
    return 0;
  }
  if (command === 'disable') return 0;
  if (command === 'prepare' || command === 'install') {
    const yarn = rest.find((a) => a.startsWith('yarn@'));
    if (yarn) return prepareYarn(io, command, yarn.slice(5), rest.includes('--activate'));
    const spec = rest.find((a) => a.startsWith('pnpm@'));
    const version = spec ? /^pnpm@(\d+\.\d+\.\d+)/.exec(spec)?.[1] : undefined;
    if (version) {
      const downloaded = corepackInstall(io, version, false);
      if (command === 'install' || rest.includes('--activate')) markKnownGood(io, version);
      if (command === 'install' && downloaded)
        io.stdout(`Adding pnpm@${version} to the cache...\n`);
      return 0;
    }
  }
  if (command === '--version' || command === '-v') {
    io.stdout('0.34.0\n');
    return 0;
  }
  io.note(
    `corepack ${[command, ...rest].join(' ')}: preparing package manager versions is not modelled.`,
  );
  return 0;
};

/** `corepack prepare yarn@4.5.3 --activate`, `corepack install -g yarn@stable`. */
function prepareYarn(io: ProgramIO, command: string, spec: string, activate: boolean): number {
  const version = resolveYarnSpec(spec.replace(/\+.*$/, ''));
  if (version === undefined) {
    io.note(`corepack ${command} yarn@${spec}: Layercake cannot tell which release that names.`);
    return 0;
  }
  if (command === 'prepare' && activate)
    io.stdout(`Preparing yarn@${spec} for immediate activation...\n`);
  const downloaded = corepackFetchYarn(io, version, false);
  if (command === 'install' && downloaded) io.stdout(`Adding yarn@${version} to the cache...\n`);
  if (command === 'install' || activate) markKnownGood(io, version, 'yarn');
  return 0;
}
