/**
 * `git rev-parse`: HEAD and refs (full or `--short`), `--abbrev-ref HEAD`, `--show-toplevel`,
 * `--git-dir`, `--is-inside-work-tree`. A repository without commits has no HEAD to name:
 * git echoes the argument and fails with its "ambiguous argument" error.
 */
import type { GitContext } from './config';
import { readHead, resolveRef, type Repo } from './repo';
import { requireRepo } from './safe-directory';
import type { GitVersion } from './version';
import type { FileSystem } from '../../fs/filesystem';
import { readText } from '../common/fs-helpers';

/** What a revision names: HEAD, a branch, a tag, a remote branch or a full id. */
export function resolveRevision(fs: FileSystem, repo: Repo, rev: string): string | undefined {
  if (rev === 'HEAD' || rev === '@') {
    const head = readHead(fs, repo);
    return 'detached' in head ? head.detached : head.id;
  }
  if (/^[0-9a-f]{40}$/.test(rev)) return rev;
  if (rev === 'FETCH_HEAD')
    return readText(fs, `${repo.gitDir}/FETCH_HEAD`)?.match(/^[0-9a-f]{40}/)?.[0];
  for (const ref of [rev, `refs/tags/${rev}`, `refs/heads/${rev}`, `refs/remotes/${rev}`]) {
    const id = ref.startsWith('refs/') ? resolveRef(fs, repo, ref) : undefined;
    if (id) return id;
  }
  return undefined;
}

export function revParseCommand(ctx: GitContext, args: string[], version: GitVersion): number {
  const { io } = ctx;
  const repo = requireRepo(ctx, version);
  if (!repo) return 128;
  let short: number | undefined;
  let abbrevRef = false;
  let verify = false;
  for (const arg of args) {
    if (arg === '--show-toplevel') io.stdout(`${repo.top}\n`);
    else if (arg === '--git-dir')
      io.stdout(
        repo.gitDir === `${ctx.cwd === '/' ? '' : ctx.cwd}/.git` ? '.git\n' : `${repo.gitDir}\n`,
      );
    else if (arg === '--is-inside-work-tree') io.stdout(repo.top ? 'true\n' : 'false\n');
    else if (arg === '--is-bare-repository') io.stdout(repo.top ? 'false\n' : 'true\n');
    else if (arg === '--abbrev-ref') abbrevRef = true;
    else if (arg === '--verify' || arg === '-q' || arg === '--quiet') verify = true;
    else if (arg === '--short') short = 7;
    else if (arg.startsWith('--short=')) short = Math.max(4, Number(arg.slice(8)) || 7);
    else if (arg.startsWith('-')) io.stdout(`${arg}\n`);
    else {
      const id = resolveRevision(io.fs, repo, arg);
      if (id === undefined) return unknownRevision(ctx, arg, verify);
      if (abbrevRef) {
        const head = arg === 'HEAD' ? readHead(io.fs, repo) : undefined;
        io.stdout(`${head && 'branch' in head ? head.branch : arg === 'HEAD' ? 'HEAD' : arg}\n`);
      } else io.stdout(`${short ? id.slice(0, short) : id}\n`);
    }
  }
  return 0;
}

function unknownRevision(ctx: GitContext, arg: string, verify: boolean): number {
  if (verify) {
    ctx.io.stderr('fatal: Needed a single revision\n');
    return 128;
  }
  ctx.io.stdout(`${arg}\n`);
  ctx.io.stderr(
    `fatal: ambiguous argument '${arg}': unknown revision or path not in the working tree.\n` +
      "Use '--' to separate paths from revisions, like this:\n" +
      "'git <command> [<revision>...] -- [<file>...]'\n",
  );
  return 128;
}
