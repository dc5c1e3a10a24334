/**
 * git's ownership check (CVE-2022-24765, git 2.35.2 and the distributions' backports): a
 * repository whose working tree (or bare git directory) another user owns is refused unless
 * safe.directory in the system or global config names it (or is `*`). In a container this is
 * the common case of sources COPY'd with --chown, or root-owned, used by another user.
 */
import type { GitContext } from './config';
import { protectedValues } from './config';
import { findRepo, NOT_A_REPO, type Repo } from './repo';
import { atLeast, type GitVersion } from './version';

function ownedByOther(ctx: GitContext, repo: Repo): boolean {
  const st = ctx.io.fs.stat(repo.top || repo.gitDir);
  return st.ok && st.value.node.uid !== ctx.io.user.uid;
}

function isSafe(ctx: GitContext, path: string): boolean {
  return protectedValues(ctx, 'safe.directory').some(
    (v) => v === '*' || v === path || (v.endsWith('/*') && path.startsWith(v.slice(0, -1))),
  );
}

/** The repository here if git would use it; a refused one counts as none (gentle setup). */
export function trustedRepo(ctx: GitContext): Repo | undefined {
  const repo = findRepo(ctx.io.fs, ctx.cwd);
  if (!repo || !ownedByOther(ctx, repo) || isSafe(ctx, repo.top || repo.gitDir)) return repo;
  return undefined;
}

/** The repository a command needs, or git's fatal error (exit 128) printed and undefined. */
export function requireRepo(ctx: GitContext, version: GitVersion): Repo | undefined {
  const repo = findRepo(ctx.io.fs, ctx.cwd);
  if (!repo) {
    ctx.io.stderr(NOT_A_REPO);
    return undefined;
  }
  const path = repo.top || repo.gitDir;
  if (!ownedByOther(ctx, repo) || isSafe(ctx, path)) return repo;
  const exception = `To add an exception for this directory, call:\n\n\tgit config --global --add safe.directory ${path}\n`;
  ctx.io.stderr(
    atLeast(version, 2, 37)
      ? `fatal: detected dubious ownership in repository at '${path}'\n${exception}`
      : `fatal: unsafe repository ('${path}' is owned by someone else)\n${exception}`,
  );
  return undefined;
}
