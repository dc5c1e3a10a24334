/**
 * The basic userland, by the names images install it under. A tool runs only where the
 * image has an executable of that name on PATH (so `useradd` is missing on busybox), except
 * the few marked `always` that every shell provides itself.
 */
import type { Program, ProgramEntry, Userland } from '../program';
import { addgroup, adduser } from './adduser';
import { awk } from './awk';
import { cat, tee } from './cat';
import { cp, ln, mv } from './copy';
import { df, du } from './disk';
import { echo, falseProgram, printf, test, trueProgram } from './echo';
import { env, printenv } from './env';
import { expr } from './expr';
import { touch, mkdir, rm, rmdir } from './files';
import { cut, sort, tr, uniq } from './filters';
import { find } from './find';
import { grep } from './grep';
import { bunzip2, bzip2, gunzip, gzip, unxz, xz, zcat } from './gzip';
import { groups, id, whoami } from './ids';
import { ls } from './ls';
import { mesg } from './mesg';
import { getent, install, sync, tac, truncate } from './misc';
import { basename, dirname, mktemp, pwd, readlink, realpath, which } from './paths';
import { chgrp, chmod, chown } from './perms';
import { sed } from './sed';
import { seq, yes } from './seq';
import { sh } from './sh';
import { stat } from './stat';
import { gosu, su, sudo } from './su';
import { runParts } from './run-parts';
import { runuser, setpriv } from './runuser';
import { arch, date, hostname, kill, nproc, sleep, uname } from './system';
import { tar } from './tar';
import { head, tail, wc } from './text';
import { chpasswd, groupadd, useradd, usermod } from './useradd';
import { nice, nohup, stdbuf, timeout } from './wrappers';
import { xargs } from './xargs';

const TOOLS: Record<string, Program> = {
  sh,
  bash: sh,
  dash: sh,
  ash: sh,
  cat,
  tee,
  cp,
  mv,
  ln,
  touch,
  mkdir,
  rm,
  rmdir,
  chmod,
  chown,
  chgrp,
  ls,
  head,
  tail,
  wc,
  grep,
  egrep: grep,
  fgrep: grep,
  sed,
  awk,
  mawk: awk,
  gawk: awk,
  sort,
  uniq,
  tr,
  cut,
  find,
  xargs,
  basename,
  dirname,
  readlink,
  realpath,
  which,
  mktemp,
  env,
  printenv,
  id,
  whoami,
  groups,
  hostname,
  uname,
  arch,
  date,
  sleep,
  nproc,
  seq,
  yes,
  expr,
  stat,
  du,
  df,
  tar,
  gzip,
  gunzip,
  zcat,
  xz,
  unxz,
  bzip2,
  bunzip2,
  useradd,
  groupadd,
  usermod,
  chpasswd,
  adduser,
  addgroup,
  su,
  sudo,
  gosu,
  'su-exec': gosu,
  runuser,
  setpriv,
  'run-parts': runParts,
  mesg,
  install,
  getent,
  tac,
  sync,
  truncate,
  timeout,
  nohup,
  nice,
  stdbuf,
};

/** Utilities the shell itself provides (dash and ash have them built in). */
const ALWAYS: Record<string, Program> = {
  echo,
  printf,
  test,
  '[': test,
  true: trueProgram,
  false: falseProgram,
  pwd,
  kill,
};

export function coreutils(_userland: Userland): Map<string, ProgramEntry> {
  const map = new Map<string, ProgramEntry>();
  for (const [name, run] of Object.entries(TOOLS)) map.set(name, { run });
  for (const [name, run] of Object.entries(ALWAYS)) map.set(name, { run, always: true });
  return map;
}
