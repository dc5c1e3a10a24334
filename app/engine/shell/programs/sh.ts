/**
 * sh, bash, dash, ash as programs: `sh -c '...'`, `sh script.sh args`, `bash -eux -o pipefail
 * -c`, and scripts read from stdin (`curl ... | sh`). They start a new shell process through
 * io.runScript, sharing the filesystem and the terminal.
 */
import { STRERROR } from '../../fs/errors';
import { basename } from '../../fs/path';
import type { Program, ProgramIO } from '../program';
import { abs } from './support';

function dialectOf(name: string, io: ProgramIO): 'dash' | 'ash' | 'bash' {
  if (name === 'bash' || name === 'rbash') return 'bash';
  if (name === 'dash') return 'dash';
  if (name === 'ash') return 'ash';
  return io.userland === 'busybox' ? 'ash' : 'dash';
}

export const sh: Program = (argv, io) => {
  const invoked = argv[0] ?? 'sh';
  const dialect = dialectOf(basename(invoked).replace(/^-/, ''), io);
  const args = argv.slice(1);
  const flags: string[] = [];
  let command: string | undefined;
  let readStdin = false;
  // A login shell reads /etc/profile and ~/.profile first; bash skips them with --noprofile.
  let login = invoked.startsWith('-');
  let noProfile = false;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      i++;
      break;
    }
    if (/^--(login|norc|noprofile|posix|noediting|restricted)$/.test(arg) || arg === '--rcfile') {
      if (arg === '--rcfile') i++;
      if (arg === '--login') login = true;
      if (arg === '--noprofile') noProfile = true;
      continue;
    }
    if (!/^[-+][a-zA-Z]+$/.test(arg) && !(arg === '-o' || arg === '+o')) break;
    for (const letter of arg.slice(1)) {
      if (letter === 'c') command = '';
      else if (letter === 's') readStdin = true;
      else if (letter === 'o') flags.push(`${arg[0]}o`, args[++i] ?? '');
      else if (letter === 'l') login = true;
      else if ('ip'.includes(letter)) continue;
      else flags.push(`${arg[0]}${letter}`);
    }
  }
  const operands = args.slice(i);
  const startup = login && !(noProfile && dialect === 'bash');
  if (command !== undefined) {
    const text = operands[0];
    if (text === undefined) {
      io.stderr(
        dialect === 'bash'
          ? `${invoked}: -c: option requires an argument\n`
          : `${invoked}: 0: -c requires an argument\n`,
      );
      return 2;
    }
    return run(io, text, {
      argv0: operands[1] ?? invoked,
      args: operands.slice(2),
      flags,
      commandString: true,
      dialect,
      login: startup,
    });
  }
  if (readStdin || operands.length === 0) {
    return run(io, io.stdin, {
      argv0: invoked,
      args: operands,
      flags,
      commandString: false,
      dialect,
      stdin: '',
      login: startup,
    });
  }
  const [file, ...rest] = operands as [string, ...string[]];
  const read = io.fs.readFile(abs(io, file));
  if (!read.ok) {
    // A file it may not read (EACCES) is named by strerror; dash says "No such file" only
    // for ENOENT. bash: 126 for a file that is there but cannot be read.
    const denied = read.error === 'EACCES';
    const reason = denied ? STRERROR.EACCES : undefined;
    if (dialect === 'bash')
      io.stderr(
        `${invoked}: ${file}: ${reason ?? (read.error === 'EISDIR' ? 'Is a directory' : 'No such file or directory')}\n`,
      );
    else if (dialect === 'ash')
      io.stderr(`${invoked}: can't open '${file}': ${reason ?? 'No such file or directory'}\n`);
    else io.stderr(`${invoked}: 0: cannot open ${file}: ${reason ?? 'No such file'}\n`);
    return dialect === 'bash' ? (denied ? 126 : 127) : 2;
  }
  if (read.value.text === undefined) {
    io.stderr(`${invoked}: ${file}: cannot execute binary file\n`);
    return 126;
  }
  return run(io, read.value.text, {
    argv0: file,
    args: rest,
    flags,
    commandString: false,
    dialect,
    login: startup,
  });
};

function run(
  io: ProgramIO,
  script: string,
  options: Parameters<NonNullable<ProgramIO['runScript']>>[1],
): number {
  if (!io.runScript) {
    io.note('This program runner cannot start a nested shell.');
    return 1;
  }
  // A script file starting with #! keeps its first line as a comment.
  return io.runScript(script, options);
}
