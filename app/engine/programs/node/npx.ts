/**
 * npx and corepack. npx runs a package's bin from node_modules/.bin when the project has it;
 * fetching a package to run once is not modelled (a note says so). `corepack enable` links
 * pnpm and yarn shims into node's bin directory, as it does in node images.
 */
import type { Program } from '../../shell/program';
import { exists } from '../common/fs-helpers';
import { corepackInstall, markKnownGood } from './pnpm-version';

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
      if (io.fs.lstat(path).ok) continue;
      const tool = name.startsWith('pnp') ? 'pnpm' : 'yarn';
      io.fs.symlink(
        `../lib/node_modules/corepack/dist/${name === 'pnpx' ? 'pnpx' : name === 'yarnpkg' ? 'yarnpkg' : tool}.js`,
        path,
      );
    }
    return 0;
  }
  if (command === 'disable') return 0;
  if (command === 'prepare' || command === 'install') {
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
