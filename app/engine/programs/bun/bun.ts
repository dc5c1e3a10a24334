/**
 * bun (and bunx, its link): --version/--revision, install/i/add, run, x, and `bun <file>` or
 * `bun <script>`, build; with no arguments, the top of Bun's usage. See bun-install.ts,
 * bun-run.ts and bun-build.ts. Everything else Bun does (test, pm, upgrade) is not modelled and
 * says so.
 */
import type { Catalog } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { exists } from '../common/fs-helpers';
import { bunBuild } from './bun-build';
import { bunInstall } from './bun-install';
import { bunRun } from './bun-run';
import { bunRevision, bunVersion } from './bun-version';

const USAGE = (v: string) =>
  `Bun is a fast JavaScript runtime, package manager, bundler, and test runner. (${v}+${bunRevision(v)})\n\n` +
  'Usage: bun <command> [...flags] [...args]\n\nCommands:\n' +
  '  run       ./my-script.ts       Execute a file with Bun\n' +
  '            lint                 Run a package.json script\n' +
  '  test                           Run unit tests with Bun\n' +
  '  x         prettier             Execute a package binary (CLI), installing if needed (bunx)\n' +
  '  repl                           Start a REPL session with Bun\n' +
  '  exec                           Run a shell script directly with Bun\n\n' +
  '  install                        Install dependencies for a package.json (bun i)\n' +
  '  add       elysia               Add a dependency to package.json (bun a)\n' +
  '  remove    @evan/duckdb         Remove a dependency from package.json (bun rm)\n\n' +
  '  build     ./a.ts ./b.jsx       Bundle TypeScript & JavaScript into a single file\n\n' +
  '  init                           Start an empty Bun project from a built-in template\n' +
  '  upgrade                        Upgrade to latest version of Bun.\n' +
  '  <command> --help               Print help text for command.\n\n' +
  'Learn more about Bun:            https://bun.com/docs\n' +
  'Join our Discord community:      https://bun.com/discord\n';

const INSTALL = new Set(['install', 'i', 'add', 'a']);
const UNMODELLED = new Set([
  'test',
  'pm',
  'upgrade',
  'init',
  'create',
  'repl',
  'remove',
  'rm',
  'link',
  'outdated',
  'update',
  'publish',
  'exec',
]);

/** `bunx <pkg>` / `bun x <pkg>`: a command the project installed; downloads are not modelled. */
function bunx(io: ProgramIO, args: string[]): number {
  const [name, ...rest] = args.filter((a, i) => i > 0 || !a.startsWith('-'));
  if (!name) {
    io.stderr('usage: bunx [...flags] <package>[@version] [...flags and arguments]\n');
    return 1;
  }
  const command =
    name
      .replace(/(.)@.*$/, '$1')
      .split('/')
      .pop() ?? name;
  const local = `${io.cwd === '/' ? '' : io.cwd}/node_modules/.bin/${command}`;
  if (exists(io.fs, local)) return io.run([local, ...rest]);
  io.note(
    `bunx would fetch ${name} from npm into a temporary folder and run it; Layercake models only commands a project installed (node_modules/.bin).`,
  );
  return 1;
}

export function bunProgram(catalog: Catalog): Program {
  return (argv, io) => {
    const argv0 = argv[0] ?? 'bun';
    const version = bunVersion(io, argv0);
    const args = argv.slice(1);
    if (argv0.endsWith('bunx')) return bunx(io, args);
    const first = args[0];
    if (first === '--version' || first === '-v') {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (first === '--revision') {
      io.stdout(`${version}+${bunRevision(version)}\n`);
      return 0;
    }
    if (first === undefined || first === '--help' || first === '-h') {
      io.stdout(USAGE(version));
      return 0;
    }
    const flags = args.filter((a) => a.startsWith('-'));
    const operands = args.slice(1).filter((a) => !a.startsWith('-'));
    if (INSTALL.has(first)) {
      const adding = first === 'add' || first === 'a' || operands.length > 0 ? operands : [];
      return bunInstall(io, catalog, {
        version,
        flags,
        adding,
        global: flags.includes('-g') || flags.includes('--global'),
      });
    }
    if (first === 'ci')
      return bunInstall(io, catalog, {
        version,
        flags: [...flags, '--frozen-lockfile'],
        adding: [],
        global: false,
      });
    if (first === 'x') return bunx(io, args.slice(1));
    if (first === 'build') return bunBuild(io, version, args.slice(1));
    if (first === 'run') {
      // Bun's own flags come before the target (`bun run --watch index.ts`); the rest are its.
      const at = args.findIndex((a, i) => i > 0 && !a.startsWith('-'));
      if (at < 0) {
        io.stdout(USAGE(version));
        return 0;
      }
      return bunRun(io, version, args[at] ?? '', args.slice(at + 1));
    }
    if (UNMODELLED.has(first)) {
      io.note(`bun ${first} is not modelled in Layercake: it did nothing.`);
      return 0;
    }
    const at = args.findIndex((a) => !a.startsWith('-'));
    return bunRun(io, version, args[at] ?? first, args.slice(at + 1));
  };
}
