/**
 * `git clone [options] <repository> [<directory>]`. There is no network, so no repository
 * content is modelled: the clone is the `.git` directory git would leave (HEAD, config with
 * origin's URL and the branch's upstream, refs, and `shallow` for --depth) with stand-in
 * commit ids, and a note says so. A `-b` naming a tag detaches HEAD as git does.
 */
import { basename } from '../../fs/path';
import { findOnPath } from '../../shell/exec/lookup';
import { absolute, isDir, listDir, writeText } from '../common/fs-helpers';
import { hasOption, optionValues, parseArgs } from '../common/args';
import { detachedHeadAdvice } from './advice';
import type { GitContext } from './config';
import { commitId, findRepo, writeGitDir } from './repo';
import type { GitVersion } from './version';

const USAGE = 'usage: git clone [<options>] [--] <repo> [<dir>]\n\n';

/** The branch a clone checks out when -b does not name one (the remote's HEAD is unknown). */
const REMOTE_HEAD = 'main';

/** A `-b` value that names a tag rather than a branch ("v1.2.3", "1.0", "release-2.4.1"). */
export function looksLikeTag(ref: string): boolean {
  return /^v?\d+(\.\d+)*([-.+~][\w.]*)?$/i.test(ref) || /\d+\.\d+/.test(ref);
}

/** git's guess of the directory name: the last path part, without "/.git" or ".git". */
export function guessDirName(url: string, bare: boolean): string {
  let path = url.replace(/\/+$/, '').replace(/\/\.git$/, '');
  path = path.replace(/\.git$/, '');
  const name = path.split(/[/:]/).filter(Boolean).pop() ?? path;
  return bare ? `${name}.git` : name;
}

function isLocal(url: string): boolean {
  return url.startsWith('/') || url.startsWith('.') || url.startsWith('file://');
}

function isSsh(url: string): boolean {
  return url.startsWith('ssh://') || /^[\w.-]+@[\w.-]+:/.test(url);
}

export function cloneCommand(ctx: GitContext, args: string[], version: GitVersion): number {
  const { io } = ctx;
  const parsed = parseArgs(args, {
    short: { b: 'branch', q: 'quiet', n: 'no-checkout', o: 'origin', c: 'config', j: 'jobs' },
    takesValue: [
      'branch',
      'depth',
      'origin',
      'config',
      'jobs',
      'filter',
      'reference',
      'shallow-since',
      'shallow-exclude',
      'separate-git-dir',
      'template',
      'upload-pack',
    ],
  });
  const [url, dirArg, ...extra] = parsed.operands;
  if (url === undefined) {
    io.stderr('fatal: You must specify a repository to clone.\n\n' + USAGE);
    return 129;
  }
  if (extra.length > 0) {
    io.stderr('fatal: Too many arguments.\n\n' + USAGE);
    return 129;
  }
  const bare = hasOption(parsed, 'bare', 'mirror');
  const shownDir = dirArg ?? guessDirName(url, bare);
  const dir = absolute(ctx.cwd, shownDir);
  if (io.fs.stat(dir).ok && (!isDir(io.fs, dir) || listDir(io.fs, dir).length > 0)) {
    io.stderr(
      `fatal: destination path '${shownDir}' already exists and is not an empty directory.\n`,
    );
    return 128;
  }
  const local = isLocal(url);
  if (local && !findRepo(io.fs, absolute(ctx.cwd, url.replace(/^file:\/\//, '')))) {
    io.stderr(`fatal: repository '${url}' does not exist\n`);
    return 128;
  }
  const quiet = hasOption(parsed, 'quiet');
  if (!quiet)
    io.stderr(
      bare ? `Cloning into bare repository '${shownDir}'...\n` : `Cloning into '${shownDir}'...\n`,
    );
  if (isSsh(url) && !findOnPath(io.fs, 'ssh', io.env.PATH, io.cwd)) {
    io.stderr('error: cannot run ssh: No such file or directory\nfatal: unable to fork\n');
    return 128;
  }
  const requested = optionValues(parsed, 'branch')[0];
  const tag = requested !== undefined && looksLikeTag(requested) ? requested : undefined;
  const branch = tag === undefined ? (requested ?? REMOTE_HEAD) : REMOTE_HEAD;
  const id = commitId(url, tag ?? branch);
  const remote = optionValues(parsed, 'origin')[0] ?? 'origin';
  const gitDir = bare ? dir : `${dir}/.git`;
  const config =
    `[remote "${remote}"]\n\turl = ${url}\n` +
    (bare ? '' : `\tfetch = +refs/heads/*:refs/remotes/${remote}/*\n`) +
    (bare || tag
      ? ''
      : `[branch "${branch}"]\n\tremote = ${remote}\n\tmerge = refs/heads/${branch}\n`);
  if (!writeGitDir(io.fs, gitDir, { version, branch, bare, config })) {
    io.stderr(`fatal: could not create work tree dir '${shownDir}': Permission denied\n`);
    return 128;
  }
  writeRefs(ctx, gitDir, { id, branch, tag, remote, bare, url });
  if (optionValues(parsed, 'depth').length > 0) writeText(io.fs, `${gitDir}/shallow`, `${id}\n`);
  io.spend(1500);
  if (local && !quiet) io.stderr('done.\n');
  if (tag && !bare && !quiet) io.stderr(detachedHeadAdvice(id));
  io.note(
    `git clone did not connect to ${hostOf(url)}: Layercake has no network. ` +
      `'${basename(dir)}' holds only the .git directory a clone leaves (HEAD, config with the remote's URL, refs); ` +
      `the repository's files are not modelled, its commit ids are stand-ins` +
      (requested === undefined
        ? `, and the remote's default branch is taken to be '${REMOTE_HEAD}'.`
        : `, and '${requested}' is taken to be a ${tag ? 'tag' : 'branch'} by its name.`),
  );
  return 0;
}

function hostOf(url: string): string {
  return url.match(/^[a-z+]+:\/\/(?:[^@/]*@)?([^/:]+)/i)?.[1] ?? url.match(/@([^:]+):/)?.[1] ?? url;
}

function writeRefs(
  ctx: GitContext,
  gitDir: string,
  r: { id: string; branch: string; tag?: string; remote: string; bare: boolean; url: string },
): void {
  const { fs } = ctx.io;
  const packed = r.bare
    ? [`${r.id} refs/heads/${r.branch}`]
    : [`${r.id} refs/remotes/${r.remote}/${r.branch}`];
  if (r.tag) packed.push(`${r.id} refs/tags/${r.tag}`);
  packed.sort((a, b) => (a.split(' ')[1] ?? '').localeCompare(b.split(' ')[1] ?? ''));
  writeText(
    fs,
    `${gitDir}/packed-refs`,
    `# pack-refs with: peeled fully-peeled sorted \n${packed.join('\n')}\n`,
  );
  if (r.bare) return;
  if (r.tag) writeText(fs, `${gitDir}/HEAD`, `${r.id}\n`);
  else writeText(fs, `${gitDir}/refs/heads/${r.branch}`, `${r.id}\n`);
  writeText(
    fs,
    `${gitDir}/refs/remotes/${r.remote}/HEAD`,
    `ref: refs/remotes/${r.remote}/${r.branch}\n`,
  );
  const who = `${ctx.io.user.name} <${ctx.io.user.name}@localhost>`;
  const seconds = Math.floor(ctx.io.now / 1000);
  writeText(
    fs,
    `${gitDir}/logs/HEAD`,
    `${'0'.repeat(40)} ${r.id} ${who} ${seconds} +0000\tclone: from ${r.url}\n`,
  );
}
