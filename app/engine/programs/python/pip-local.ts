/**
 * `pip install .`, `pip install -e .`, `pip install /path/to/project`: a local project is
 * built by its backend (setuptools, hatchling, poetry-core... in an isolated environment that
 * leaves nothing behind) and installed like a wheel: its dependencies are collected with
 * "(from app==0.1.0)", then "Building wheels for collected packages" and the install. The
 * lines are pip 25's in a build log; the build itself is not run (local-project.ts copies the
 * package's files).
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, exists, readText, removeTree } from '../common/fs-helpers';
import { removePackagePaths } from '../common/package-files';
import { sha256Hex } from '../common/hash';
import type { PythonEnv } from './env';
import { installLocalProject, wheelDigest, wheelSize } from './local-project';
import { readPyProject, type PyProject } from './pyproject';
import { parseRequirement, type Requirement } from './requirements';
import { findDist, recordedFiles } from './site';

export interface LocalBuild {
  name: string;
  version: string;
  dependencies: Requirement[];
  /** After the downloads: pip builds the wheel (or the editable wheel). */
  build(): string;
  /** Installs it into a site (replacing an installed version of it). */
  install(site: string, binDir: string): void;
}

/** Whether a pip operand names a local directory rather than a requirement. */
export function isLocalPath(operand: string): boolean {
  return operand === '.' || operand === '..' || /^(\.{1,2}\/|\/|file:)/.test(operand);
}

/** setup.py-only projects: the name and version its setup() call spells out. */
function fromSetupPy(text: string, dir: string): PyProject {
  const field = (key: string) => new RegExp(`${key}\\s*=\\s*['"]([^'"]+)['"]`).exec(text)?.[1];
  return {
    name: field('name') ?? dir.split('/').filter(Boolean).pop() ?? 'UNKNOWN',
    version: field('version') ?? '0.0.0',
    dependencies: [],
    dev: [],
    scripts: {},
    buildRequires: ['setuptools>=40.8.0'],
  };
}

/**
 * Reads each local project and prints pip's "Processing"/"Obtaining" block; undefined after
 * pip's error when one is not a Python project.
 */
export function prepareLocal(
  io: ProgramIO,
  env: PythonEnv,
  operands: readonly { path: string; editable: boolean }[],
  quiet: number,
): LocalBuild[] | undefined {
  const info = (text: string) => {
    if (quiet === 0) io.stdout(text);
  };
  const builds: LocalBuild[] = [];
  for (const { path, editable } of operands) {
    const dir = absolute(io.cwd, path.replace(/^file:\/\//, ''));
    const read = readPyProject(io.fs, dir);
    const setupPy = readText(io.fs, `${dir}/setup.py`);
    if (!read.ok && !read.missing) {
      io.stderr(`ERROR: ${read.error}\n`);
      return undefined;
    }
    if (!read.ok && setupPy === undefined) {
      io.stderr(
        editable
          ? `ERROR: file://${dir} does not appear to be a Python project: neither 'setup.py' nor 'pyproject.toml' found.\n`
          : `ERROR: Directory '${path}' is not installable. Neither 'setup.py' nor 'pyproject.toml' found.\n`,
      );
      return undefined;
    }
    const project = read.ok ? read.project : fromSetupPy(setupPy ?? '', dir);
    const step = (what: string) => {
      info(`  ${what}: started\n  ${what}: finished with status 'done'\n`);
      io.spend(900);
    };
    const kind = read.ok || exists(io.fs, `${dir}/pyproject.toml`) ? 'pyproject.toml' : 'setup.py';
    info(editable ? `Obtaining file://${dir}\n` : `Processing ${dir}\n`);
    step('Installing build dependencies');
    if (editable) step('Checking if build backend supports build_editable');
    step(
      editable ? 'Getting requirements to build editable' : 'Getting requirements to build wheel',
    );
    step(editable ? `Preparing editable metadata (${kind})` : `Preparing metadata (${kind})`);
    const wheelTag = editable ? '0.editable-py3-none-any' : 'py3-none-any';
    const dist = project.name.replace(/-/g, '_');
    builds.push({
      name: project.name,
      version: project.version,
      dependencies: project.dependencies
        .map((d) => parseRequirement(d))
        .filter((r): r is Requirement => r !== undefined),
      build() {
        const size = editable ? 1_300 + dir.length : wheelSize(io.fs, dir, project);
        const what = editable ? 'editable' : 'wheel';
        step(`Building ${what} for ${project.name} (${kind})`);
        const stored = sha256Hex(`${dir}:${project.name}`);
        return (
          `  Created wheel for ${project.name}: filename=${dist}-${project.version}-${wheelTag}.whl size=${size} sha256=${wheelDigest(project, size)}\n` +
          `  Stored in directory: /tmp/pip-ephem-wheel-cache-${stored.slice(0, 8)}/wheels/${stored.slice(8, 10)}/${stored.slice(10, 12)}/${stored.slice(12, 68)}\n`
        );
      },
      install(site, binDir) {
        const old = findDist(io.fs, [site], project.name);
        if (old) {
          // An earlier install of the project is replaced, as pip replaces any package.
          info(`  Attempting uninstall: ${old.name}\n`);
          info(`    Found existing installation: ${old.name} ${old.version}\n`);
          info(`    Uninstalling ${old.name}-${old.version}:\n`);
          const files = recordedFiles(io.fs, old);
          removeTree(io.fs, old.distInfo);
          removePackagePaths(io.fs, files, old.site);
          info(`      Successfully uninstalled ${old.name}-${old.version}\n`);
        }
        installLocalProject(io.fs, project, {
          dir,
          site,
          binDir,
          python: env.python.replace(/python3\.\d+$/, 'python3'),
          editable,
          installer: 'pip',
        });
      },
    });
  }
  return builds;
}

/** "Building wheels for collected packages: app" to "Successfully built app". */
export function buildLocal(io: ProgramIO, builds: readonly LocalBuild[], quiet: number): void {
  if (builds.length === 0) return;
  const out = (text: string) => {
    if (quiet === 0) io.stdout(text);
  };
  out(`Building wheels for collected packages: ${builds.map((b) => b.name).join(', ')}\n`);
  for (const b of builds) out(b.build());
  out(`Successfully built ${builds.map((b) => b.name).join(' ')}\n`);
}
