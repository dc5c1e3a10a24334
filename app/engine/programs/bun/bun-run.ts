/**
 * `bun run <script|file>`, `bun <file>` and `bun <script>`: a package.json script runs through
 * sh with node_modules/.bin first on PATH after Bun's `$ <command>` line (stderr); a file is
 * read, not executed: its bare imports must resolve in node_modules (else Bun's "Cannot find
 * package"), console.log calls with simple arguments print, and a file that serves
 * (`Bun.serve`, a default export with `fetch`, Hono, Elysia or Express listening) keeps
 * running through io.serve. As PID 1 with no SIGTERM handler, Bun ignores `docker stop`'s
 * SIGTERM until it is killed, as Node does.
 */
import { dirname } from '../../fs/path';
import type { ProgramIO } from '../../shell/program';
import { absolute, exists, readText } from '../common/fs-helpers';
import { JsUnsupported, runJs } from '../node/jsexpr';
import { readJson, type PackageJson } from '../node/project';
import { quote } from '../node/npm-run';
import { bunTrailer } from './bun-version';

const SOURCE = /\.(m|c)?(t|j)sx?$/;
const BUILTIN = /^(node:|bun:|bun$)/;
const NODE_BUILTINS = new Set(
  'assert buffer child_process crypto dns events fs http https net os path process stream timers tty url util worker_threads zlib'.split(
    ' ',
  ),
);
const SERVES =
  /Bun\.serve\(|\bserve\(\s*\{|export\s+default\s+\{[^}]*\bfetch\b|export\s+default\s+app\b|\.listen\(/s;
const IMPORT = /(?:^\s*import\s+(?:[^'"]*?\s+from\s+)?|require\(\s*|import\(\s*)['"]([^'"]+)['"]/gm;

/** Runs a package.json script or a file, as `bun run` decides. */
export function bunRun(io: ProgramIO, version: string, target: string, args: string[]): number {
  const dir = io.cwd === '/' ? '' : io.cwd;
  const read = readJson<PackageJson>(io.fs, `${dir}/package.json`);
  const script = read.ok ? read.value.scripts?.[target] : undefined;
  if (script !== undefined) return runPackageScript(io, target, script, args);
  const path = absolute(io.cwd, target);
  if (SOURCE.test(target) || exists(io.fs, path)) return runFile(io, version, path, target, args);
  io.stderr(`error: Script not found "${target}"\n`);
  return 1;
}

function runPackageScript(io: ProgramIO, name: string, script: string, args: string[]): number {
  const line = [script, ...args.map(quote)].join(' ');
  io.stderr(`$ ${line}\n`);
  const bin = `${io.cwd === '/' ? '' : io.cwd}/node_modules/.bin`;
  const code = io.run(['sh', '-c', `PATH="${bin}:$PATH"; export PATH; ${line}`]);
  if (code !== 0) io.stderr(`error: script "${name}" exited with code ${code}\n`);
  return code;
}

function packageFound(io: ProgramIO, name: string, fromDir: string): boolean {
  const top = name.startsWith('@')
    ? name.split('/').slice(0, 2).join('/')
    : (name.split('/')[0] ?? name);
  if (BUILTIN.test(name) || NODE_BUILTINS.has(top)) return true;
  for (let d = fromDir; ; d = dirname(d)) {
    if (exists(io.fs, `${d === '/' ? '' : d}/node_modules/${top}`)) return true;
    if (d === '/') return false;
  }
}

/** Whether a file starts a server (Bun.serve, a default export with fetch, Hono, Elysia, Express). */
export function servesSource(source: string): boolean {
  return SERVES.test(source);
}

/** The port a server file listens on: its own number, PORT from the environment, else 3000. */
export function portOf(source: string, env: Readonly<Record<string, string>>): number {
  const own =
    /\bport\s*:\s*(?:[^,}\n]*?(?:\|\||\?\?)\s*)?(\d{2,5})\b/.exec(source)?.[1] ??
    /\.listen\(\s*(?:[^,)\n]*?(?:\|\||\?\?)\s*)?(\d{2,5})\b/.exec(source)?.[1] ??
    /\b(?:const|let|var)\s+port\s*=\s*(?:[^;\n]*?(?:\|\||\?\?)\s*)?(\d{2,5})\b/i.exec(source)?.[1];
  const fromEnv = /process\.env\.PORT|Bun\.env\.PORT|import\.meta\.env\.PORT/.test(source)
    ? env.PORT
    : undefined;
  return Number(fromEnv ?? own ?? 3000);
}

/** `${server.port}`, `${app.server?.hostname}`, `${server.url}`: what a started server says. */
function withServerValues(args: string, port: number): string {
  return args
    .replace(/\$\{[\w.?]*\burl\}/g, `http://localhost:${port}/`)
    .replace(/\$\{[\w.?]*\bport\}/g, String(port))
    .replace(/\$\{[\w.?]*\bhostname\}/g, 'localhost');
}

function printLogs(io: ProgramIO, source: string, port: number): boolean {
  let skipped = false;
  for (const m of source.matchAll(/console\.(log|info|error|warn)\(((?:[^()]|\([^()]*\))*)\)/g)) {
    let out = '';
    try {
      runJs(`console.log(${withServerValues(m[2] ?? '', port)})`, (text) => (out += text));
    } catch (error) {
      if (!(error instanceof JsUnsupported)) throw error;
      skipped = true;
      continue;
    }
    if (m[1] === 'error' || m[1] === 'warn') io.stderr(out);
    else io.stdout(out);
  }
  return skipped;
}

export function runFile(
  io: ProgramIO,
  version: string,
  path: string,
  asTyped: string,
  args: string[],
): number {
  const source = readText(io.fs, path);
  if (source === undefined) {
    io.stderr(`error: Module not found "${asTyped}"\n`);
    return 1;
  }
  for (const m of source.matchAll(IMPORT)) {
    const name = m[1] ?? '';
    if (name.startsWith('.') || name.startsWith('/')) continue;
    if (!packageFound(io, name, dirname(path))) {
      io.stderr(`error: Cannot find package '${name}' from '${path}'\n\n${bunTrailer(version)}`);
      return 1;
    }
  }
  const serves = servesSource(source);
  const port = portOf(source, io.env);
  const skipped = printLogs(io, source, port);
  if (skipped)
    io.note(
      'Bun is modelled, not run: console.log() calls with simple arguments print; others were skipped.',
    );
  const exit = /process\.exit\((\d*)\)/.exec(source);
  if (serves && !exit) {
    const handles = /process\.on\(\s*['"]SIG(TERM|INT)['"]/.test(source);
    io.note(
      `${asTyped} serves on port ${port}: Layercake keeps it running but does not run its code or answer its requests.`,
    );
    io.serve?.({
      name: 'bun',
      commandLine: ['bun', asTyped, ...args].join(' '),
      ignoresSigterm: !handles,
      termExitCode: handles ? 0 : 143,
      termDelayMs: 40,
    });
  }
  return exit ? Number(exit[1] || 0) : 0;
}
