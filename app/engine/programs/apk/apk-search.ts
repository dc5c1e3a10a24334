/**
 * `apk search` as apk-tools prints it: each package whose name, or a name it provides
 * (`cmd:curl`, `so:libcurl.so.4`), matches a pattern, in name order, newest version only.
 * A pattern is a glob matched without regard to case, and a substring unless -x/--exact
 * (`-e` too). The line is `name-version` (apk's default verbosity is 1), `name` with -q,
 * `name-version - description` with -v; -d/--description matches the description as well.
 * Only the packages of Layercake's catalog are searched, not the ~26,000 of the real index.
 */
import type { Catalog, Package } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { patternSource } from '../../shell/expand/pattern';
import { verbosity } from './apk-info';

/** What a package provides besides its name, from its files, as abuild derives it. */
function provides(pkg: Package): string[] {
  return pkg.files.flatMap((f) => {
    const base = f.path.slice(f.path.lastIndexOf('/') + 1);
    if (/^\/(usr\/)?lib\/[^/]+\.so(\.\d+)+$/.test(f.path)) return [`so:${base}`];
    if (/^\/(usr\/)?s?bin\/[^/]+$/.test(f.path)) return [`cmd:${base}`];
    return [];
  });
}

/** fnmatch(pattern, text, FNM_CASEFOLD): `*` and `?` cross `/`, as without FNM_PATHNAME. */
function globTest(pattern: string): (text: string) => boolean {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${patternSource(pattern)})$`, 'iu');
  } catch {
    return (text) => text.toLowerCase() === pattern.toLowerCase();
  }
  return (text) => re.test(text);
}

export function apkSearch(
  io: ProgramIO,
  catalog: Catalog,
  args: readonly string[],
  patterns: readonly string[],
): number {
  const has = (...flags: string[]) => flags.some((f) => args.includes(f) || inCluster(args, f));
  const exact = has('-x', '-e', '--exact');
  const description = has('-d', '--description');
  const quiet = args.filter((a) => a === '--quiet' || /^-[a-zA-Z]*q/.test(a)).length;
  const level = 1 + verbosity(args) - quiet;
  if (has('-o', '--origin', '-r', '--rdepends', '--has-origin'))
    io.note(
      "apk search's -o, -r and --has-origin are not modelled: Layercake's catalog does not record origins and reverse dependencies; names are printed.",
    );
  const tests = patterns.map((p) => globTest(exact ? p : `*${p}*`));
  const matches = (text: string) => tests.length === 0 || tests.some((t) => t(text));
  const names = catalog.packageNames?.('apk', 'alpine') ?? [];
  const lines: string[] = [];
  for (const name of names) {
    const pkg = catalog.package('apk', name, 'alpine');
    if (!pkg || pkg.name !== name) continue;
    const found = description
      ? matches(name) || matches(pkg.summary)
      : [name, ...provides(pkg)].some(matches);
    if (!found) continue;
    const id = level > 0 ? `${name}-${pkg.version}` : name;
    lines.push(level > 1 ? `${id} - ${pkg.summary}\n` : `${id}\n`);
  }
  io.stdout(lines.join(''));
  io.note(
    `apk search looked only at the ${names.length} Alpine packages Layercake's catalog knows; the real index has about 26,000, so it would list more.`,
  );
  return 0;
}

/** `-qx` holds `-x`: one-letter flags may come clustered. */
function inCluster(args: readonly string[], flag: string): boolean {
  return (
    /^-[a-z]$/.test(flag) &&
    args.some((a) => /^-[a-zA-Z]{2,}$/.test(a) && a.includes(flag[1] as string))
  );
}
