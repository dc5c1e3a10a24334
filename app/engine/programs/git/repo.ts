/**
 * A repository in the filesystem as git lays it out: the `.git` directory (HEAD, config,
 * description, hooks, info/exclude, objects, refs) found by walking up from the working
 * directory, and HEAD resolved through loose refs and packed-refs. Commit ids are stand-ins
 * derived from the remote and the ref, since no repository content is modelled.
 */
import type { FileSystem } from '../../fs/filesystem';
import { dirname } from '../../fs/path';
import { sha256Hex } from '../common/hash';
import { ensureDir, isDir, readText, writeBlob, writeText } from '../common/fs-helpers';
import { configEntries } from './config-file';
import { atLeast, type GitVersion } from './version';

export interface Repo {
  /** The working tree's top ("" for a bare repository). */
  top: string;
  gitDir: string;
}

export const NOT_A_REPO = 'fatal: not a git repository (or any of the parent directories): .git\n';

/** The repository containing `cwd`, as git's discovery finds it. */
export function findRepo(fs: FileSystem, cwd: string): Repo | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const dotGit = `${dir === '/' ? '' : dir}/.git`;
    if (isDir(fs, dotGit) && fs.stat(`${dotGit}/HEAD`).ok) return { top: dir, gitDir: dotGit };
    const link = readText(fs, dotGit)?.match(/^gitdir: (.+)$/m)?.[1];
    if (link) return { top: dir, gitDir: link.startsWith('/') ? link : `${dir}/${link}` };
    if (fs.stat(`${dir}/HEAD`).ok && isDir(fs, `${dir}/refs`) && isDir(fs, `${dir}/objects`))
      return { top: '', gitDir: dir };
    if (dir === '/') return undefined;
  }
}

/** A stand-in commit id for `ref` of `remote` (40 hex digits, stable across runs). */
export function commitId(remote: string, ref: string): string {
  return sha256Hex(`git:${remote}#${ref}`).slice(0, 40);
}

export type Head = { branch: string; id?: string } | { detached: string };

export function readHead(fs: FileSystem, repo: Repo): Head {
  const head = (readText(fs, `${repo.gitDir}/HEAD`) ?? '').trim();
  const ref = head.match(/^ref: (refs\/heads\/.+)$/)?.[1];
  if (!ref) return { detached: head };
  const id = resolveRef(fs, repo, ref);
  return { branch: ref.slice('refs/heads/'.length), ...(id ? { id } : {}) };
}

export function resolveRef(fs: FileSystem, repo: Repo, ref: string): string | undefined {
  const loose = readText(fs, `${repo.gitDir}/${ref}`)?.trim();
  if (loose) return loose;
  for (const line of (readText(fs, `${repo.gitDir}/packed-refs`) ?? '').split('\n')) {
    const [id, name] = line.split(' ');
    if (name === ref && id && /^[0-9a-f]{40}$/.test(id)) return id;
  }
  return undefined;
}

/** The `origin` remote's URL from the repository's config, if it has one. */
export function originUrl(fs: FileSystem, repo: Repo): string | undefined {
  const entry = configEntries(readText(fs, `${repo.gitDir}/config`) ?? '').find(
    (e) => e.key.section === 'remote' && e.key.subsection === 'origin' && e.key.name === 'url',
  );
  return entry?.value;
}

/** The sample hooks git's templates install, with their sizes in git's releases. */
function sampleHooks(version: GitVersion): [string, number][] {
  const hooks: [string, number][] = [
    ['applypatch-msg', 478],
    ['commit-msg', 896],
    ['fsmonitor-watchman', 4655],
    ['post-update', 189],
    ['pre-applypatch', 424],
    ['pre-commit', 1643],
    ['pre-merge-commit', 416],
    ['pre-push', 1374],
    ['pre-rebase', 4898],
    ['pre-receive', 544],
    ['prepare-commit-msg', 1492],
    ['push-to-checkout', 2783],
    ['update', 3650],
  ];
  if (atLeast(version, 2, 43)) hooks.push(['sendemail-validate', 2308]);
  return hooks;
}

/** What `git init` writes into a new git directory. */
export function writeGitDir(
  fs: FileSystem,
  gitDir: string,
  options: { version: GitVersion; branch: string; bare: boolean; config?: string },
): boolean {
  if (!ensureDir(fs, gitDir)) return false;
  for (const dir of ['objects/info', 'objects/pack', 'refs/heads', 'refs/tags', 'info', 'hooks'])
    ensureDir(fs, `${gitDir}/${dir}`);
  writeText(fs, `${gitDir}/HEAD`, `ref: refs/heads/${options.branch}\n`);
  writeText(
    fs,
    `${gitDir}/description`,
    "Unnamed repository; edit this file 'description' to name the repository.\n",
  );
  writeText(
    fs,
    `${gitDir}/info/exclude`,
    "# git ls-files --others --exclude-from=.git/info/exclude\n# Lines that start with '#' are comments.\n# For a project mostly in C, the following would be a good set of\n# exclude patterns (uncomment them if you want to use them):\n# *.[oa]\n# *~\n",
  );
  for (const [name, size] of sampleHooks(options.version))
    writeBlob(
      fs,
      `${gitDir}/hooks/${name}.sample`,
      `git-template:hooks/${name}.sample`,
      size,
      0o755,
    );
  const core =
    '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n' +
    `\tbare = ${options.bare}\n` +
    (options.bare ? '' : '\tlogallrefupdates = true\n');
  return writeText(fs, `${gitDir}/config`, core + (options.config ?? ''));
}
