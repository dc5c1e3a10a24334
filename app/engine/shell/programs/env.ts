/** env and printenv. */
import { fileError } from '../messages';
import type { Program } from '../program';
import { abs } from './support';

export const env: Program = (argv, io) => {
  const args = argv.slice(1);
  let vars: Record<string, string> = { ...io.env };
  let cwd: string | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-i' || arg === '-' || arg === '--ignore-environment') vars = {};
    else if (arg === '-u' || arg === '--unset') delete vars[args[++i] ?? ''];
    else if (arg.startsWith('-u') && arg.length > 2) delete vars[arg.slice(2)];
    else if (arg === '-C' || arg === '--chdir') cwd = abs(io, args[++i] ?? '.');
    else if (arg === '--') {
      i++;
      break;
    } else if (arg === '-0' || arg === '-v') continue;
    else break;
  }
  for (; i < args.length && /^[^=]+=/.test(args[i] as string); i++) {
    const arg = args[i] as string;
    const eq = arg.indexOf('=');
    Object.defineProperty(vars, arg.slice(0, eq), {
      value: arg.slice(eq + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const command = args.slice(i);
  if (command.length === 0) {
    io.stdout(
      Object.entries(vars)
        .map(([k, v]) => `${k}=${v}\n`)
        .join(''),
    );
    return 0;
  }
  const status = io.run(command, undefined, { env: vars, ...(cwd ? { cwd } : {}) });
  if (status === 127) io.stderr(fileError(io.userland, 'env.exec', command[0] as string));
  if (status === 126)
    io.stderr(fileError(io.userland, 'env.exec', command[0] as string, 'Permission denied'));
  return status;
};

export const printenv: Program = (argv, io) => {
  const names = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (names.length === 0) {
    io.stdout(
      Object.entries(io.env)
        .map(([k, v]) => `${k}=${v}\n`)
        .join(''),
    );
    return 0;
  }
  let status = 0;
  for (const name of names) {
    const value = Object.hasOwn(io.env, name) ? io.env[name] : undefined;
    if (value === undefined) status = 1;
    else io.stdout(value + '\n');
  }
  return status;
};
