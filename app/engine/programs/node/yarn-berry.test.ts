import { describe, expect, it } from 'vitest';
import { exists, readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { APP_PACKAGE_JSON, NODE_ENV, nodeFs, npmRegistry } from '../testing/nodes';
import { corepackProgram } from './npx';
import { yarnProgram } from './yarn';

const yarn = yarnProgram(npmRegistry);
const COREPACK = '/usr/local/lib/node_modules/corepack/dist';
const CLASSIC = '/opt/yarn-v1.22.22/bin/yarn';

/** A node image whose `yarn` is corepack's shim (after `corepack enable`) or Yarn 1.22. */
function image(shim: 'corepack' | 'classic', files: Record<string, string> = {}) {
  return nodeFs({
    [`${COREPACK}/yarn.js`]: { blob: 82 } as unknown as string,
    [CLASSIC]: { blob: 1_016 } as unknown as string,
    '/usr/local/bin/yarn': {
      link: shim === 'corepack' ? '../lib/node_modules/corepack/dist/yarn.js' : CLASSIC,
    } as unknown as string,
    ...files,
  });
}

const PINNED = JSON.stringify({
  ...(JSON.parse(APP_PACKAGE_JSON) as object),
  packageManager: 'yarn@4.5.3',
});
const opts = { env: NODE_ENV, cwd: '/app' };

describe('which yarn runs', () => {
  it('Yarn 1.22 outside corepack refuses a project pinned to Yarn 4', () => {
    const fs = image('classic', { '/app/package.json': PINNED });
    const result = runProgram(yarn, ['yarn', 'install'], fs, opts);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'error This project\'s package.json defines "packageManager": "yarn@4.5.3". However the current global version of Yarn is 1.22.22.\n\n' +
        'Presence of the "packageManager" field indicates that the project is meant to be used with Corepack, a tool included by default with all official Node.js distributions starting from 16.9 and 14.19.\n' +
        'Corepack must currently be enabled by running corepack enable in your terminal. For more information, check out https://yarnpkg.com/corepack.\n',
    );
  });

  it("corepack's shim downloads the pinned release once and runs it", () => {
    const fs = image('corepack', { '/app/package.json': PINNED });
    const first = runProgram(yarn, ['yarn', '--version'], fs, opts);
    expect(first.stderr).toBe(
      '! Corepack is about to download https://repo.yarnpkg.com/4.5.3/packages/yarnpkg-cli/bin/yarn.js\n',
    );
    expect(first.stdout).toBe('4.5.3\n');
    expect(exists(fs, '/root/.cache/node/corepack/v1/yarn/4.5.3/yarn.js')).toBe(true);
    const again = runProgram(yarn, ['yarn', '--version'], fs, opts);
    expect(again.stderr).toBe('');
  });

  it('corepack enable replaces the image link to Yarn 1.22', () => {
    const fs = image('classic');
    runProgram(corepackProgram, ['corepack', 'enable'], fs);
    const link = fs.lstat('/usr/local/bin/yarn');
    expect(link.ok && link.value.node.kind === 'symlink' && link.value.node.target).toBe(
      '../lib/node_modules/corepack/dist/yarn.js',
    );
  });

  it('yarn set version stable writes the release, yarnPath and packageManager', () => {
    const fs = image('classic', { '/app/package.json': APP_PACKAGE_JSON });
    const set = runProgram(yarn, ['yarn', 'set', 'version', 'stable'], fs, opts);
    expect(set.stdout).toMatch(
      /^➤ YN0000: You don't seem to have Corepack enabled; we'll have to rely on yarnPath instead\n➤ YN0000: Downloading https:\/\/repo\.yarnpkg\.com\/(4\.\d+\.\d+)\/packages\/yarnpkg-cli\/bin\/yarn\.js\n➤ YN0000: Saving the new release in \.yarn\/releases\/yarn-\1\.cjs\n➤ YN0000: Done with warnings in \d+s \d+ms\n$/,
    );
    const version = /yarn-(4\.\d+\.\d+)\.cjs/.exec(set.stdout)?.[1] ?? '';
    expect(readText(fs, '/app/.yarnrc.yml')).toBe(`yarnPath: .yarn/releases/yarn-${version}.cjs\n`);
    expect(exists(fs, `/app/.yarn/releases/yarn-${version}.cjs`)).toBe(true);
    expect(readText(fs, '/app/package.json')).toContain(`"packageManager": "yarn@${version}"`);
    expect(runProgram(yarn, ['yarn', '-v'], fs, opts).stdout).toBe(`${version}\n`);
  });
});

describe('yarn install (Berry)', () => {
  it("links with Plug'n'Play by default: .pnp.cjs, zips in the global cache, no node_modules", () => {
    const fs = image('corepack', { '/app/package.json': PINNED });
    const result = runProgram(yarn, ['yarn', 'install'], fs, opts);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^➤ YN0000: · Yarn 4\.5\.3\n➤ YN0000: ┌ Resolution step\n➤ YN0085: │ \+ express@npm:5\.1\.0, typescript@npm:5\.9\.3, body-parser@npm:2\.2\.0, debug@npm:4\.4\.1, ms@npm:2\.1\.3\.\n➤ YN0000: └ Completed( in \d+s \d+ms)?\n➤ YN0000: ┌ Fetch step\n➤ YN0013: │ 5 packages were added to the project \(\+ [\d.]+ MiB\)\.\n➤ YN0000: └ Completed( in \d+s \d+ms)?\n➤ YN0000: ┌ Link step\n➤ YN0000: └ Completed( in \d+s \d+ms)?\n➤ YN0000: · Done in \d+s \d+ms\n$/,
    );
    expect(exists(fs, '/app/.pnp.cjs')).toBe(true);
    expect(exists(fs, '/app/.pnp.loader.mjs')).toBe(true);
    expect(exists(fs, '/app/node_modules')).toBe(false);
    const cache = fs.readdir('/root/.yarn/berry/cache');
    expect(
      cache.ok && cache.value.filter((f) => /^express-npm-5\.1\.0-\w{10}-10c0\.zip$/.test(f)),
    ).toHaveLength(1);
    expect(readText(fs, '/app/yarn.lock')).toContain('"express@npm:^5.1.0":\n  version: 5.1.0\n');
  });

  it('keeps the zips in .yarn/cache, named by checksum, without the global cache', () => {
    const fs = image('corepack', {
      '/app/package.json': PINNED,
      '/app/.yarnrc.yml': 'enableGlobalCache: false\n',
    });
    runProgram(yarn, ['yarn', 'install'], fs, opts);
    const cache = fs.readdir('/app/.yarn/cache');
    expect(
      cache.ok && cache.value.some((f) => /^ms-npm-2\.1\.3-\w{10}-[0-9a-f]{10}\.zip$/.test(f)),
    ).toBe(true);
    expect(exists(fs, '/root/.yarn/berry')).toBe(false);
  });

  it('nodeLinker: node-modules writes node_modules and .yarn-state.yml instead of .pnp.cjs', () => {
    const fs = image('corepack', {
      '/app/package.json': PINNED,
      '/app/.yarnrc.yml': 'nodeLinker: node-modules\n',
    });
    runProgram(yarn, ['yarn', 'install'], fs, opts);
    expect(exists(fs, '/app/node_modules/express/index.js')).toBe(true);
    expect(exists(fs, '/app/node_modules/.bin/tsc')).toBe(true);
    expect(readText(fs, '/app/node_modules/.yarn-state.yml')).toContain(
      '"express@npm:5.1.0":\n  locations:\n    - "node_modules/express"\n',
    );
    expect(exists(fs, '/app/.pnp.cjs')).toBe(false);
  });

  it('--immutable refuses a missing or stale lockfile and accepts the one install wrote', () => {
    const fs = image('corepack', { '/app/package.json': PINNED });
    const missing = runProgram(yarn, ['yarn', 'install', '--immutable'], fs, opts);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(
      '➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.\n',
    );
    expect(missing.stdout).toMatch(/➤ YN0000: · Failed with errors in \d+s \d+ms\n$/);
    expect(exists(fs, '/app/yarn.lock')).toBe(false);
    runProgram(yarn, ['yarn', 'install'], fs, opts);
    const lock = readText(fs, '/app/yarn.lock');
    const again = runProgram(
      yarn,
      ['yarn', 'install', '--immutable', '--immutable-cache'],
      fs,
      opts,
    );
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('YN0085');
    expect(readText(fs, '/app/yarn.lock')).toBe(lock);
    fs.writeFile('/app/package.json', {
      text: PINNED.replace('"express"', '"ms":"^2.0.0","express"'),
    });
    const stale = runProgram(yarn, ['yarn', 'install', '--immutable'], fs, opts);
    expect(stale.code).toBe(1);
    expect(readText(fs, '/app/yarn.lock')).toBe(lock);
  });

  it('workspaces focus --production installs only what production needs, leaving yarn.lock alone', () => {
    const fs = image('corepack', {
      '/app/package.json': PINNED,
      '/app/.yarnrc.yml': 'nodeLinker: node-modules\n',
    });
    const result = runProgram(yarn, ['yarn', 'workspaces', 'focus', '--production'], fs, opts);
    expect(result.code).toBe(0);
    expect(exists(fs, '/app/node_modules/express')).toBe(true);
    expect(exists(fs, '/app/node_modules/typescript')).toBe(false);
    expect(exists(fs, '/app/yarn.lock')).toBe(false);
  });

  it('Yarn 3 writes its own lockfile format and needs the workspace-tools plugin to focus', () => {
    const fs = image('corepack', {
      '/app/package.json': PINNED.replace('4.5.3', '3.8.7'),
      '/app/.yarnrc.yml': 'nodeLinker: node-modules\n',
    });
    const install = runProgram(yarn, ['yarn', 'install'], fs, opts);
    expect(install.stdout).toContain(
      "➤ YN0013: │ ms@npm:2.1.3 can't be found in the cache and will be fetched from the remote registry\n",
    );
    expect(install.stdout).toMatch(/\n➤ YN0000: Done in \d+s \d+ms\n$/);
    const lock = readText(fs, '/app/yarn.lock') ?? '';
    expect(lock).toContain('__metadata:\n  version: 6\n  cacheKey: 8\n');
    expect(lock).toContain('    debug: ^4.4.1\n');
    expect(exists(fs, '/app/.yarn/cache')).toBe(true);
    const focus = runProgram(yarn, ['yarn', 'workspaces', 'focus', '--production'], fs, opts);
    expect(focus.code).toBe(1);
  });

  it('yarn install --production is refused by Berry', () => {
    const fs = image('corepack', { '/app/package.json': PINNED });
    const result = runProgram(yarn, ['yarn', 'install', '--production'], fs, opts);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "➤ YN0050: The --production option is deprecated on 'install'; use 'yarn workspaces focus' instead\n",
    );
  });
});

describe('yarn run (Berry)', () => {
  it('runs a script without a banner and names a missing one', () => {
    const fs = image('corepack', { '/app/package.json': PINNED });
    const ok = runProgram(yarn, ['yarn', 'build'], fs, opts);
    expect(ok.stdout).toBe('');
    expect(ok.runs[0]?.slice(0, 3)).toEqual(['sh', '-c', 'tsc -p .']);
    const missing = runProgram(yarn, ['yarn', 'run', 'lint'], fs, opts);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(
      /^Usage Error: Couldn't find a script named "lint"\.\n\n\$ yarn run /,
    );
  });
});
