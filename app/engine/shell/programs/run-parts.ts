/**
 * run-parts (debianutils; BusyBox has an applet): the files of a directory whose names match,
 * in byte order. `--list` prints them, `--test` the executable ones, else each executable one
 * runs and a failure is reported as run-parts reports it (the others still run; status 1).
 * Debian's /etc/profile (trixie) lists /etc/profile.d/*.sh with `--list --regex`. Names match
 * `^[a-zA-Z0-9_-]+$` by default, so `foo.sh` runs only under a --regex that allows the dot.
 */
import { credentialsOf, EXEC, mayAccess } from '../access';
import type { Program } from '../program';
import { abs } from './support';

const DEFAULT_NAMES = /^[a-zA-Z0-9_-]+$/;

export const runParts: Program = (argv, io) => {
  let mode: 'run' | 'list' | 'test' = 'run';
  let names = DEFAULT_NAMES;
  let reverse = false;
  let exitOnError = false;
  const extra: string[] = [];
  const operands: string[] = [];
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [option, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    const value = (): string => inline ?? args[++i] ?? '';
    if (option === '--list') mode = 'list';
    else if (option === '--test') mode = 'test';
    else if (option === '--regex') names = new RegExp(value());
    else if (option === '--reverse') reverse = true;
    else if (option === '--exit-on-error') exitOnError = true;
    else if (option === '-a' || option === '--arg') extra.push(value());
    else if (option === '-u' || option === '--umask') value();
    else if (option === '--report' || option === '--verbose' || option === '-v') continue;
    else if (option === '--') {
      operands.push(...args.slice(i + 1));
      break;
    } else operands.push(arg);
  }
  const dir = operands[0];
  if (dir === undefined) {
    io.note('run-parts was given no directory; its usage message is not modelled.');
    return 1;
  }
  const listed = io.fs.readdir(abs(io, dir));
  if (!listed.ok) {
    io.stderr(`run-parts: failed to open directory ${dir}: No such file or directory\n`);
    return 1;
  }
  const cred = credentialsOf(io.fs, io.user);
  const files = [...listed.value].sort().filter((name) => names.test(name));
  if (reverse) files.reverse();
  let status = 0;
  for (const name of files) {
    const path = `${dir}/${name}`;
    const st = io.fs.stat(abs(io, path));
    if (!st.ok || st.value.node.kind !== 'file') continue;
    const executable = mayAccess(st.value.node, cred, EXEC);
    if (mode === 'list') io.stdout(`${path}\n`);
    else if (!executable) continue;
    else if (mode === 'test') io.stdout(`${path}\n`);
    else {
      const code = io.run([path, ...extra], undefined);
      if (code === 0) continue;
      io.stderr(`run-parts: ${path} exited with return code ${code}\n`);
      status = 1;
      if (exitOnError) break;
    }
  }
  return status;
};
