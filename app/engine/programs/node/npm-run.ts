/**
 * `npm run <script>`, `npm start`, `npm test`: the script from package.json runs through
 * the shell (sh -c) with node_modules/.bin first on PATH, after npm's "> name@version
 * script" banner. `npm start` without a start script runs `node server.js`, as npm does.
 */
import type { ProgramIO } from '../../shell/program';
import { exists } from '../common/fs-helpers';
import { defaultCache } from './npm-config';
import { logLine, npmError } from './npm-messages';
import { readJson, type PackageJson } from './project';

export function runScript(io: ProgramIO, name: string | undefined, args: string[]): number {
  const dir = io.cwd === '/' ? '' : io.cwd;
  const read = readJson<PackageJson>(io.fs, `${dir}/package.json`);
  if (!read.ok) {
    io.stderr(
      npmError([
        'code ENOENT',
        'syscall open',
        `path ${dir}/package.json`,
        'errno -2',
        `enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${dir}/package.json'`,
        'enoent This is related to npm not being able to find a file.',
        'enoent',
        logLine(io.now, defaultCache(io)),
      ]),
    );
    return 254;
  }
  const manifest = read.value;
  const scripts = manifest.scripts ?? {};
  if (name === undefined) {
    const names = Object.keys(scripts);
    if (names.length > 0) {
      io.stdout(
        `Lifecycle scripts included in ${manifest.name ?? ''}@${manifest.version ?? ''}:\n`,
      );
      for (const n of names) io.stdout(`  ${n}\n    ${scripts[n]}\n`);
    }
    return 0;
  }
  let script = scripts[name];
  if (script === undefined && name === 'start' && exists(io.fs, `${dir}/server.js`))
    script = 'node server.js';
  if (script === undefined) {
    const hint =
      name === 'start'
        ? [
            '',
            'Did you mean one of these?',
            '  npm star # Mark your favorite packages',
            '  npm stars # View packages marked as favorites',
          ]
        : [];
    io.stderr(
      npmError([
        `Missing script: "${name}"`,
        ...hint,
        '',
        'To see a list of scripts, run:',
        '  npm run',
        logLine(io.now, defaultCache(io)),
      ]),
    );
    return 1;
  }
  // `npm run build -- --prod`: the first `--` only ends npm's own options; the script gets
  // what follows it (`ng build --prod`).
  const separator = args.indexOf('--');
  const passed =
    separator >= 0 ? [...args.slice(0, separator), ...args.slice(separator + 1)] : args;
  const line = [script, ...passed.map(quote)].join(' ');
  const id = `${manifest.name ?? ''}@${manifest.version ?? ''}`;
  io.stdout(`\n> ${id} ${name}\n> ${line}\n\n`);
  const code = runScriptLine(io, line);
  if (code !== 0) {
    io.stderr(
      npmError([
        `Lifecycle script \`${name}\` failed with error:`,
        `code ${code}`,
        `path ${io.cwd}`,
        `workspace ${id}`,
        `location ${io.cwd}`,
        'command failed',
        `command sh -c ${line}`,
      ]),
    );
  }
  return code;
}

/** Runs a script line through sh -c with the project's node_modules/.bin first on PATH. */
export function runScriptLine(io: ProgramIO, line: string): number {
  const bin = `${io.cwd === '/' ? '' : io.cwd}/node_modules/.bin`;
  return io.run(['sh', '-c', `PATH="${bin}:$PATH"; export PATH; ${line}`]);
}

export function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}
