/**
 * `git submodule update --init [--recursive]` (and `init`, `sync`, `status`): the submodules
 * are those `.gitmodules` at the top of the working tree lists. A clone's working tree is not
 * modelled, so after `git clone` there is no `.gitmodules` and, as in a repository without
 * submodules, nothing happens; a `.gitmodules` the image has (COPY'd with the sources) gets
 * each submodule registered and "cloned" the way `git clone` is.
 */
import { readText, writeText } from '../common/fs-helpers';
import { configEntries } from './config-file';
import type { GitContext } from './config';
import { commitId, writeGitDir } from './repo';
import { requireRepo } from './safe-directory';
import type { GitVersion } from './version';

interface Submodule {
  name: string;
  path: string;
  url: string;
}

function submodules(text: string): Submodule[] {
  const byName = new Map<string, Partial<Submodule>>();
  for (const e of configEntries(text)) {
    if (e.key.section !== 'submodule' || e.key.subsection === undefined) continue;
    const entry = byName.get(e.key.subsection) ?? { name: e.key.subsection };
    const field = e.key.name.toLowerCase();
    if (field === 'path' || field === 'url') entry[field] = e.value;
    byName.set(e.key.subsection, entry);
  }
  return [...byName.values()].filter((s): s is Submodule => !!s.path && !!s.url);
}

export function submoduleCommand(ctx: GitContext, args: string[], version: GitVersion): number {
  const { io } = ctx;
  const repo = requireRepo(ctx, version);
  if (!repo) return 128;
  if (!repo.top) {
    const core = io.fs.stat('/usr/libexec/git-core').ok
      ? '/usr/libexec/git-core'
      : '/usr/lib/git-core';
    io.stderr(`fatal: ${core}/git-submodule cannot be used without a working tree.
`);
    return 128;
  }
  const [sub = 'status', ...rest] = args;
  const list = submodules(readText(io.fs, `${repo.top}/.gitmodules`) ?? '');
  const init = sub === 'init' || (sub === 'update' && rest.includes('--init'));
  for (const s of list) {
    const id = commitId(s.url, 'HEAD');
    if (sub === 'status') {
      io.stdout(`-${id} ${s.path}\n`);
      continue;
    }
    if (init) io.stdout(`Submodule '${s.name}' (${s.url}) registered for path '${s.path}'\n`);
    if (sub !== 'update') continue;
    const dir = `${repo.top}/${s.path}`;
    const gitDir = `${repo.gitDir}/modules/${s.name}`;
    io.stderr(`Cloning into '${dir}'...\n`);
    writeGitDir(io.fs, gitDir, {
      version,
      branch: 'main',
      bare: false,
      config: `\tworktree = ../../../${s.path}\n[remote "origin"]\n\turl = ${s.url}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`,
    });
    writeText(io.fs, `${gitDir}/HEAD`, `${id}\n`);
    writeText(
      io.fs,
      `${dir}/.git`,
      `gitdir: ${'../'.repeat(s.path.split('/').length)}.git/modules/${s.name}\n`,
    );
    io.stdout(`Submodule path '${s.path}': checked out '${id}'\n`);
  }
  if (list.length > 0 && sub === 'update')
    io.note(
      'git submodule: Layercake has no network; each submodule holds only its .git link, its files are not modelled and its commit ids are stand-ins.',
    );
  return 0;
}
