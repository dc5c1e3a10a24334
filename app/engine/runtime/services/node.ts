/**
 * `node` and `npm start` as a container runs them. A script is read, not executed: its
 * `require`s must resolve in node_modules, its top level's literal console lines print and
 * then its listen callback's (`programs/node/script-start.ts`), and a script that listens on
 * a port (or sets an interval) keeps running. As PID 1 without `process.on('SIGTERM')`, node
 * ignores `docker stop` until it is killed; with one, `docker stop` shows the handler's lines.
 */
import { dirname, resolvePath } from '../../fs/path';
import type { ProgramEntry, ProgramIO } from '../../shell/program';
import { writeMainLines } from '../../programs/main-output';
import { leftOutNote, nodeServerStartup } from '../../programs/node/script-start';
import { nextServerStartup, startsNextServer } from './next-server';
import { nitroStartup, startsNitroServer } from './nitro-server';
import type { ServiceContext } from './types';

const BUILTINS = new Set(
  'assert buffer child_process cluster crypto dgram dns events fs http http2 https net os path process querystring readline stream string_decoder timers tls tty url util v8 vm worker_threads zlib'.split(
    ' ',
  ),
);

function version(env: Readonly<Record<string, string>>): string {
  return `v${env.NODE_VERSION ?? '22.21.0'}`;
}

function loaderError(io: ProgramIO, message: string, requireStack: string[]): void {
  let text = 'node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\n';
  text += `Error: ${message}\n`;
  if (requireStack.length)
    text += `Require stack:\n${requireStack.map((s) => `- ${s}`).join('\n')}\n`;
  text += '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)\n';
  text += '    at Module._load (node:internal/modules/cjs/loader:1051:27) {\n';
  text += `  code: 'MODULE_NOT_FOUND',\n  requireStack: [${requireStack.map((s) => `'${s}'`).join(', ')}]\n}\n\n`;
  text += `Node.js ${version(io.env)}\n`;
  io.stderr(text);
}

function moduleFound(io: ProgramIO, name: string, fromDir: string): boolean {
  const top = name.startsWith('@')
    ? name.split('/').slice(0, 2).join('/')
    : (name.split('/')[0] ?? name);
  if (BUILTINS.has(top.replace(/^node:/, '')) || top.startsWith('node:')) return true;
  let dir = fromDir;
  for (;;) {
    if (io.fs.stat(`${dir === '/' ? '' : dir}/node_modules/${top}`).ok) return true;
    if (dir === '/') return false;
    dir = dirname(dir);
  }
}

const SERVES = /\.listen\(|createServer\(|setInterval\(|startServer\(|chunks\/nitro\//;
const REQUIRE =
  /(?:require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+[^'"]*from\s+['"]([^'"]+)['"])/gm;

export function nodePrograms(ctx: ServiceContext): Map<string, ProgramEntry> {
  const runSource = (io: ProgramIO, source: string, file: string, commandLine: string): number => {
    const dir = file === '[eval]' ? io.cwd : dirname(file);
    for (const m of source.matchAll(REQUIRE)) {
      const name = m[1] ?? m[2] ?? '';
      if (name.startsWith('.') || name.startsWith('/')) continue;
      if (!moduleFound(io, name, dir)) {
        loaderError(io, `Cannot find module '${name}'`, file === '[eval]' ? [] : [file]);
        return 1;
      }
    }
    const framework = startsNitroServer(source)
      ? 'nitro'
      : startsNextServer(source)
        ? 'next-server'
        : undefined;
    if (framework) {
      io.stdout(framework === 'nitro' ? nitroStartup(io) : nextServerStartup(io, file, ctx.seed));
      ctx.block({
        name: framework,
        commandLine,
        ignoresSigterm: false,
        termExitCode: 0,
        termDelayMs: 80,
      });
    }
    const start = nodeServerStartup(source, io.env);
    writeMainLines(io, { lines: start.lines, exit: 0 });
    if (start.unknown !== undefined) io.note(leftOutNote(file, start.unknown));
    // A process.exit on the top level's way ends it before it listens; one in a handler waits.
    if (SERVES.test(source) && start.exit === undefined) {
      const { sigterm } = start;
      ctx.block({
        name: 'node',
        commandLine,
        ignoresSigterm: !sigterm,
        termExitCode: sigterm ? sigterm.exit : 143,
        termDelayMs: 80,
        ...(sigterm?.lines.length
          ? { stopLog: sigterm.lines.map(({ stream, text }) => ({ stream, text })) }
          : {}),
      });
    }
    return start.exit ?? 0;
  };

  const node = (argv: string[], io: ProgramIO): number => {
    const args = argv.slice(1);
    const commandLine = argv.join(' ');
    const base = ctx.base.get('node');
    if (base && !args.some((a) => !a.startsWith('-'))) return base.run(argv, io);
    if (args[0] === '--version' || args[0] === '-v') {
      io.stdout(`${version(io.env)}\n`);
      return 0;
    }
    if (args[0] === '-e' || args[0] === '--eval') {
      if (base && !SERVES.test(args[1] ?? '')) return base.run(argv, io);
      return runSource(io, args[1] ?? '', '[eval]', commandLine);
    }
    const script = args.find((a) => !a.startsWith('-'));
    if (script === undefined) {
      if (io.stdin.trim()) return runSource(io, io.stdin, '[stdin]', commandLine);
      if (ctx.tty) {
        io.stdout(`Welcome to Node.js ${version(io.env)}.\nType ".help" for more information.\n> `);
        io.note('The simulation has no interactive Node prompt; use node -e or a script.');
      }
      return 0;
    }
    let path = resolvePath(io.cwd, script);
    if (!io.fs.stat(path).ok && io.fs.stat(path + '.js').ok) path += '.js';
    const file = io.fs.readFile(path);
    // Ordinary scripts are for the node program of the image; servers are ours.
    if (base && (!file.ok || !SERVES.test(file.value.text ?? ''))) return base.run(argv, io);
    if (!file.ok) {
      loaderError(io, `Cannot find module '${path}'`, []);
      return 1;
    }
    return runSource(io, file.value.text ?? '', path, commandLine);
  };

  const npm = (argv: string[], io: ProgramIO): number => {
    // The image's npm runs scripts through the shell, which finds our node for servers.
    const baseNpm = ctx.base.get('npm');
    if (baseNpm) return baseNpm.run(argv, io);
    const [command, ...rest] = argv.slice(1);
    const scriptName =
      command === 'start'
        ? 'start'
        : command === 'run' || command === 'run-script'
          ? rest[0]
          : undefined;
    if (!scriptName) {
      io.stderr(`npm error Unknown command: "${command ?? ''}"\n`);
      return 1;
    }
    const path = resolvePath(io.cwd, 'package.json');
    const file = io.fs.readFile(path);
    if (!file.ok) {
      io.stderr(
        `npm error code ENOENT\nnpm error syscall open\nnpm error path ${path}\nnpm error errno -2\n` +
          `npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${path}'\n` +
          'npm error enoent This is related to npm not being able to find a file.\nnpm error enoent\n',
      );
      return 254;
    }
    let pkg: { name?: string; version?: string; scripts?: Record<string, string> } = {};
    try {
      pkg = JSON.parse(file.value.text ?? '{}') as typeof pkg;
    } catch {
      io.stderr(`npm error code EJSONPARSE\nnpm error JSON.parse Invalid package.json: ${path}\n`);
      return 1;
    }
    const script =
      pkg.scripts?.[scriptName] ?? (scriptName === 'start' ? 'node server.js' : undefined);
    if (!script) {
      io.stderr(`npm error Missing script: "${scriptName}"\n`);
      return 1;
    }
    io.stdout(`\n> ${pkg.name ?? 'app'}@${pkg.version ?? '1.0.0'} ${scriptName}\n> ${script}\n\n`);
    if (io.runScript) return io.runScript(script, { argv0: 'sh', commandString: true });
    return io.run(script.split(/\s+/));
  };

  return new Map<string, ProgramEntry>([
    ['node', { run: node }],
    ['nodejs', { run: node }],
    ['npm', { run: npm }],
  ]);
}
