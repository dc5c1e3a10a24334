/**
 * The tree inside a source tarball the simulation knows only by name
 * (`memcached-1.6.39.tar.gz`): the files a build reads to know what it is (configure.ac's
 * AC_INIT for autotools projects, a Makefile naming its model for plain-Makefile ones), a
 * blob `configure`, the sources its compile lines name and a README, with the unpacked size
 * of the real tree. configure and make then follow source-build.ts.
 */
import { blobFile, emptyDir, textFile, type DirNode, type FileNode } from '../../fs/node';
import { splitPath } from '../../fs/path';
import { setAt } from '../../fs/tree';
import type { ArchiveEntry } from '../../shell/programs/archive';
import { unitFromName } from '../common/hash';
import { sourceProject } from './source-projects';

/** The model line a Makefile carries: make hands the build to source-build.ts. */
export function sourceModelLine(project: string, version: string): string {
  return `LAYERCAKE_MODEL=\tsource ${project} ${version}`;
}

/** AC_INIT's package name and version in a configure.ac, if it has one. */
export function acInit(text: string | undefined): { project: string; version: string } | undefined {
  const m = /AC_INIT\(\s*\[?([^\],)]+)\]?\s*,\s*\[?([^\],)]+)\]?/.exec(text ?? '');
  return m ? { project: (m[1] ?? '').trim(), version: (m[2] ?? '').trim() } : undefined;
}

export function genericSourceEntries(top: string, name: string, version: string): ArchiveEntry[] {
  const project = sourceProject(name);
  let root: DirNode = emptyDir(0o775);
  const put = (path: string, node: FileNode) => {
    root = setAt(root, splitPath(path), node);
  };
  const blob = (path: string, size: number, mode = 0o644) =>
    put(path, blobFile(`source:${top}/${path}`, size, mode));
  put(
    'README.md',
    textFile(
      `# ${name} ${version}\n\nLayercake models this source tree: its files are stand-ins of the real ones' sizes.\n`,
    ),
  );
  blob('COPYING', 1_500 + Math.round(unitFromName(`${top}/COPYING`) * 30_000));
  if (project.build === 'autotools') {
    blob('configure', 180_000 + Math.round(unitFromName(`${top}/configure`) * 600_000), 0o755);
    blob('Makefile.in', 40_000 + Math.round(unitFromName(`${top}/Makefile.in`) * 120_000));
    put(
      'configure.ac',
      textFile(
        `AC_PREREQ([2.69])\nAC_INIT([${name}], [${version}])\nAC_CONFIG_SRCDIR([${project.sources[0] ?? 'main.c'}])\n`,
      ),
    );
  } else {
    put(
      'Makefile',
      textFile(
        `# Top level makefile (a Layercake stand-in: make follows the model named below).\n${sourceModelLine(name, version)}\nPREFIX?=\t${project.prefix}\n\ndefault: all\n`,
      ),
    );
  }
  const weights = project.sources.map((f) => 0.5 + unitFromName(`${top}/${f}`));
  const sum = weights.reduce((a, b) => a + b, 0);
  const budget = Math.max(0, project.treeSize - 600_000);
  project.sources.forEach((file, i) => blob(file, Math.round((budget * (weights[i] ?? 1)) / sum)));
  return [{ name: top, node: root }];
}
