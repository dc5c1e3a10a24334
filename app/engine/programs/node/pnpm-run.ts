/**
 * `pnpm run <script>`, `pnpm <script>`, `pnpm start`: the script from package.json through
 * npm's runner (sh -c, node_modules/.bin first on PATH) after pnpm's banner, which names the
 * project folder ("> web@0.1.0 build /app"). pnpm's messages go to stdout.
 */
import type { ProgramIO } from '../../shell/program';
import { exists, findOnPath, isDir } from '../common/fs-helpers';
import { quote, runScriptLine } from './npm-run';
import { readJson, type PackageJson } from './project';

export function pnpmError(code: string, lines: readonly string[]): string {
  return ` ${code}  ${lines.join('\n')}\n`;
}

export function noManifest(cwd: string): string {
  return pnpmError('ERR_PNPM_NO_IMPORTER_MANIFEST_FOUND', [
    `No package.json (or package.yaml, or package.json5) was found in "${cwd}".`,
  ]);
}

export function pnpmRun(io: ProgramIO, name: string | undefined, args: string[]): number {
  const dir = io.cwd === '/' ? '' : io.cwd;
  const read = readJson<PackageJson>(io.fs, `${dir}/package.json`);
  if (!read.ok) {
    io.stdout(noManifest(io.cwd));
    return 1;
  }
  const scripts = read.value.scripts ?? {};
  if (name === undefined) {
    const names = Object.keys(scripts);
    if (names.length > 0) {
      io.stdout('Lifecycle scripts:\n');
      for (const n of names) io.stdout(`  ${n}\n    ${scripts[n]}\n`);
    }
    return 0;
  }
  const script =
    scripts[name] ??
    (name === 'start' && exists(io.fs, `${dir}/server.js`) ? 'node server.js' : undefined);
  if (script === undefined) {
    io.stdout(
      name === 'start'
        ? pnpmError('ERR_PNPM_NO_SCRIPT_OR_SERVER', ['Missing script start or file server.js'])
        : `${pnpmError('ERR_PNPM_NO_SCRIPT', [`Missing script: ${name}`])}\nCommand "${name}" not found.\n`,
    );
    return 1;
  }
  const line = [script, ...args.map(quote)].join(' ');
  const id = `${read.value.name ?? ''}@${read.value.version ?? ''}`;
  io.stdout(`\n> ${id} ${name} ${io.cwd}\n> ${line}\n\n`);
  const code = runScriptLine(io, line);
  if (code !== 0) {
    io.stdout(pnpmError('ELIFECYCLE', [`Command failed with exit code ${code}.`]));
    if (!isDir(io.fs, `${dir}/node_modules`))
      io.stdout(
        ' WARN   Local package.json exists, but node_modules missing, did you mean to install?\n',
      );
  }
  return code;
}

/** `pnpm exec <command>`: a bin from node_modules/.bin (else PATH), with .bin first on PATH. */
export function pnpmExec(io: ProgramIO, command: string | undefined, args: string[]): number {
  if (command === undefined) {
    io.note('pnpm exec without a command: what pnpm prints here is not modelled.');
    return 1;
  }
  const dir = io.cwd === '/' ? '' : io.cwd;
  const local = `${dir}/node_modules/.bin/${command}`;
  if (!exists(io.fs, local) && !findOnPath(io.fs, io.env, command)) {
    io.stdout(pnpmError('ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL', [`Command "${command}" not found`]));
    return 1;
  }
  return runScriptLine(io, [exists(io.fs, local) ? local : command, ...args].map(quote).join(' '));
}
