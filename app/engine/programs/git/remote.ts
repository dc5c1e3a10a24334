/**
 * `git remote` (add, -v, get-url, set-url, remove) and `git fetch [<remote> [<ref>...]]`:
 * the pattern Dockerfiles use to fetch one commit or tag (`git init && git remote add origin
 * URL && git fetch --depth 1 origin REF && git checkout FETCH_HEAD`). Remotes live in the
 * repository's config; a fetch records FETCH_HEAD and remote-tracking refs with stand-in ids.
 */
import { readText, writeText } from '../common/fs-helpers';
import { configEntries, parseKey, withValue, withoutSection } from './config-file';
import type { GitContext } from './config';
import { looksLikeTag } from './clone';
import { commitId, type Repo } from './repo';
import { requireRepo } from './safe-directory';
import type { GitVersion } from './version';

function remotes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const e of configEntries(text))
    if (
      e.key.section === 'remote' &&
      e.key.subsection !== undefined &&
      e.key.name.toLowerCase() === 'url'
    )
      found.set(e.key.subsection, e.value);
  return found;
}

export function remoteCommand(ctx: GitContext, args: string[], version: GitVersion): number {
  const { io } = ctx;
  const repo = requireRepo(ctx, version);
  if (!repo) return 128;
  const file = `${repo.gitDir}/config`;
  const text = readText(io.fs, file) ?? '';
  const known = remotes(text);
  const [sub, name, url] = args.filter((a) => !a.startsWith('-') || a === '-v');
  if (sub === undefined || sub === '-v') {
    for (const [remote, u] of known)
      io.stdout(sub === '-v' ? `${remote}\t${u} (fetch)\n${remote}\t${u} (push)\n` : `${remote}\n`);
    return 0;
  }
  if (sub === 'add' || sub === 'set-url') {
    if (name === undefined || url === undefined) {
      io.stderr(`usage: git remote ${sub} <name> <url>\n`);
      return 129;
    }
    if (sub === 'add' && known.has(name)) {
      io.stderr(`error: remote ${name} already exists.\n`);
      return 3;
    }
    if (sub === 'set-url' && !known.has(name)) {
      io.stderr(`error: No such remote '${name}'\n`);
      return 2;
    }
    const urlKey = parseKey(`remote.${name}.url`);
    const fetchKey = parseKey(`remote.${name}.fetch`);
    if ('error' in urlKey || 'error' in fetchKey) return 1;
    let next = withValue(text, urlKey, url, false);
    if (sub === 'add')
      next = withValue(next, fetchKey, `+refs/heads/*:refs/remotes/${name}/*`, true);
    writeText(io.fs, file, next);
    return 0;
  }
  if (sub === 'get-url' || sub === 'remove' || sub === 'rm') {
    const u = name === undefined ? undefined : known.get(name);
    if (u === undefined) {
      io.stderr(`error: No such remote '${name ?? ''}'\n`);
      return 2;
    }
    if (sub === 'get-url') io.stdout(`${u}\n`);
    else writeText(io.fs, file, withoutSection(text, 'remote', name as string));
    return 0;
  }
  io.note(`git remote ${sub} is not modelled in Layercake: it did nothing here.`);
  return 0;
}

/** The URL as fetch's "From" line shows it: without a trailing slash or ".git". */
function shownUrl(url: string): string {
  return url.replace(/\/+$/, '').replace(/(.{5,})\.git$/, '$1');
}

export function fetchCommand(ctx: GitContext, args: string[], version: GitVersion): number {
  const { io } = ctx;
  const repo = requireRepo(ctx, version);
  if (!repo) return 128;
  const operands = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--depth');
  const [remote = 'origin', ...refs] = operands;
  const url = remotes(readText(io.fs, `${repo.gitDir}/config`) ?? '').get(remote);
  if (url === undefined) {
    io.stderr(
      `fatal: '${remote}' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\n` +
        'Please make sure you have the correct access rights\nand the repository exists.\n',
    );
    return 128;
  }
  const quiet = args.includes('-q') || args.includes('--quiet');
  const lines = refs.length
    ? refs.map((ref) => fetchRef(ctx, repo, remote, url, ref))
    : [fetchAll(ctx, repo, remote, url)];
  writeText(io.fs, `${repo.gitDir}/FETCH_HEAD`, lines.map((l) => l.record).join(''));
  if (args.some((a) => a === '--depth' || a.startsWith('--depth=')))
    writeText(io.fs, `${repo.gitDir}/shallow`, `${lines[0]?.id ?? ''}\n`);
  if (!quiet) io.stderr(`From ${shownUrl(url)}\n${lines.map((l) => l.display).join('')}`);
  io.spend(1000);
  io.note(
    `git fetch did not connect to ${url}: Layercake has no network. The fetched refs are recorded with stand-in commit ids; no objects are modelled.`,
  );
  return 0;
}

interface Fetched {
  id: string;
  record: string;
  display: string;
}

function displayLine(summary: string, ref: string, target: string): string {
  return ` * ${summary.padEnd(17)} ${ref.padEnd(10)} -> ${target}\n`;
}

function fetchRef(ctx: GitContext, repo: Repo, remote: string, url: string, ref: string): Fetched {
  const id = /^[0-9a-f]{40}$/.test(ref) ? ref : commitId(url, ref);
  const kind = looksLikeTag(ref) && !/^[0-9a-f]{7,40}$/.test(ref) ? 'tag' : 'branch';
  const what = /^[0-9a-f]{40}$/.test(ref) ? `'${ref}'` : `${kind} '${ref}'`;
  if (kind === 'branch' && !/^[0-9a-f]{40}$/.test(ref))
    writeText(ctx.io.fs, `${repo.gitDir}/refs/remotes/${remote}/${ref}`, `${id}\n`);
  return {
    id,
    record: `${id}\t\t${what} of ${shownUrl(url)}\n`,
    display: displayLine(kind, ref, 'FETCH_HEAD'),
  };
}

function fetchAll(ctx: GitContext, repo: Repo, remote: string, url: string): Fetched {
  const branch = 'main';
  const id = commitId(url, branch);
  writeText(ctx.io.fs, `${repo.gitDir}/refs/remotes/${remote}/${branch}`, `${id}\n`);
  return {
    id,
    record: `${id}\t\tbranch '${branch}' of ${shownUrl(url)}\n`,
    display: displayLine('[new branch]', branch, `${remote}/${branch}`),
  };
}
