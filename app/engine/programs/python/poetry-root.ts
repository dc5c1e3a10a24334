/**
 * Installing the project itself (`poetry install` without --no-root, or --only-root): Poetry's
 * editable builder writes `<name>.pth` into site-packages naming the directory its packages are
 * in (the project, or src/), a dist-info (INSTALLER "poetry", direct_url.json marking it
 * editable) and the project's scripts in the environment's bin. Where no package is found
 * Poetry 1.8 warns and goes on; Poetry 2 makes that an error.
 */
import type { Package } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { exists, isDir, writeText } from '../common/fs-helpers';
import type { PythonEnv } from './env';
import type { PoetryProject } from './poetry-project';
import { writeDistInfo } from './site';

/** The directories that hold the project's packages (what the .pth file lists). */
export function packageRoots(io: ProgramIO, project: PoetryProject): string[] | undefined {
  const dir = project.dir === '/' ? '' : project.dir;
  if (project.packages.length > 0) {
    const roots = project.packages
      .filter((p) => exists(io.fs, `${dir}/${p.from ? `${p.from}/` : ''}${p.include}`))
      .map((p) => (p.from ? `${dir}/${p.from}` : dir || '/'));
    return roots.length > 0 ? [...new Set(roots)] : undefined;
  }
  const module = project.name.toLowerCase().replace(/[-.]+/g, '_');
  for (const root of [dir, `${dir}/src`]) {
    if (isDir(io.fs, `${root}/${module}`) || exists(io.fs, `${root}/${module}.py`))
      return [root || '/'];
  }
  return undefined;
}

function script(python: string, target: string): string {
  const [module = '', func = 'main'] = target.split(':').map((s) => s.trim());
  return `#!${python}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\n\nfrom ${module} import ${func.split('.')[0]}\n\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(${func}())\n`;
}

/** Prints "Installing the current project" and installs it; returns Poetry's exit code. */
export function installRoot(
  io: ProgramIO,
  env: PythonEnv,
  project: PoetryProject,
  major: number,
  dryRun: boolean,
): number {
  io.stdout(`\nInstalling the current project: ${project.name} (${project.version})`);
  if (dryRun) {
    io.stdout('\n');
    return 0;
  }
  const roots = packageRoots(io, project);
  if (!roots) {
    const module = project.name.toLowerCase().replace(/[-.]+/g, '_');
    const advice =
      'If you do not want to install the current project use --no-root.\n' +
      'If you want to use Poetry only for dependency management but not for packaging, you can disable package mode by setting package-mode = false in your pyproject.toml file.\n';
    io.stdout('\n');
    if (major >= 2) {
      io.stderr(
        `Error: The current project could not be installed: No file/folder found for package ${module}\n${advice}If you did intend to install the current project, you may need to set \`packages\` in your pyproject.toml file.\n`,
      );
      return 1;
    }
    io.stderr(
      `The current project could not be installed: No file/folder found for package ${module}\n${advice}In a future version of Poetry this warning will become an error!\n`,
    );
    return 0;
  }
  const dist = project.name.toLowerCase().replace(/[-.]+/g, '_');
  const written: { path: string; size: number }[] = [];
  const pth = `${env.sitePackages}/${dist}.pth`;
  const pthText = roots.map((r) => `${r}\n`).join('');
  writeText(io.fs, pth, pthText);
  written.push({ path: pth, size: pthText.length });
  for (const [name, target] of Object.entries(project.scripts)) {
    const text = script(`${env.binDir}/python`, target);
    writeText(io.fs, `${env.binDir}/${name}`, text, 0o755);
    written.push({ path: `${env.binDir}/${name}`, size: text.length });
  }
  const deps = [...(project.groups.get('main')?.dependencies ?? [])];
  const pkg: Package = {
    ecosystem: 'pypi',
    name: dist,
    version: project.version,
    depends: deps.map((d) => d.name),
    installedSize: written.reduce((n, f) => n + f.size, 0),
    downloadSize: 0,
    files: [],
    summary: '',
  };
  writeDistInfo(io.fs, env.sitePackages, pkg, project.version, written, false);
  const info = `${env.sitePackages}/${dist}-${project.version}.dist-info`;
  writeText(io.fs, `${info}/INSTALLER`, 'poetry\n');
  writeText(
    io.fs,
    `${info}/direct_url.json`,
    `{"dir_info": {"editable": true}, "url": "file://${project.dir}"}`,
  );
  io.stdout('\n');
  io.note(
    `Poetry installed ${project.name} editable: ${pth} puts ${roots.join(', ')} on sys.path, so the code is imported from the project directory, not copied.`,
  );
  return 0;
}
