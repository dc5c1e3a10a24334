/**
 * nest, the NestJS CLI (@nestjs/cli) as a Nest project's `npm run build` runs it: `nest build`
 * compiles with tsc (tsc.ts) from tsconfig.build.json, else tsconfig.json (or nest-cli.json's
 * compilerOptions.tsConfigPath, or -p), after emptying the outDir when nest-cli.json sets
 * deleteOutDir (as `nest new` writes it); so src/main.ts becomes dist/main.js.
 * `nest --version` prints the installed CLI's version. Other commands are not modelled.
 */
import type { Program } from '../../shell/program';
import { resolvePath } from '../../fs/path';
import { isFile, readText, removeTree } from '../common/fs-helpers';
import { installedVersion, readLooseJson } from './installed-tool';
import { tscProgram, tsconfigOutDir } from './tsc';

export const nestProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  if (args.includes('--version') || args.includes('-v')) {
    io.stdout(`${installedVersion(io.fs, io.cwd, '@nestjs/cli') ?? '11.0.14'}\n`);
    return 0;
  }
  if (args[0] !== 'build') {
    io.stderr(
      args[0] === undefined
        ? 'Usage: nest <command> [options]\n'
        : `error: unknown command '${args[0]}'\n`,
    );
    return 1;
  }
  const cliConfig = readLooseJson(readText(io.fs, resolvePath(io.cwd, 'nest-cli.json')) ?? '{}');
  const compiler = (cliConfig?.compilerOptions ?? {}) as Record<string, unknown>;
  const flagAt = Math.max(args.indexOf('-p'), args.indexOf('--path'));
  const named = flagAt > 0 ? args[flagAt + 1] : undefined;
  const tsconfig =
    named ??
    (typeof compiler.tsConfigPath === 'string' ? compiler.tsConfigPath : undefined) ??
    (isFile(io.fs, resolvePath(io.cwd, 'tsconfig.build.json'))
      ? 'tsconfig.build.json'
      : 'tsconfig.json');
  if (!isFile(io.fs, resolvePath(io.cwd, tsconfig))) {
    io.stderr(`Could not find TypeScript configuration file "${tsconfig}".\n`);
    return 1;
  }
  // deleteOutDir (true in the nest-cli.json `nest new` writes): a stale dist/ does not linger.
  const outDir = tsconfigOutDir(io, resolvePath(io.cwd, tsconfig));
  if (compiler.deleteOutDir === true && outDir) removeTree(io.fs, outDir);
  return tscProgram(['tsc', '-p', tsconfig], io);
};
