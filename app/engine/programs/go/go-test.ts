/**
 * go test's summary: a line per package (with -v, first each test's `=== RUN` and
 * `--- PASS` lines and `PASS`; -run picks the tests by name), `ok  \t<import path>\t0.004s` for one with tests and
 * `?   \t<import path>\t[no test files]` for one without, in import-path order. The simulation
 * does not run Go code, so every test is taken to pass (with a note); `./...` walks the module's
 * directories as go does (skipping testdata, vendor, and names starting with . or _).
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, isDir, listDir, readText } from '../common/fs-helpers';
import type { GoMod } from './go-mod';
import { unitFromName } from '../common/hash';

function packageDirs(io: ProgramIO, root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    const names = listDir(io.fs, dir);
    if (names.some((n) => n.endsWith('.go'))) out.push(dir);
    for (const name of names) {
      if (name === 'testdata' || name === 'vendor' || /^[._]/.test(name)) continue;
      const path = `${dir === '/' ? '' : dir}/${name}`;
      if (isDir(io.fs, path) && !listDir(io.fs, path).includes('go.mod')) walk(path);
    }
  };
  walk(root);
  return out;
}

/** go test's own flags that take a value, beside go build's. */
const TEST_VALUE_FLAGS = new Set([
  'run',
  'skip',
  'bench',
  'benchtime',
  'count',
  'cpu',
  'parallel',
  'timeout',
  'coverprofile',
  'covermode',
  'coverpkg',
  'exec',
  'o',
  'p',
  'tags',
  'ldflags',
  'gcflags',
  'mod',
  'shuffle',
]);

/** The value of go test's `-run` (the last one given), if any. */
function runFilter(args: string[]): RegExp | undefined {
  let pattern: string | undefined;
  args.forEach((arg, i) => {
    const m = /^--?run(?:=(.*))?$/.exec(arg);
    if (m) pattern = m[1] ?? args[i + 1];
  });
  if (pattern === undefined || pattern === '') return undefined;
  try {
    // go matches the pattern's first '/'-separated element against top-level test names.
    return new RegExp(pattern.split('/')[0] ?? '');
  } catch {
    return undefined;
  }
}

/** Test functions (func TestXxx(t *testing.T)) of a package's _test.go files, in file order. */
function testNames(io: ProgramIO, dir: string, files: string[]): string[] {
  const names: string[] = [];
  for (const file of files.filter((f) => f.endsWith('_test.go')).sort()) {
    const source = readText(io.fs, `${dir}/${file}`) ?? '';
    const re = /^func\s+(Test(?![a-z])\w*)\s*\(\s*\w+\s+\*testing\.T\s*\)/gm;
    for (const m of source.matchAll(re)) names.push(m[1] as string);
  }
  return names;
}

/** The package patterns among go test's arguments. */
function packagePatterns(args: string[]): string[] {
  const patterns: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-')) patterns.push(arg);
    else if (!arg.includes('=') && TEST_VALUE_FLAGS.has(arg.replace(/^--?/, ''))) i++;
  }
  return patterns;
}

/** Runs `go test [packages]` in the module `mod`; returns the exit status. */
export function goTest(io: ProgramIO, mod: GoMod, args: string[]): number {
  const modDir = mod.dir;
  const patterns = packagePatterns(args);
  const dirs = new Set<string>();
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const recursive = pattern.endsWith('/...');
    const base = absolute(io.cwd, recursive ? pattern.slice(0, -4) || '.' : pattern);
    for (const dir of recursive ? packageDirs(io, base) : [base]) dirs.add(dir);
  }
  const verbose = args.some((a) => /^--?v(?:=true)?$/.test(a));
  const filter = runFilter(args);
  const lines: [string, string][] = [];
  for (const dir of dirs) {
    const files = listDir(io.fs, dir).filter((f) => f.endsWith('.go'));
    if (files.length === 0) {
      io.stderr(`no Go files in ${dir}\n`);
      return 1;
    }
    const rel = dir === modDir ? '' : dir.slice(modDir.length);
    const path = `${mod.module}${rel}`;
    const tests = files.some((f) => f.endsWith('_test.go'));
    const seconds = (0.002 + 0.02 * unitFromName(path)).toFixed(3);
    if (!tests) lines.push([path, `?   \t${path}\t[no test files]\n`]);
    else {
      const run = testNames(io, dir, files).filter((name) => !filter || filter.test(name));
      const none = run.length === 0 ? ' [no tests to run]' : '';
      const detail = verbose
        ? `${run.map((n) => `=== RUN   ${n}\n--- PASS: ${n} (0.00s)\n`).join('')}${none ? 'testing: warning: no tests to run\n' : ''}PASS\n`
        : '';
      lines.push([path, `${detail}ok  \t${path}\t${seconds}s${none}\n`]);
    }
    io.spend(tests ? 1_500 : 200);
  }
  lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  io.stdout(lines.map(([, line]) => line).join(''));
  io.note(
    'go test: the simulation does not compile or run Go code, so every package with tests is shown passing.',
  );
  return 0;
}
