/**
 * `npm ls` (npm 7+: the project's direct dependencies, depth 0): the root as
 * `name@version /path`, then each dependency of package.json, sorted by name, with the version
 * installed in node_modules. One that is not installed is an `UNMET DEPENDENCY` and npm exits 1
 * with ELSPROBLEMS's "missing: ..., required by ..." lines; dev dependencies npm omits
 * (--omit=dev, NODE_ENV=production) are left out of the tree, as npm leaves them out.
 * Deeper levels (--all, --depth) are not printed; a note says so.
 */
import type { ProgramIO } from '../../shell/program';
import type { parseArgs } from '../common/args';
import { hasOption, optionValue } from '../common/args';
import { logLine, npmError } from './npm-messages';
import { cacheDir, omitDev, projectFile, readManifest } from './npm-config';
import { readJson, type PackageJson } from './project';

export function npmLs(io: ProgramIO, parsed: ReturnType<typeof parseArgs>): number {
  const manifest = readManifest(io);
  if (!manifest) return 1;
  const root = `${manifest.name ?? ''}@${manifest.version ?? ''}`;
  const wanted: Record<string, string> = {
    ...(omitDev(io, parsed) ? {} : manifest.devDependencies),
    ...manifest.dependencies,
  };
  const names = Object.keys(wanted).sort((a, b) => a.localeCompare(b));
  const missing: string[] = [];
  const lines = names.map((name, i) => {
    const branch = i === names.length - 1 ? '└── ' : '├── ';
    const installed = readJson<PackageJson>(
      io.fs,
      projectFile(io, `node_modules/${name}/package.json`),
    );
    if (installed.ok && installed.value.version)
      return `${branch}${name}@${installed.value.version}`;
    missing.push(`missing: ${name}@${wanted[name]}, required by ${root}`);
    return `${branch}UNMET DEPENDENCY ${name}@${wanted[name]}`;
  });
  io.stdout(`${root} ${io.cwd}\n${lines.length > 0 ? lines.join('\n') : '└── (empty)'}\n\n`);
  if (hasOption(parsed, 'all') || Number(optionValue(parsed, 'depth') ?? 0) > 0)
    io.note('npm ls prints the direct dependencies only here; the deeper tree is not shown.');
  if (missing.length === 0) return 0;
  io.stderr(npmError(['code ELSPROBLEMS', ...missing, logLine(io.now, cacheDir(io, parsed))]));
  return 1;
}
