/**
 * Installing a local project (`pip install .`, `uv sync`): its package is found as the build
 * backends find it (src/<name>/ or <name>/ beside pyproject.toml, or a single <name>.py) and
 * copied into site-packages, or for an editable install a .pth file points at its sources;
 * its `[project.scripts]` become console scripts; its dist-info has a RECORD like any wheel's.
 */
import type { Package } from '../../catalog/types';
import type { FileSystem } from '../../fs/filesystem';
import { exists, isDir, listDir, walkFiles, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import type { PyProject } from './pyproject';
import { writeDistInfo } from './site';

export interface LocalInstall {
  /** Where the project's sources are ("/app"). */
  dir: string;
  site: string;
  binDir: string;
  /** The interpreter console scripts run with. */
  python: string;
  editable: boolean;
  /** "pip" or "uv", as INSTALLER records. */
  installer: string;
}

/** The import name of a project: "my-app" is imported as my_app. */
export function importName(project: PyProject): string {
  return project.name.toLowerCase().replace(/[-.]+/g, '_');
}

/** Where the project's importable code is: a package directory or a module, and its root. */
export function projectSources(
  fs: FileSystem,
  dir: string,
  project: PyProject,
): { root: string; entries: string[] } {
  const name = importName(project);
  for (const root of [`${dir}/src`, dir]) {
    if (isDir(fs, `${root}/${name}`)) return { root, entries: [name] };
    if (exists(fs, `${root}/${name}.py`)) return { root, entries: [`${name}.py`] };
  }
  // Other packages under src/ (a project named "app" whose package is "myservice").
  const found = listDir(fs, `${dir}/src`).filter((e) => exists(fs, `${dir}/src/${e}/__init__.py`));
  return { root: `${dir}/src`, entries: found };
}

/** The bytes the wheel of a project would hold (its sources), for "Created wheel" lines. */
export function wheelSize(fs: FileSystem, dir: string, project: PyProject): number {
  const { root, entries } = projectSources(fs, dir, project);
  const files = entries.flatMap((e) => walkFiles(fs, `${root}/${e}`));
  const single = entries.filter((e) => e.endsWith('.py')).length;
  return Math.round(900 + files.reduce((n, f) => n + f.size * 0.55, 0) + single * 400);
}

export function wheelDigest(project: PyProject, size: number): string {
  return sha256Hex(`wheel:${project.name}:${project.version}:${size}`);
}

function consoleScript(python: string, target: string): string {
  const [module = '', func = 'main'] = target.split(':').map((s) => s.trim());
  const head = func.split('.')[0] ?? func;
  return `#!${python}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom ${module} import ${head}\nif __name__ == "__main__":\n    sys.argv[0] = re.sub(r"(-script\\.pyw|\\.exe)?$", "", sys.argv[0])\n    sys.exit(${func}())\n`;
}

/** Installs the project; returns the files it wrote (with sizes), as RECORD lists them. */
export function installLocalProject(
  fs: FileSystem,
  project: PyProject,
  options: LocalInstall,
): { path: string; size: number }[] {
  const written: { path: string; size: number }[] = [];
  const { root, entries } = projectSources(fs, options.dir, project);
  if (options.editable) {
    const pth = `${options.site}/__editable__.${project.name.replace(/-/g, '_')}-${project.version}.pth`;
    writeText(fs, pth, `${root}\n`);
    written.push({ path: pth, size: root.length + 1 });
  } else {
    for (const entry of entries) {
      for (const file of walkFiles(fs, `${root}/${entry}`)) {
        if (file.path.includes('/__pycache__/')) continue;
        const read = fs.readFile(file.path);
        if (!read.ok) continue;
        const to = `${options.site}${file.path.slice(root.length)}`;
        const node = read.value.node;
        if (read.value.text !== undefined) writeText(fs, to, read.value.text);
        else if (node.kind === 'file' && node.blob) {
          fs.mkdir(to.slice(0, to.lastIndexOf('/')), { parents: true });
          fs.writeFile(to, { blob: node.blob, size: node.size });
        }
        written.push({ path: to, size: file.size });
      }
    }
  }
  for (const [name, target] of Object.entries(project.scripts)) {
    const path = `${options.binDir}/${name}`;
    const text = consoleScript(options.python, target);
    writeText(fs, path, text, 0o755);
    written.push({ path, size: text.length });
  }
  const pkg: Package = {
    ecosystem: 'pypi',
    name: project.name,
    version: project.version,
    depends: project.dependencies,
    installedSize: written.reduce((n, f) => n + f.size, 0),
    downloadSize: 0,
    files: [],
    summary: '',
  };
  writeDistInfo(fs, options.site, pkg, project.version, written, true);
  const dist = `${options.site}/${project.name.replace(/-/g, '_')}-${project.version}.dist-info`;
  if (options.installer !== 'pip') writeText(fs, `${dist}/INSTALLER`, `${options.installer}\n`);
  if (Object.keys(project.scripts).length > 0) {
    const lines = Object.entries(project.scripts).map(([n, t]) => `${n} = ${t}`);
    writeText(fs, `${dist}/entry_points.txt`, `[console_scripts]\n${lines.join('\n')}\n\n`);
  }
  if (options.editable)
    writeText(
      fs,
      `${dist}/direct_url.json`,
      `{"dir_info": {"editable": true}, "url": "file://${options.dir}"}`,
    );
  return written;
}
