/** cd, pwd, umask, ulimit. */
import { STRERROR } from '../../fs/errors';
import { resolvePath } from '../../fs/path';
import { accessOf, EXEC } from '../access';
import type { Shell } from '../exec/shell';

export function cdBuiltin(sh: Shell, argv: string[]): number {
  const args = argv.slice(1).filter((a) => a !== '-L' && a !== '-P' && a !== '--');
  let target = args[0];
  let print = false;
  if (target === undefined || target === '') {
    target = sh.state.get('HOME');
    if (target === undefined) {
      if (sh.dialect === 'bash') {
        sh.builtinError('cd', 'HOME not set');
        return 1;
      }
      return 0;
    }
  } else if (target === '-') {
    target = sh.state.get('OLDPWD') ?? sh.state.cwd;
    print = true;
  }
  const path = resolvePath(sh.state.cwd, target);
  const st = sh.fs.stat(path);
  // chdir(2) needs search permission on the directory itself too.
  const searchable =
    st.ok && st.value.node.kind === 'dir' ? accessOf(sh.fs, path, EXEC) : undefined;
  if (!st.ok || st.value.node.kind !== 'dir' || (searchable && !searchable.ok)) {
    const reason = !st.ok
      ? st.error === 'ENOTDIR' || st.error === 'EACCES'
        ? STRERROR[st.error]
        : 'No such file or directory'
      : searchable && !searchable.ok
        ? STRERROR[searchable.error]
        : 'Not a directory';
    if (sh.dialect === 'dash') sh.builtinError('cd', `can't cd to ${target}`);
    else if (sh.dialect === 'ash') sh.builtinError('cd', `can't cd to ${target}: ${reason}`);
    else sh.builtinError('cd', `${target}: ${reason}`);
    return sh.dialect === 'bash' ? 1 : 2;
  }
  const old = sh.state.cwd;
  sh.state.cwd = path;
  sh.assign('OLDPWD', old);
  sh.assign('PWD', path);
  if (print) sh.stdout(`${path}\n`);
  return 0;
}

export function pwdBuiltin(sh: Shell, argv: string[]): number {
  if (argv.includes('-P')) {
    const st = sh.fs.stat(sh.state.cwd);
    sh.stdout(`${st.ok ? st.value.path : sh.state.cwd}\n`);
  } else sh.stdout(`${sh.state.cwd}\n`);
  return 0;
}

export function umaskBuiltin(sh: Shell, argv: string[]): number {
  const args = argv.slice(1);
  const symbolic = args[0] === '-S';
  if (symbolic) args.shift();
  const value = args[0];
  if (value === undefined) {
    const mask = sh.state.umask;
    if (symbolic) {
      const perms = (shift: number): string => {
        const allowed = ~mask >> shift;
        return `${allowed & 4 ? 'r' : ''}${allowed & 2 ? 'w' : ''}${allowed & 1 ? 'x' : ''}`;
      };
      sh.stdout(`u=${perms(6)},g=${perms(3)},o=${perms(0)}\n`);
    } else sh.stdout(`${mask.toString(8).padStart(4, '0')}\n`);
    return 0;
  }
  if (!/^[0-7]{1,4}$/.test(value)) {
    sh.builtinError('umask', `Illegal number: ${value}`);
    return 2;
  }
  sh.state.umask = parseInt(value, 8);
  return 0;
}

export function ulimitBuiltin(sh: Shell, argv: string[]): number {
  const args = argv.slice(1);
  if (args.length === 0 || args.every((a) => a.startsWith('-'))) sh.stdout('unlimited\n');
  return 0;
}
