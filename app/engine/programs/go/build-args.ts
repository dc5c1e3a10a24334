/**
 * What `go build` (and go run) is asked to build: its flags as far as they change the binary
 * (output, link and build-information flags) and the package its arguments name.
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, listDir } from '../common/fs-helpers';
import type { GoMod } from './go-mod';

/** go build's flags that take a value (`-ldflags '-s -w'`, `-installsuffix cgo`, `-o app`). */
const VALUE_FLAGS = new Set([
  'C',
  'o',
  'p',
  'asmflags',
  'buildmode',
  'compiler',
  'covermode',
  'coverpkg',
  'gccgoflags',
  'gcflags',
  'installsuffix',
  'ldflags',
  'mod',
  'modfile',
  'overlay',
  'pgo',
  'pkgdir',
  'tags',
  'toolexec',
]);

/** go build's flags as far as they change the binary (its link and its build information). */
export interface BuildArgs {
  output: string | undefined;
  targets: string[];
  ldflags: string | undefined;
  gcflags: string | undefined;
  tags: string[];
  trimpath: boolean;
  /** -buildvcs's value (or GOFLAGS'); undefined for the default, auto. */
  buildvcs: string | undefined;
}

export function parseBuildArgs(args: string[]): BuildArgs {
  const parsed: BuildArgs = {
    output: undefined,
    targets: [],
    ldflags: undefined,
    gcflags: undefined,
    tags: [],
    trimpath: false,
    buildvcs: undefined,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-') || arg === '-') {
      parsed.targets.push(arg);
      continue;
    }
    // Go's flag syntax: -name, --name, -name=value or -name value (for flags with values).
    const [name = '', value] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
    const taken = value ?? (VALUE_FLAGS.has(name) ? args[++i] : undefined);
    if (name === 'o') parsed.output = taken;
    if (name === 'ldflags') parsed.ldflags = taken;
    if (name === 'gcflags') parsed.gcflags = taken;
    if (name === 'tags') parsed.tags = (taken ?? '').split(/[,\s]+/).filter(Boolean);
    if (name === 'trimpath') parsed.trimpath = value !== 'false';
    if (name === 'buildvcs') parsed.buildvcs = value ?? 'true';
  }
  return parsed;
}

/** The package a build names (its directory and files) and its import path. */
export function packageOf(
  io: ProgramIO,
  mod: GoMod | undefined,
  targets: string[],
): { dir: string; sources: string[]; onlyFiles: boolean; importPath: string } {
  const onlyFiles = targets.length > 0 && targets.every((t) => t.endsWith('.go'));
  const dir = absolute(io.cwd, targets.find((t) => !t.endsWith('.go') && t !== './...') ?? '.');
  const sources = onlyFiles
    ? targets.map((t) => absolute(io.cwd, t))
    : listDir(io.fs, dir)
        .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'))
        .map((f) => `${dir}/${f}`);
  const rel = mod && dir !== mod.dir ? dir.slice(mod.dir.length).replace(/^\/?/, '/') : '';
  const importPath = onlyFiles || !mod ? 'command-line-arguments' : `${mod.module}${rel}`;
  return { dir, sources, onlyFiles, importPath };
}
