/**
 * `git init [--bare] [-b <branch>] [-q] [<directory>]`: creates the directory if needed and
 * writes an empty repository, or reinitialises an existing one (which keeps its HEAD).
 */
import { absolute, ensureDir, isDir } from '../common/fs-helpers';
import { hasOption, optionValues, parseArgs } from '../common/args';
import { defaultBranchHint } from './advice';
import { configValue, type GitContext } from './config';
import { writeGitDir } from './repo';
import type { GitVersion } from './version';

export function initCommand(ctx: GitContext, args: string[], version: GitVersion): number {
  const { io } = ctx;
  const parsed = parseArgs(args, {
    short: { q: 'quiet', b: 'initial-branch' },
    takesValue: ['initial-branch', 'template', 'separate-git-dir', 'object-format'],
  });
  if (parsed.operands.length > 1) {
    io.stderr(
      'usage: git init [-q | --quiet] [--bare] [--template=<template-directory>]\n' +
        '                [--separate-git-dir <git-dir>] [--object-format=<format>]\n' +
        '                [-b <branch-name> | --initial-branch=<branch-name>]\n' +
        '                [--shared[=<permissions>]] [<directory>]\n\n',
    );
    return 129;
  }
  const dir = absolute(ctx.cwd, parsed.operands[0] ?? '.');
  if (!ensureDir(io.fs, dir)) {
    io.stderr(`fatal: cannot mkdir ${parsed.operands[0]}: Permission denied\n`);
    return 128;
  }
  const bare = hasOption(parsed, 'bare');
  const gitDir = bare ? dir : `${dir === '/' ? '' : dir}/.git`;
  const reinit = isDir(io.fs, gitDir) && io.fs.stat(`${gitDir}/HEAD`).ok;
  const quiet = hasOption(parsed, 'quiet');
  const shown = `${gitDir}/`;
  if (reinit) {
    if (!quiet) io.stdout(`Reinitialized existing Git repository in ${shown}\n`);
    return 0;
  }
  const chosen =
    optionValues(parsed, 'initial-branch')[0] ??
    configValue({ ...ctx, cwd: dir }, 'init.defaultBranch');
  if (chosen === undefined && !quiet) io.stderr(defaultBranchHint(version));
  if (!writeGitDir(io.fs, gitDir, { version, branch: chosen ?? 'master', bare })) {
    io.stderr(`fatal: cannot mkdir ${gitDir}: Permission denied\n`);
    return 128;
  }
  if (!quiet) io.stdout(`Initialized empty Git repository in ${shown}\n`);
  return 0;
}
