/**
 * Which Ruby an image has and where its gems go, read from the image: the official images'
 * /usr/local install (RUBY_VERSION, GEM_HOME=/usr/local/bundle) or Debian's and Alpine's
 * packaged ruby under /usr. Versions of RubyGems and Bundler come from the Ruby release when
 * it is a known one, else from the default bundler gemspec the install holds (they are
 * released in step: Bundler 2.6.2 ships with RubyGems 3.6.2); a newer Bundler installed with
 * `gem install bundler` is the one `bundle` runs.
 */
import type { FileSystem } from '../../fs/filesystem';
import { exists, listDir, readText } from '../common/fs-helpers';
import { compareGemVersions } from './versions';

export interface RubyEnv {
  /** "3.4.1" */
  version: string;
  /** The ABI directory name: "3.4.0". */
  abi: string;
  /** "/usr/local/bin/ruby" */
  ruby: string;
  /** "/usr/local" or "/usr". */
  prefix: string;
  /** Where `gem install` puts gems: GEM_HOME, else the install's own gem dir. */
  gemHome: string;
  /** Where executables of gems go (GEM_HOME/bin, or the prefix's bin). */
  gemBin: string;
  /** The install's own gem dir, which holds the bundled gems and default gemspecs. */
  systemGemDir: string;
  rubygemsVersion: string;
  bundlerVersion: string;
  /** RubyGems' name for this platform: "x86_64-linux" (glibc) or "x86_64-linux-musl". */
  platform: string;
  libc: 'gnu' | 'musl';
  /** Release date as `ruby -v` prints it. */
  date: string;
}

/**
 * Ruby releases: date, and the Bundler that ships with them where known (else the image's
 * default gemspec, or the minor's). Dates and revisions are what `ruby -v` prints.
 */
const RELEASES: Record<string, [string, string?]> = {
  '3.4.7': ['2025-10-08', '2.6.9'],
  '3.4.1': ['2024-12-25', '2.6.2'],
  '3.3.10': ['2025-10-23', '2.5.22'],
  '3.3.8': ['2025-04-09'],
  '3.3.7': ['2025-01-15', '2.5.22'],
  '3.3.6': ['2024-11-05', '2.5.22'],
  '3.3.5': ['2024-09-03'],
  '3.3.4': ['2024-07-09'],
  '3.3.0': ['2023-12-25'],
  '3.2.9': ['2025-07-24', '2.4.19'],
  '3.2.3': ['2024-01-18'],
  '3.2.2': ['2023-03-30'],
  '3.1.7': ['2025-03-26', '2.3.27'],
};

/** Bundler shipped with each minor when the exact release is not in RELEASES. */
const BUNDLER_BY_MINOR: Record<string, string> = {
  '3.5': '2.7.2',
  '3.4': '2.6.9',
  '3.3': '2.5.22',
  '3.2': '2.4.19',
  '3.1': '2.3.27',
  '3.0': '2.2.33',
  '2.7': '2.1.4',
};

function findVersion(fs: FileSystem, env: Readonly<Record<string, string>>): string | undefined {
  if (env.RUBY_VERSION && /^\d+\.\d+\.\d+$/.test(env.RUBY_VERSION)) return env.RUBY_VERSION;
  for (const dir of ['/usr/local/lib', '/usr/lib', '/usr/lib/x86_64-linux-gnu']) {
    for (const name of listDir(fs, dir)) {
      const m = /^libruby(?:-\d+\.\d+)?\.so\.(\d+\.\d+\.\d+)$/.exec(name);
      if (m) return m[1];
    }
  }
  for (const dir of ['/usr/local/lib/ruby', '/usr/lib/ruby']) {
    const abi = listDir(fs, dir).find((n) => /^\d+\.\d+\.0$/.test(n));
    if (abi) return abi;
  }
  // A distribution's packaged ruby whose files the catalog does not spell out: its release's.
  if (exists(fs, '/usr/bin/ruby')) {
    if (exists(fs, '/etc/alpine-release')) return DISTRO_RUBY.alpine;
    const codename = /^VERSION_CODENAME=(\w+)/m.exec(readText(fs, '/etc/os-release') ?? '')?.[1];
    return codename ? DISTRO_RUBY[codename] : undefined;
  }
  return undefined;
}

/** The ruby each distribution release packages (Debian's ruby3.3 in trixie, ...). */
const DISTRO_RUBY: Record<string, string> = {
  trixie: '3.3.8',
  bookworm: '3.1.2',
  bullseye: '2.7.4',
  noble: '3.2.3',
  jammy: '3.0.2',
  focal: '2.7.0',
  alpine: '3.4.4',
};

export function rubyEnv(
  fs: FileSystem,
  env: Readonly<Record<string, string>>,
): RubyEnv | undefined {
  const version = findVersion(fs, env);
  if (!version) return undefined;
  const minor = version.split('.').slice(0, 2).join('.');
  const abi = `${minor}.0`;
  const prefix = exists(fs, '/usr/local/bin/ruby') ? '/usr/local' : '/usr';
  const libc =
    exists(fs, '/lib/ld-musl-x86_64.so.1') || exists(fs, '/etc/alpine-release') ? 'musl' : 'gnu';
  // Debian's packaged ruby keeps gems in /var/lib/gems; installs under /usr/local in lib/ruby/gems.
  const systemGemDir =
    prefix === '/usr' && libc === 'gnu' ? `/var/lib/gems/${abi}` : `${prefix}/lib/ruby/gems/${abi}`;
  const shipped = listDir(fs, `${prefix}/lib/ruby/gems/${abi}/specifications/default`)
    .map((n) => /^bundler-(\d+\.\d+\.\d+)\.gemspec$/.exec(n)?.[1])
    .find(Boolean);
  const release = RELEASES[version];
  const gemHome = env.GEM_HOME || systemGemDir;
  // A newer Bundler installed with `gem install bundler` wins, as RubyGems activates the newest.
  const installedBundler = listDir(fs, `${gemHome}/specifications`)
    .map((n) => /^bundler-(\d+\.\d+\.\d+)\.gemspec$/.exec(n)?.[1])
    .filter((v): v is string => v !== undefined)
    .sort(compareGemVersions)
    .pop();
  // A known release's own Bundler wins over the image's default gemspec: stand-in images name
  // one Bundler for every patch release of a minor (ruby:3.4.1's says 2.6.9; 3.4.1 shipped 2.6.2).
  const defaultBundler = release?.[1] ?? shipped ?? BUNDLER_BY_MINOR[minor] ?? '2.6.9';
  const bundlerVersion =
    installedBundler && compareGemVersions(installedBundler, defaultBundler) > 0
      ? installedBundler
      : defaultBundler;
  return {
    version,
    abi,
    ruby: `${prefix}/bin/ruby`,
    prefix,
    gemHome,
    gemBin: env.GEM_HOME
      ? `${env.GEM_HOME}/bin`
      : prefix === '/usr'
        ? '/usr/local/bin'
        : `${prefix}/bin`,
    systemGemDir,
    rubygemsVersion: defaultBundler.replace(/^2\./, '3.'),
    bundlerVersion,
    platform: libc === 'musl' ? 'x86_64-linux-musl' : 'x86_64-linux',
    libc,
    date: release?.[0] ?? '2025-01-01',
  };
}

/** `ruby -v`: "ruby 3.4.1 (2024-12-25 revision 48d4efcb85) +PRISM [x86_64-linux]". */
export function rubyDescription(ruby: RubyEnv, yjit = false): string {
  const revision = REVISIONS[ruby.version] ?? '0000000000';
  // With YJIT on (Rails 7.2+ enables it as it boots), +YJIT comes before +PRISM (3.4+).
  const flags = `${yjit ? ' +YJIT' : ''}${ruby.abi >= '3.4.0' ? ' +PRISM' : ''}`;
  return `ruby ${ruby.version} (${ruby.date} revision ${revision})${flags} [${ruby.platform}]`;
}

const REVISIONS: Record<string, string> = {
  '3.4.7': '7a5688e2a2',
  '3.4.1': '48d4efcb85',
  '3.3.10': '343ea05002',
  '3.3.8': 'b200bad6cd',
  '3.3.7': 'be31f993d7',
  '3.3.6': '75015d4c1f',
  '3.3.5': 'ef084cc8f4',
  '3.3.4': 'be1089c8ec',
  '3.3.0': '5124f9ac75',
  '3.2.3': '52bb2ac0a6',
  '3.2.2': 'e51014f9c0',
};
