/**
 * Gemfile.lock, read and written in Bundler's format: the GEM section's specs (with their
 * dependencies' requirements), PLATFORMS, DEPENDENCIES and BUNDLED WITH.
 */

export interface LockedSpec {
  name: string;
  version: string;
  /** "x86_64-linux-gnu" for a platform gem; undefined for a pure (ruby platform) gem. */
  platform?: string;
  /** Dependency name → requirement (">= 0" when the lockfile gives none). */
  dependencies: Record<string, string>;
}

export interface Lockfile {
  remote: string;
  specs: LockedSpec[];
  platforms: string[];
  /** Gemfile dependencies as locked: name → requirement text ("~> 8.0.1"), "" for none. */
  dependencies: Record<string, string>;
  bundledWith?: string;
  rubyVersion?: string;
}

/** "1.18.1-x86_64-linux-gnu" → ["1.18.1", "x86_64-linux-gnu"]. */
export function splitPlatform(text: string): [string, string | undefined] {
  const dash = text.search(/-[a-z]/i);
  return dash < 0 ? [text, undefined] : [text.slice(0, dash), text.slice(dash + 1)];
}

export function parseLockfile(text: string): Lockfile | undefined {
  const lock: Lockfile = { remote: '', specs: [], platforms: [], dependencies: {} };
  let section = '';
  let current: LockedSpec | undefined;
  let sawGem = false;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) {
      section = line.trim();
      if (section === 'GEM') sawGem = true;
      continue;
    }
    const trimmed = line.trim();
    if (!trimmed) continue;
    const indent = line.length - line.trimStart().length;
    if (section === 'GEM') {
      const remote = /^remote:\s*(\S+)/.exec(trimmed);
      if (remote) lock.remote = remote[1] as string;
      const spec = /^([^\s(]+) \(([^)]+)\)$/.exec(trimmed);
      const dep = /^([^\s(]+)(?: \(([^)]+)\))?$/.exec(trimmed);
      if (indent === 4 && spec) {
        const [version, platform] = splitPlatform(spec[2] as string);
        current = {
          name: spec[1] as string,
          version,
          ...(platform ? { platform } : {}),
          dependencies: {},
        };
        lock.specs.push(current);
      } else if (indent === 6 && dep && current) {
        current.dependencies[dep[1] as string] = dep[2] ?? '>= 0';
      }
    } else if (section === 'PLATFORMS') lock.platforms.push(trimmed);
    else if (section === 'DEPENDENCIES') {
      const dep = /^([^\s(!]+)!?(?: \(([^)]+)\))?$/.exec(trimmed);
      if (dep) lock.dependencies[dep[1] as string] = dep[2] ?? '';
    } else if (section === 'BUNDLED WITH') lock.bundledWith = trimmed;
    else if (section === 'RUBY VERSION') lock.rubyVersion = trimmed;
  }
  return sawGem ? lock : undefined;
}

export function writeLockfile(lock: Lockfile): string {
  const specs = [...lock.specs].sort((a, b) =>
    a.name === b.name
      ? (a.platform ?? '').localeCompare(b.platform ?? '')
      : a.name < b.name
        ? -1
        : 1,
  );
  const lines = ['GEM', `  remote: ${lock.remote}`, '  specs:'];
  for (const spec of specs) {
    lines.push(`    ${spec.name} (${spec.version}${spec.platform ? `-${spec.platform}` : ''})`);
    for (const [name, req] of Object.entries(spec.dependencies).sort(([a], [b]) =>
      a < b ? -1 : 1,
    ))
      lines.push(`      ${name}${req && req !== '>= 0' ? ` (${req})` : ''}`);
  }
  lines.push('', 'PLATFORMS', ...[...lock.platforms].sort().map((p) => `  ${p}`), '');
  lines.push('DEPENDENCIES');
  for (const [name, req] of Object.entries(lock.dependencies).sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(`  ${name}${req ? ` (${req})` : ''}`);
  if (lock.rubyVersion) lines.push('', 'RUBY VERSION', `   ${lock.rubyVersion}`);
  lines.push('', 'BUNDLED WITH', `   ${lock.bundledWith ?? ''}`, '');
  return lines.join('\n');
}
