/**
 * make for a source tree known only by name (LAYERCAKE_MODEL=source <name> <version>, from
 * a stand-in tarball's Makefile or configure.ac): `make` prints representative compile and
 * link lines and leaves the project's programs in the tree, `make test`/`check` pass without
 * running anything, and `make install` puts the programs and files where the real install
 * does (under the prefix, with DESTDIR). source-projects.ts says what each project builds.
 */
import type { ProgramIO } from '../../shell/program';
import { dirname } from '../../fs/path';
import { absolute, ensureDir, exists, writeBlob, writeText } from '../common/fs-helpers';
import { sourceProject, type SourceProject } from '../archives/source-projects';
import type { ModelledMake } from './cpython-build';

function prefixOf(job: ModelledMake, project: SourceProject): string {
  const fromLine = /^(?:prefix|PREFIX)\s*\??=\s*(.*)$/m.exec(job.makefile)?.[1]?.trim();
  return job.overrides?.PREFIX ?? job.overrides?.prefix ?? fromLine ?? project.prefix;
}

class SourceBuild {
  private readonly project: SourceProject;
  private readonly cc: string;

  constructor(
    private readonly io: ProgramIO,
    private readonly job: ModelledMake,
    private readonly name: string,
    private readonly version: string,
  ) {
    this.project = sourceProject(name);
    this.cc = /^CC=\s*(.*)$/m.exec(job.makefile)?.[1]?.trim() || 'cc';
  }

  private blobKey(built: string): string {
    return `source-build:${this.name}:${this.version}:${built}`;
  }

  private built(): boolean {
    return this.project.programs.every((p) => exists(this.io.fs, absolute(this.job.dir, p.built)));
  }

  build(): number {
    const { io, project, cc } = this;
    const objects = project.sources.map((src) => src.replace(/\.c$/, '.o'));
    const lines = project.sources.map(
      (src, i) => `${cc} -DHAVE_CONFIG_H -I. -g -O2 -c -o ${objects[i] ?? ''} ${src}`,
    );
    for (const program of project.programs) {
      lines.push(`${cc} -g -O2 -o ${program.built} ${objects.join(' ')}`);
      const path = absolute(this.job.dir, program.built);
      ensureDir(io.fs, dirname(path));
      writeBlob(io.fs, path, this.blobKey(program.built), program.size, 0o755);
    }
    io.spend(Math.round(project.treeSize / 400 / Math.max(1, this.job.jobs)));
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  }

  test(): number {
    if (!this.built()) this.build();
    this.io.stdout(`All tests passed (${this.name} ${this.version}).\n`);
    this.io.note(
      `make's test goal for ${this.name} ran nothing: the simulation does not execute test suites, so it reports them passed.`,
    );
    return 0;
  }

  install(): number {
    const { io, project } = this;
    if (!this.built()) this.build();
    const root = (this.job.overrides?.DESTDIR ?? '').replace(/\/+$/, '');
    const prefix = prefixOf(this.job, project);
    const lines: string[] = [];
    const made = new Set<string>();
    const dirOf = (path: string) => {
      const dir = dirname(path);
      if (!made.has(dir)) lines.push(` /usr/bin/mkdir -p '${dir}'`);
      made.add(dir);
      ensureDir(io.fs, `${root}${dir}`);
    };
    for (const program of project.programs) {
      const dest = `${prefix}/${program.installed}`;
      dirOf(dest);
      lines.push(`  /usr/bin/install -c ${program.built} '${dirname(dest)}'`);
      writeBlob(io.fs, `${root}${dest}`, this.blobKey(program.built), program.size, 0o755);
    }
    for (const file of project.files) {
      const dest = `${prefix}/${file.path}`;
      if (file.path.endsWith('/')) {
        ensureDir(io.fs, `${root}${dest}`);
        continue;
      }
      dirOf(dest);
      if (file.link !== undefined) {
        if (exists(io.fs, `${root}${dest}`)) io.fs.remove(`${root}${dest}`);
        io.fs.symlink(file.link, `${root}${dest}`);
      } else if (file.text !== undefined) writeText(io.fs, `${root}${dest}`, file.text);
      else
        writeBlob(io.fs, `${root}${dest}`, this.blobKey(file.path), file.size, file.mode ?? 0o644);
    }
    io.spend(400 + 60 * lines.length);
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  }

  clean(): number {
    for (const program of this.project.programs) {
      const path = absolute(this.job.dir, program.built);
      if (exists(this.io.fs, path)) this.io.fs.remove(path);
    }
    return 0;
  }
}

export function runSourceMake(io: ProgramIO, job: ModelledMake, goals: string[]): number {
  const [, name = '', version = ''] = job.model.split(/\s+/);
  const build = new SourceBuild(io, job, name, version);
  io.note(
    `make followed Layercake's model of ${name} ${version}: it printed representative compile lines and left stand-in programs of plausible size; nothing was compiled.`,
  );
  for (const goal of goals) {
    const status =
      goal === 'install'
        ? build.install()
        : goal === 'test' || goal === 'check'
          ? build.test()
          : goal === 'clean' || goal === 'distclean'
            ? build.clean()
            : build.build();
    if (status !== 0) return status;
  }
  return 0;
}
