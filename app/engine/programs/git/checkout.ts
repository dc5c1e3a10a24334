/**
 * `git checkout <ref>` / `git checkout -b <branch>` / `git switch` in a clone. Without the
 * repository's content, a ref of the remote is resolved by its kind: a tag or commit id
 * detaches HEAD (git's "detached HEAD" notice), another name becomes a local branch tracking
 * origin's. In a repository without a remote, an unknown name is git's pathspec error.
 */
import { readText, writeText } from '../common/fs-helpers';
import { detachedHeadAdvice } from './advice';
import type { GitContext } from './config';
import { looksLikeTag } from './clone';
import { commitId, originUrl, readHead, resolveRef, type Repo } from './repo';
import { requireRepo } from './safe-directory';
import { resolveRevision } from './rev-parse';
import { atLeast, type GitVersion } from './version';

export function checkoutCommand(
  ctx: GitContext,
  args: string[],
  version: GitVersion,
  switching: boolean,
): number {
  const { io } = ctx;
  const repo = requireRepo(ctx, version);
  if (!repo) return 128;
  const quiet = args.includes('-q') || args.includes('--quiet');
  const words = args.filter((a) => a !== '-q' && a !== '--quiet' && a !== '--detach' && a !== '-f');
  const create = words[0] === '-b' || words[0] === '-c' || words[0] === '-B' || words[0] === '-C';
  if (create) return newBranch(ctx, repo, words[1], quiet);
  const ref = words.find((w) => !w.startsWith('-'));
  if (ref === undefined) {
    if (!switching) return 0; // a bare `git checkout` only reports local changes: none here
    io.stderr('fatal: missing branch or commit argument\n');
    return 128;
  }
  const head = readHead(io.fs, repo);
  if ('branch' in head && head.branch === ref) {
    if (!quiet) io.stderr(`Already on '${ref}'\n`);
    return 0;
  }
  if (resolveRef(io.fs, repo, `refs/heads/${ref}`)) {
    writeText(io.fs, `${repo.gitDir}/HEAD`, `ref: refs/heads/${ref}\n`);
    if (!quiet) io.stderr(`Switched to branch '${ref}'\n`);
    return 0;
  }
  const remote = originUrl(io.fs, repo);
  const known = resolveRevision(io.fs, repo, ref);
  if (remote === undefined && known === undefined) {
    io.stderr(
      switching
        ? `fatal: invalid reference: ${ref}\n`
        : `error: pathspec '${ref}' did not match any file(s) known to git\n`,
    );
    return switching ? 128 : 1;
  }
  const detach = known !== undefined || /^[0-9a-f]{7,40}$/.test(ref) || looksLikeTag(ref);
  if (detach && switching && !args.includes('--detach')) {
    io.stderr(
      `fatal: a branch is expected, got tag '${ref}'\nhint: If you want to detach HEAD at the commit, try again with the --detach option.\n`,
    );
    return 128;
  }
  const id = known ?? commitId(remote ?? '', ref);
  if (detach) {
    writeText(io.fs, `${repo.gitDir}/HEAD`, `${id}\n`);
    if (!quiet) io.stderr(`${detachedHeadAdvice(ref)}HEAD is now at ${id.slice(0, 7)} ${ref}\n`);
    io.note(
      `git checkout: '${ref}' is taken to be a tag or commit of ${remote ?? 'the repository'} (the repository's content is not modelled); its commit id and subject are stand-ins.`,
    );
    return 0;
  }
  writeText(io.fs, `${repo.gitDir}/refs/heads/${ref}`, `${id}\n`);
  const config = readText(io.fs, `${repo.gitDir}/config`) ?? '';
  writeText(
    io.fs,
    `${repo.gitDir}/config`,
    `${config}[branch "${ref}"]\n\tremote = origin\n\tmerge = refs/heads/${ref}\n`,
  );
  writeText(io.fs, `${repo.gitDir}/HEAD`, `ref: refs/heads/${ref}\n`);
  if (!quiet) {
    // The tracking line is printf_ln (stdout); its wording changed in git 2.35.
    io.stdout(
      atLeast(version, 2, 35)
        ? `branch '${ref}' set up to track 'origin/${ref}'.\n`
        : `Branch '${ref}' set up to track remote branch '${ref}' from 'origin'.\n`,
    );
    io.stderr(`Switched to a new branch '${ref}'\n`);
  }
  io.note(
    `git checkout: '${ref}' is taken to be a branch of ${remote} (the repository's content is not modelled); its commit id is a stand-in.`,
  );
  return 0;
}

function newBranch(ctx: GitContext, repo: Repo, name: string | undefined, quiet: boolean): number {
  const { io } = ctx;
  if (name === undefined) {
    io.stderr("error: switch `b' requires a value\n");
    return 129;
  }
  if (resolveRef(io.fs, repo, `refs/heads/${name}`)) {
    io.stderr(`fatal: a branch named '${name}' already exists\n`);
    return 128;
  }
  const head = readHead(io.fs, repo);
  const id = 'detached' in head ? head.detached : head.id;
  if (id) writeText(io.fs, `${repo.gitDir}/refs/heads/${name}`, `${id}\n`);
  writeText(io.fs, `${repo.gitDir}/HEAD`, `ref: refs/heads/${name}\n`);
  if (!quiet) io.stderr(`Switched to a new branch '${name}'\n`);
  return 0;
}
