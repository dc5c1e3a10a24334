import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import type { Distro } from '../../catalog/types';
import { OverlayFs } from '../../fs/overlay';
import { readText } from '../common/fs-helpers';
import { shellRun } from '../testing/shell';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

/** An official image's (or its stand-in's) filesystem, as a build's RUN sees it. */
function imageFs(name: string, tag: string): OverlayFs {
  const found = catalog.resolve?.(name, tag);
  const image = found?.ok ? found.image : catalog.image(name, tag);
  if (!image) throw new Error(`no ${name}:${tag}`);
  return new OverlayFs(image.layers.map((l) => l.tree));
}

function run(fs: OverlayFs, script: string, distro: Distro = 'bookworm', cwd = '/') {
  return shellRun(script, fs, catalog, { distro, cwd });
}

const APT_GIT = 'apt-get update -qq && apt-get install -y -qq git > /dev/null';

/** A bookworm image with git installed by apt. */
function bookwormWithGit(): OverlayFs {
  const fs = imageFs('debian', 'bookworm-slim');
  const installed = run(fs, APT_GIT);
  expect(installed.exitCode, installed.stderr).toBe(0);
  return fs;
}

describe('git: where it exists and which version', () => {
  it("is not found until apt-get install git gives /usr/bin/git, with the release's version", () => {
    const fs = imageFs('debian', 'bookworm-slim');
    const missing = run(fs, 'git --version');
    expect(missing.exitCode).toBe(127);
    expect(missing.stderr).toContain('git: not found');
    expect(run(fs, APT_GIT).exitCode).toBe(0);
    expect(fs.stat('/usr/bin/git').ok).toBe(true);
    expect(run(fs, 'git --version').stdout).toBe('git version 2.39.5\n');
    const trixie = imageFs('debian', 'trixie-slim');
    expect(run(trixie, `${APT_GIT} && git version`, 'trixie').stdout).toBe('git version 2.47.3\n');
  });

  it("apk add git on Alpine prints Alpine's git version", () => {
    const fs = imageFs('alpine', '3.22');
    const result = run(fs, 'apk add --no-cache -q git && git --version', 'alpine');
    expect(result.stdout).toBe('git version 2.49.1\n');
  });

  it('is already there in buildpack-deps (scm), whose git init hints without trailing spaces', () => {
    const fs = imageFs('buildpack-deps', 'trixie-scm');
    const result = run(fs, 'git --version && git init -q /a && git init /b', 'trixie');
    expect(result).toMatchObject({ exitCode: 0 });
    expect(result.stdout).toBe(
      'git version 2.47.3\nInitialized empty Git repository in /b/.git/\n',
    );
    expect(result.stderr).toContain('hint:\n');
    expect(result.stderr).not.toContain('hint: \n');
  });
});

describe('git clone', () => {
  const URL = 'https://github.com/acme/widget.git';

  it("prints git's line, leaves a .git with origin's URL, and notes what is not modelled", () => {
    const fs = bookwormWithGit();
    const result = run(fs, `git clone ${URL} && ls -A widget && git -C widget rev-parse HEAD`);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toBe("Cloning into 'widget'...\n");
    expect(result.stdout).toMatch(/^\.git\n[0-9a-f]{40}\n$/);
    expect(readText(fs, '/widget/.git/HEAD')).toBe('ref: refs/heads/main\n');
    const config = readText(fs, '/widget/.git/config') ?? '';
    expect(config).toContain(
      `[remote "origin"]\n\turl = ${URL}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`,
    );
    expect(config).toContain('[branch "main"]\n\tremote = origin\n\tmerge = refs/heads/main\n');
    expect(result.notes.join('\n')).toMatch(/files are not modelled/);
  });

  it('clones into a named directory; --depth writes .git/shallow; -b <tag> detaches HEAD', () => {
    const fs = bookwormWithGit();
    const result = run(
      fs,
      `git clone --depth 1 -b v1.2.3 ${URL} /src/w && git -C /src/w rev-parse --abbrev-ref HEAD`,
    );
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /^Cloning into '\/src\/w'\.\.\.\nNote: switching to '[0-9a-f]{40}'\.\n\nYou are in 'detached HEAD' state\./,
    );
    expect(result.stdout).toBe('HEAD\n');
    expect(fs.stat('/src/w/.git/shallow').ok).toBe(true);
    expect(readText(fs, '/src/w/.git/packed-refs')).toContain(' refs/tags/v1.2.3\n');
  });

  it("refuses a non-empty destination and a missing repository argument, in git's words", () => {
    const fs = bookwormWithGit();
    const exists = run(fs, `mkdir -p /app && touch /app/x && git clone ${URL} /app`);
    expect(exists.exitCode).toBe(128);
    expect(exists.stderr).toContain(
      "fatal: destination path '/app' already exists and is not an empty directory.\n",
    );
    const usage = run(fs, 'git clone');
    expect(usage.exitCode).toBe(129);
    expect(usage.stderr).toMatch(
      /^fatal: You must specify a repository to clone\.\n\nusage: git clone/,
    );
  });

  it('cannot clone over ssh without an ssh client', () => {
    const result = run(bookwormWithGit(), 'git clone git@github.com:acme/widget.git');
    expect(result.exitCode).toBe(128);
    expect(result.stderr).toContain(
      'error: cannot run ssh: No such file or directory\nfatal: unable to fork\n',
    );
  });

  it('shows in the layer: the clone is written to the build filesystem', () => {
    const fs = bookwormWithGit();
    run(fs, `git clone ${URL} /opt/widget`);
    expect(fs.stat('/opt/widget/.git/refs/remotes/origin/HEAD').ok).toBe(true);
    expect(fs.stat('/opt/widget/.git/hooks/pre-commit.sample').ok).toBe(true);
  });
});

describe('git init', () => {
  it('says where it initialised, with the initial-branch hint of the version', () => {
    const fs = bookwormWithGit();
    const result = run(fs, 'git init /repo');
    expect(result.stdout).toBe('Initialized empty Git repository in /repo/.git/\n');
    expect(result.stderr).toContain("hint: Using 'master' as the name for the initial branch.");
    expect(result.stderr).toContain('hint: \n'); // before git 2.45 an empty hint line kept its space
    expect(readText(fs, '/repo/.git/HEAD')).toBe('ref: refs/heads/master\n');
    expect(run(fs, 'git init /repo').stdout).toBe(
      'Reinitialized existing Git repository in /repo/.git/\n',
    );
  });

  it('takes init.defaultBranch from the global config and then prints no hint', () => {
    const fs = bookwormWithGit();
    const result = run(
      fs,
      'git config --global init.defaultBranch main && git init -q app; git init two',
    );
    expect(result.stderr).toBe('');
    expect(readText(fs, '/two/.git/HEAD')).toBe('ref: refs/heads/main\n');
  });

  it('prints no hint on git 2.25 (Ubuntu 20.04)', () => {
    const fs = imageFs('ubuntu', '20.04');
    const result = run(fs, `${APT_GIT} && git --version && git init /r`, 'focal');
    expect(result.stdout).toBe(
      'git version 2.25.1\nInitialized empty Git repository in /r/.git/\n',
    );
    expect(result.stderr).not.toContain('hint:');
  });
});

describe('git config', () => {
  it("writes ~/.gitconfig in git's format and reads it back", () => {
    const fs = bookwormWithGit();
    const result = run(
      fs,
      'git config --global user.email "ci@example.com" && git config --global user.name "CI Bot" && ' +
        'git config --global --add safe.directory \'*\' && git config --global url."https://github.com/".insteadOf git@github.com: && ' +
        'git config --global alias.hi "!echo hi # greet" && ' +
        'git config --get user.name && git config --global user.email && git config --global alias.hi',
    );
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe('CI Bot\nci@example.com\n!echo hi # greet\n');
    expect(readText(fs, '/root/.gitconfig')).toBe(
      '[user]\n\temail = ci@example.com\n\tname = CI Bot\n[safe]\n\tdirectory = *\n' +
        '[url "https://github.com/"]\n\tinsteadOf = git@github.com:\n' +
        '[alias]\n\thi = "!echo hi # greet"\n',
    );
  });

  it('--system writes /etc/gitconfig; a missing key exits 1; a key needs a section', () => {
    const fs = bookwormWithGit();
    expect(run(fs, 'git config --system core.autocrlf input').exitCode).toBe(0);
    expect(readText(fs, '/etc/gitconfig')).toBe('[core]\n\tautocrlf = input\n');
    expect(run(fs, 'git config --get user.name')).toMatchObject({ exitCode: 1, stdout: '' });
    expect(run(fs, 'git config foo bar')).toMatchObject({
      exitCode: 2,
      stderr: 'error: key does not contain a section: foo\n',
    });
    expect(run(fs, 'git config user.name x')).toMatchObject({
      exitCode: 128,
      stderr: 'fatal: not in a git directory\n',
    });
  });

  it("writes the repository's .git/config inside a repository", () => {
    const fs = bookwormWithGit();
    run(fs, 'git init -q /r && git -C /r config core.filemode false');
    expect(readText(fs, '/r/.git/config')).toContain('\tfilemode = false\n');
    expect(readText(fs, '/r/.git/config')).not.toContain('filemode = true');
  });
});

describe('git rev-parse, checkout, submodule and unknown commands', () => {
  it('outside a repository: not a git repository, exit 128', () => {
    const result = run(bookwormWithGit(), 'git rev-parse HEAD', 'bookworm', '/tmp');
    expect(result).toMatchObject({
      exitCode: 128,
      stderr: 'fatal: not a git repository (or any of the parent directories): .git\n',
    });
  });

  it('refuses a repository another user owns until safe.directory names it', () => {
    const fs = bookwormWithGit();
    const refused = run(
      fs,
      'git clone -q https://github.com/acme/w.git /w && chown -R 1000:1000 /w && git -C /w rev-parse HEAD',
    );
    expect(refused.exitCode).toBe(128);
    expect(refused.stderr).toBe(
      "fatal: detected dubious ownership in repository at '/w'\n" +
        'To add an exception for this directory, call:\n\n\tgit config --global --add safe.directory /w\n',
    );
    const allowed = run(
      fs,
      'git config --global --add safe.directory /w && git -C /w rev-parse HEAD',
    );
    expect(allowed.exitCode, allowed.stderr).toBe(0);
    expect(allowed.stdout).toMatch(/^[0-9a-f]{40}\n$/);
  });

  it('a fresh init has no HEAD commit yet', () => {
    const result = run(bookwormWithGit(), 'git init -q /r && cd /r && git rev-parse HEAD');
    expect(result.exitCode).toBe(128);
    expect(result.stdout).toBe('HEAD\n');
    expect(result.stderr).toMatch(/^fatal: ambiguous argument 'HEAD': unknown revision/);
  });

  it('git -C dir checkout TAG detaches HEAD at the tag; --short gives 7 digits', () => {
    const fs = bookwormWithGit();
    const result = run(
      fs,
      'git clone -q https://github.com/acme/w.git /w && git -C /w checkout v2.0.0 && git -C /w rev-parse --short HEAD',
    );
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^Note: switching to 'v2\.0\.0'\./);
    expect(result.stderr).toMatch(/HEAD is now at [0-9a-f]{7} /);
    expect(result.stdout).toMatch(/^[0-9a-f]{7}\n$/);
    expect(readText(fs, '/w/.git/HEAD')).toMatch(/^[0-9a-f]{40}\n$/);
  });

  it("checkout of a remote branch sets up tracking in the version's words", () => {
    const fs = bookwormWithGit();
    const result = run(
      fs,
      'git clone -q https://github.com/acme/w.git /w && git -C /w checkout develop',
    );
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe("branch 'develop' set up to track 'origin/develop'.\n");
    expect(result.stderr).toBe("Switched to a new branch 'develop'\n");
    expect(readText(fs, '/w/.git/HEAD')).toBe('ref: refs/heads/develop\n');
    expect(run(fs, 'git -C /w checkout develop').stderr).toBe("Already on 'develop'\n");
  });

  it('submodule update --init does nothing without .gitmodules, and registers what it lists', () => {
    const fs = bookwormWithGit();
    expect(
      run(
        fs,
        'git clone -q https://github.com/acme/w.git /w && cd /w && git submodule update --init --recursive',
      ),
    ).toMatchObject({ exitCode: 0, stdout: '' });
    const listed = run(
      fs,
      'printf \'[submodule "lib"]\\n\\tpath = vendor/lib\\n\\turl = https://github.com/acme/lib.git\\n\' > /w/.gitmodules && cd /w && git submodule update --init',
    );
    expect(listed.stdout).toMatch(
      /^Submodule 'lib' \(https:\/\/github\.com\/acme\/lib\.git\) registered for path 'vendor\/lib'\nSubmodule path 'vendor\/lib': checked out '[0-9a-f]{40}'\n$/,
    );
    expect(readText(fs, '/w/vendor/lib/.git')).toBe('gitdir: ../../.git/modules/lib\n');
  });

  it('init, remote add, fetch --depth 1 of a tag and checkout FETCH_HEAD, as Dockerfiles pin a commit', () => {
    const fs = bookwormWithGit();
    const result = run(
      fs,
      'git init -q /src && cd /src && git remote add origin https://github.com/acme/w.git && ' +
        'git remote -v && git fetch --depth 1 origin v1.4.0 && git checkout -q FETCH_HEAD && git rev-parse HEAD',
    );
    expect(result.exitCode, result.stderr).toBe(0);
    const [fetch, push, id] = result.stdout.split('\n');
    expect([fetch, push]).toEqual([
      'origin\thttps://github.com/acme/w.git (fetch)',
      'origin\thttps://github.com/acme/w.git (push)',
    ]);
    expect(result.stderr).toBe(
      'From https://github.com/acme/w\n * tag               v1.4.0     -> FETCH_HEAD\n',
    );
    expect(readText(fs, '/src/.git/FETCH_HEAD')).toBe(
      `${id}\t\ttag 'v1.4.0' of https://github.com/acme/w\n`,
    );
    expect(readText(fs, '/src/.git/HEAD')).toBe(`${id}\n`);
    expect(run(fs, 'cd /src && git remote add origin x')).toMatchObject({
      exitCode: 3,
      stderr: 'error: remote origin already exists.\n',
    });
  });

  it("an unknown command is git's error, exit 1; a known but unmodelled one is noted", () => {
    const fs = bookwormWithGit();
    expect(run(fs, 'git frobnicate')).toMatchObject({
      exitCode: 1,
      stderr: "git: 'frobnicate' is not a git command. See 'git --help'.\n",
    });
    expect(run(fs, 'git lfs install')).toMatchObject({
      exitCode: 1,
      stderr: "git: 'lfs' is not a git command. See 'git --help'.\n",
    });
    const lfs = run(
      fs,
      'touch /usr/local/bin/git-lfs && chmod +x /usr/local/bin/git-lfs && git lfs install',
    );
    expect(lfs.exitCode).toBe(0);
    expect(lfs.notes.join('\n')).toMatch(/runs git-lfs/);
    const log = run(fs, 'git log');
    expect(log.exitCode).toBe(0);
    expect(log.notes.join('\n')).toMatch(/git log is not modelled/);
  });
});
