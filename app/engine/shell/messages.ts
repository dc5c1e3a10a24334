/**
 * What the tools print when something goes wrong, in GNU coreutils' wording (Debian, Ubuntu;
 * C locale, so ASCII quotes) and in BusyBox's (busybox, alpine). Each entry was checked on
 * Debian 12 (coreutils 9.1) and BusyBox 1.35 (messages.test.ts holds them as cases).
 * `{path}` is the operand as the user typed it, `{err}` the strerror text.
 */
import { STRERROR, type FsError } from '../fs/errors';
import type { Userland } from './program';

interface Wording {
  gnu: string;
  busybox: string;
}

export const FILE_ERRORS = {
  'cat.open': { gnu: '{path}: {err}', busybox: "can't open '{path}': {err}" },
  'cat.dir': { gnu: '{path}: Is a directory', busybox: 'read error: Is a directory' },
  'rm.remove': { gnu: "cannot remove '{path}': {err}", busybox: "can't remove '{path}': {err}" },
  'rm.dir': { gnu: "cannot remove '{path}': Is a directory", busybox: "'{path}' is a directory" },
  'rmdir.remove': { gnu: "failed to remove '{path}': {err}", busybox: "'{path}': {err}" },
  'mkdir.create': {
    gnu: "cannot create directory '{path}': {err}",
    busybox: "can't create directory '{path}': {err}",
  },
  'ls.access': { gnu: "cannot access '{path}': {err}", busybox: '{path}: {err}' },
  // A directory it may not read: coreutils' ls.c "cannot open directory %s".
  'ls.open': {
    gnu: "cannot open directory '{path}': {err}",
    busybox: "can't open '{path}': {err}",
  },
  'cp.stat': { gnu: "cannot stat '{path}': {err}", busybox: "can't stat '{path}': {err}" },
  'cp.omit': {
    gnu: "-r not specified; omitting directory '{path}'",
    busybox: "omitting directory '{path}'",
  },
  'cp.create': {
    gnu: "cannot create regular file '{path}': {err}",
    busybox: "can't create '{path}': {err}",
  },
  'mv.stat': { gnu: "cannot stat '{path}': {err}", busybox: "can't rename '{path}': {err}" },
  'mv.move': { gnu: "cannot move '{path}': {err}", busybox: "can't rename '{path}': {err}" },
  'touch.touch': { gnu: "cannot touch '{path}': {err}", busybox: '{path}: {err}' },
  'chmod.access': { gnu: "cannot access '{path}': {err}", busybox: '{path}: {err}' },
  'chown.access': { gnu: "cannot access '{path}': {err}", busybox: '{path}: {err}' },
  // chmod(2)/chown(2) refused (EPERM for a non-owner): coreutils' chmod.c and chown-core.c
  // word it "changing permissions of %s" / "changing ownership of %s" / "changing group of %s".
  'chmod.change': { gnu: "changing permissions of '{path}': {err}", busybox: '{path}: {err}' },
  'chown.change': { gnu: "changing ownership of '{path}': {err}", busybox: '{path}: {err}' },
  'chgrp.change': { gnu: "changing group of '{path}': {err}", busybox: '{path}: {err}' },
  'head.open': { gnu: "cannot open '{path}' for reading: {err}", busybox: '{path}: {err}' },
  'tail.open': {
    gnu: "cannot open '{path}' for reading: {err}",
    busybox: "can't open '{path}': {err}",
  },
  'wc.open': { gnu: '{path}: {err}', busybox: '{path}: {err}' },
  'grep.open': { gnu: '{path}: {err}', busybox: '{path}: {err}' },
  'sed.open': { gnu: "can't read {path}: {err}", busybox: '{path}: {err}' },
  'sort.open': { gnu: 'cannot read: {path}: {err}', busybox: '{path}: {err}' },
  'cut.open': { gnu: '{path}: {err}', busybox: '{path}: {err}' },
  'uniq.open': { gnu: '{path}: {err}', busybox: "can't open '{path}': {err}" },
  'tee.open': { gnu: '{path}: {err}', busybox: "can't open '{path}': {err}" },
  'du.access': { gnu: "cannot access '{path}': {err}", busybox: '{path}: {err}' },
  'stat.stat': { gnu: "cannot statx '{path}': {err}", busybox: "can't stat '{path}': {err}" },
  'ln.create': { gnu: "failed to create symbolic link '{path}': {err}", busybox: '{path}: {err}' },
  'ln.hard': { gnu: "failed to create hard link '{path}': {err}", busybox: '{path}: {err}' },
  'find.access': { gnu: "'{path}': {err}", busybox: '{path}: {err}' },
  'tar.open': { gnu: '{path}: Cannot open: {err}', busybox: "can't open '{path}': {err}" },
  'gzip.open': { gnu: '{path}: {err}', busybox: "can't open '{path}': {err}" },
  'xargs.exec': { gnu: '{path}: {err}', busybox: '{path}: {err}' },
  'env.exec': { gnu: "'{path}': {err}", busybox: "can't execute '{path}': {err}" },
  'readlink.read': { gnu: '{path}: {err}', busybox: '{path}: {err}' },
} satisfies Record<string, Wording>;

export type FileErrorKey = keyof typeof FILE_ERRORS;

/** `tool: <message>\n` for a failure on a path. `error` is an FsError code or plain text. */
export function fileError(
  userland: Userland,
  key: FileErrorKey,
  path: string,
  error: FsError | string = 'ENOENT',
): string {
  const tool = key.slice(0, key.indexOf('.'));
  const err = (STRERROR as Record<string, string>)[error] ?? error;
  const template = FILE_ERRORS[key][userland];
  return `${tool}: ${template.replace('{path}', path).replace('{err}', err)}\n`;
}

/** Bad usage: GNU adds a pointer to --help, BusyBox prints its usage line. */
export function usageError(userland: Userland, tool: string, message: string): string {
  if (userland === 'busybox') return `${tool}: ${message}\n`;
  return `${tool}: ${message}\nTry '${tool} --help' for more information.\n`;
}

export function invalidOption(userland: Userland, tool: string, option: string): string {
  const letter = option.replace(/^-+/, '');
  if (option.startsWith('--')) {
    return userland === 'busybox'
      ? `${tool}: unrecognized option '${option}'\n`
      : usageError(userland, tool, `unrecognized option '${option}'`);
  }
  return userland === 'busybox'
    ? `${tool}: invalid option -- '${letter}'\n`
    : usageError(userland, tool, `invalid option -- '${letter}'`);
}

export function missingOperand(userland: Userland, tool: string, after?: string): string {
  const message = after ? `missing destination file operand after '${after}'` : 'missing operand';
  // BusyBox prints its usage text instead; its first line is enough here.
  return userland === 'busybox' ? `Usage: ${tool} ...\n` : usageError(userland, tool, message);
}

export function unknownUser(userland: Userland, tool: string, user: string): string {
  return userland === 'busybox'
    ? `${tool}: unknown user ${user}\n`
    : `${tool}: invalid user: '${user}'\n`;
}

export function unknownGroup(
  userland: Userland,
  tool: string,
  group: string,
  spec: string,
): string {
  return userland === 'busybox'
    ? `${tool}: unknown group ${group}\n`
    : `${tool}: invalid group: '${spec}'\n`;
}
