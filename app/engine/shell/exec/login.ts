/**
 * What a login shell reads before its commands (`bash -l`, `bash --login -c`, `sh -l`, `su -`,
 * an argv[0] starting with '-'). bash: /etc/profile, then the first of ~/.bash_profile,
 * ~/.bash_login and ~/.profile that it can read (none with --noprofile). dash and BusyBox
 * ash: /etc/profile, then $HOME/.profile. Each file is read as `.` reads it, in this shell, so
 * what it exports (and what /etc/profile.d/*.sh export through it) reaches the commands.
 */
import { sourceBuiltin } from '../builtins/flow';
import type { Shell } from './shell';

/** The login shell's startup files, in the order it reads them, that exist and are readable. */
export function loginFiles(sh: Shell): string[] {
  const home = sh.state.get('HOME');
  const readable = (path: string): boolean => {
    const st = sh.fs.stat(path);
    return st.ok && st.value.node.kind === 'file' && sh.fs.readFile(path).ok;
  };
  const files = readable('/etc/profile') ? ['/etc/profile'] : [];
  if (home === undefined || home === '') return files;
  const dir = home.endsWith('/') ? home : `${home}/`;
  const personal =
    sh.dialect === 'bash' ? ['.bash_profile', '.bash_login', '.profile'] : ['.profile'];
  const first = personal.map((name) => dir + name).find(readable);
  return first ? [...files, first] : files;
}

/** Reads the login files; an `exit` in one ends the shell (the caller catches ExitSignal). */
export function readLoginFiles(sh: Shell): void {
  for (const path of loginFiles(sh)) sourceBuiltin(sh, ['.', path]);
}
