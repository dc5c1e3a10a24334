/**
 * `bootsnap precompile [--gemfile] [--cache-dir DIR] [DIRS...]`: Bootsnap compiles Ruby
 * files to YARV bytecode ahead of boot and stores one cache entry per source file under
 * `<cache-dir>/bootsnap/compile-cache-iseq/<2 hex>/<14 hex>` (YAML files under
 * compile-cache-yaml). `--gemfile` covers every gem of the bundle; it prints nothing.
 */
import type { ProgramIO } from '../../shell/program';
import { resolvePath } from '../../fs/path';
import { walkFiles, writeBlob } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { openProject } from './bundle-project';
import type { RubyEnv } from './ruby-env';

/** Bytecode is somewhat larger than the source it comes from. */
const ISEQ_RATIO = 1.3;

export function bootsnapPrecompile(io: ProgramIO, ruby: RubyEnv, argv: string[]): number {
  const [command, ...args] = argv;
  if (command !== 'precompile') {
    io.stderr(`Error: Unknown command: ${command ?? ''}\nUsage: bootsnap COMMAND [ARGS]\n`);
    return 1;
  }
  let cacheDir = resolvePath(io.cwd, 'tmp/cache');
  const dirs: string[] = [];
  let gemfile = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--gemfile') gemfile = true;
    else if (arg === '--cache-dir') cacheDir = resolvePath(io.cwd, args[++i] ?? 'tmp/cache');
    else if (arg.startsWith('--cache-dir=')) cacheDir = resolvePath(io.cwd, arg.slice(12));
    else if (arg.startsWith('-')) continue;
    else dirs.push(resolvePath(io.cwd, arg));
  }
  if (gemfile) {
    const project = openProject(io.fs, io.env, io.cwd, ruby);
    if (project) dirs.push(`${project.dirs.dir}/gems`);
  }
  let entries = 0;
  for (const dir of dirs) {
    for (const file of walkFiles(io.fs, dir)) {
      const kind = file.path.endsWith('.rb') ? 'iseq' : /\.ya?ml$/.test(file.path) ? 'yaml' : '';
      if (!kind) continue;
      const key = sha256Hex(`${ruby.version}:${file.path}`);
      writeBlob(
        io.fs,
        `${cacheDir}/bootsnap/compile-cache-${kind}/${key.slice(0, 2)}/${key.slice(2, 16)}`,
        `bootsnap:${key}`,
        Math.round(file.size * (kind === 'iseq' ? ISEQ_RATIO : 0.8)) + 64,
      );
      entries++;
    }
  }
  io.spend(200 + entries * 4);
  return 0;
}
