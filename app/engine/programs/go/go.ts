/**
 * go: version, env, mod download (the module cache under $GOPATH/pkg/mod), build (a binary
 * whose size grows with what it imports, plus the build cache in ~/.cache/go-build), and
 * run/test accepted with a note. How the binary links (cgo-link.ts) and its build
 * information (build-info.ts) travel in its blob id; go.sum is checked and written as go does
 * (go-sum.ts).
 */
import type { Catalog } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import {
  absolute,
  ensureDir,
  exists,
  isDir,
  readText,
  writeBlob,
  writeText,
} from '../common/fs-helpers';
import { sha256Hex, unitFromName } from '../common/hash';
import { placePackageFiles } from '../common/package-files';
import { linkField } from '../../shell/exec/binaries';
import { packageOf, parseBuildArgs } from './build-args';
import { buildInfoField, buildInfoLines, goVersionFiles } from './build-info';
import { cgoCompilerError, cgoEnabled, goLinkNeeds, goVersion } from './cgo-link';
import { escapeModule, findGoMod, type GoMod } from './go-mod';
import { checkImports, sumsChecked, writeSums } from './go-sum';
import { goTest } from './go-test';
import { installRemote } from './install-remote';
import { goServerOf, serveTag } from './web-server';
import { goMainOutput } from './cli-main';
import { outputTag } from '../main-output';

function goPath(io: ProgramIO): string {
  return io.env.GOPATH ?? `${io.env.HOME ?? io.user.home}/go`;
}

function modCache(io: ProgramIO): string {
  return io.env.GOMODCACHE ?? `${goPath(io)}/pkg/mod`;
}

function buildCache(io: ProgramIO): string {
  return io.env.GOCACHE ?? `${io.env.HOME ?? io.user.home}/.cache/go-build`;
}

const NO_GO_MOD =
  "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n";

export function goProgram(catalog: Catalog): Program {
  return (argv, io) => {
    const [command, ...args] = argv.slice(1);
    switch (command) {
      case 'version':
        if (args.some((a) => !a.startsWith('-'))) return goVersionFiles(io, args);
        io.stdout(`go version ${goVersion(io)} linux/amd64\n`);
        return 0;
      case 'env': {
        const values: Record<string, string> = {
          GOPATH: goPath(io),
          GOMODCACHE: modCache(io),
          GOCACHE: buildCache(io),
          GOOS: io.env.GOOS ?? 'linux',
          GOARCH: io.env.GOARCH ?? 'amd64',
          CGO_ENABLED: cgoEnabled(io),
          GOROOT: '/usr/local/go',
          GOVERSION: goVersion(io),
        };
        const names = args.filter((a) => !a.startsWith('-'));
        io.stdout(
          names.length > 0
            ? names.map((n) => `${values[n] ?? ''}\n`).join('')
            : Object.entries(values)
                .map(([k, v]) => `${k}='${v}'\n`)
                .join(''),
        );
        return 0;
      }
      case 'mod': {
        const mod = findGoMod(io.fs, io.cwd);
        if (!mod) {
          io.stderr(NO_GO_MOD);
          return 1;
        }
        if (args[0] === 'download') {
          // With no modules named and none required, go says so (on stderr) and exits 0.
          if (mod.requires.length === 0 && args.slice(1).every((a) => a.startsWith('-'))) {
            io.stderr('go: no module dependencies to download\n');
            return 0;
          }
          download(io, catalog, mod, false, args.includes('-x'));
          // Named modules (or `all`) get their hashes in go.sum; no arguments leave it alone.
          const named = args.slice(1).filter((a) => !a.startsWith('-'));
          if (named.length > 0)
            writeSums(
              io,
              mod,
              mod.requires.filter((r) =>
                named.some((n) => n === 'all' || n.split('@')[0] === r.module),
              ),
            );
          return 0;
        }
        // `go mod download && go mod verify`: verify fetches what is missing, then checks the
        // cache against go.sum; the simulated cache always matches.
        if (args[0] === 'verify') {
          download(io, catalog, mod, false);
          io.stdout('all modules verified\n');
          return 0;
        }
        if (args[0] === 'tidy') {
          download(io, catalog, mod, true);
          writeSums(io, mod, mod.requires);
          io.note(
            'go mod tidy wrote go.sum for the modules go.mod requires; requirements your imports add or drop are not worked out, so go.mod is left as it is.',
          );
          return 0;
        }
        io.note(`go mod ${args.join(' ')}: accepted; go.mod and go.sum are left as they are.`);
        return 0;
      }
      case 'get': {
        const mod = findGoMod(io.fs, io.cwd);
        if (!mod) {
          io.stderr(
            "go: go.mod file not found in current directory or any parent directory.\n\t'go get' is no longer supported outside a module.\n\tTo build and install a command, use 'go install' with a version,\n\tlike 'go install example.com/cmd@latest'\n\tFor more information, see https://golang.org/doc/go-get-install-deprecation\n\tor run 'go help get' or 'go help install'.\n",
          );
          return 1;
        }
        download(io, catalog, mod, true);
        writeSums(io, mod, mod.requires);
        io.note(
          'go get wrote go.sum for the modules go.mod requires; new requirements and upgrades are not resolved, so go.mod is left as it is.',
        );
        return 0;
      }
      case 'build':
      case 'install':
        return build(io, catalog, command, args);
      case 'test': {
        const mod = findGoMod(io.fs, io.cwd);
        if (!mod) {
          io.stderr(NO_GO_MOD);
          return 1;
        }
        download(io, catalog, mod, true);
        return goTest(io, mod, args);
      }
      case 'run': {
        const mod = findGoMod(io.fs, io.cwd);
        if (mod && sumsChecked(io, mod, args) && checkPackage(io, mod, args) !== 0) return 1;
        io.note(`go run: the simulation does not compile or run Go code.`);
        return 0;
      }
      case 'vet':
      case 'generate':
        io.note(`go ${command}: the simulation does not compile or run Go code.`);
        return 0;
      default:
        io.stderr(`go ${command ?? ''}: unknown command\nRun 'go help' for usage.\n`);
        return 2;
    }
  };
}

/**
 * `-x`'s trace of one proxy request, on stderr as cmd/go prints it: "# get URL", then
 * "# get URL: 200 OK (0.123s)". The proxy is GOPROXY's first URL (proxy.golang.org).
 */
function traceGet(io: ProgramIO, path: string): void {
  const first = (io.env.GOPROXY ?? '').split(/[,|]/)[0] ?? '';
  const proxy = /^https?:\/\//.test(first) ? first.replace(/\/$/, '') : 'https://proxy.golang.org';
  const url = `${proxy}/${path}`;
  const seconds = (0.03 + 0.2 * unitFromName(url)).toFixed(3);
  io.stderr(`# get ${url}\n# get ${url}: 200 OK (${seconds}s)\n`);
}

/**
 * Puts required modules in the module cache; `announce` prints go build's download lines,
 * `trace` (go mod download -x) each module's .mod and .zip requests.
 */
function download(
  io: ProgramIO,
  catalog: Catalog,
  mod: GoMod,
  announce: boolean,
  trace = false,
): number {
  const cache = modCache(io);
  let fetched = 0;
  for (const req of mod.requires) {
    const escaped = escapeModule(req.module);
    const dir = `${cache}/${escaped}@${req.version}`;
    if (exists(io.fs, dir)) continue;
    if (announce) io.stderr(`go: downloading ${req.module} ${req.version}\n`);
    if (trace) {
      traceGet(io, `${escaped}/@v/${req.version}.mod`);
      traceGet(io, `${escaped}/@v/${req.version}.zip`);
    }
    const pkg =
      catalog.package('go', req.module) ?? catalog.plausiblePackage('go', req.module, req.version);
    // The catalog gives module files relative to the module cache ("<module>@<version>/...").
    const cacheRelative = pkg.files.some((f) => f.path.startsWith(`${escaped}@`));
    const placed = placePackageFiles(
      io.fs,
      { ...pkg, version: req.version },
      cacheRelative ? cache : dir,
    );
    if (placed.files.length === 0) writeText(io.fs, `${dir}/go.mod`, `module ${req.module}\n`);
    const meta = `${cache}/cache/download/${escaped}/@v`;
    writeText(
      io.fs,
      `${meta}/${req.version}.info`,
      `{"Version":"${req.version}","Time":"2025-01-01T00:00:00Z"}`,
    );
    writeText(io.fs, `${meta}/${req.version}.mod`, `module ${req.module}\n`);
    writeBlob(
      io.fs,
      `${meta}/${req.version}.zip`,
      `go-zip:${req.module}@${req.version}`,
      pkg.downloadSize,
    );
    writeText(
      io.fs,
      `${meta}/${req.version}.ziphash`,
      `h1:${sha256Hex(req.module + req.version).slice(0, 43)}=`,
    );
    io.spend(300 + Math.round(pkg.downloadSize / 20_000));
    fetched++;
  }
  if (fetched > 0)
    io.note(
      "go did not download anything: the modules' files are modelled from Layercake's catalog.",
    );
  return fetched;
}

/** go.sum's check of the named package's imports (go run, go build): 1 when it fails. */
function checkPackage(io: ProgramIO, mod: GoMod, args: string[]): number {
  const pkg = packageOf(io, mod, parseBuildArgs(args).targets);
  const files = pkg.sources.map((path) => ({ path, text: readText(io.fs, path) ?? '' }));
  return checkImports(io, mod, pkg.importPath, files);
}

function build(
  io: ProgramIO,
  catalog: Catalog,
  command: 'build' | 'install',
  args: string[],
): number {
  // GOFLAGS holds default flags (-buildvcs=false, -trimpath), before the command line's.
  const flags = parseBuildArgs([...(io.env.GOFLAGS ?? '').split(/\s+/).filter(Boolean), ...args]);
  const { output, targets } = flags;
  // go install tool@version builds a module of its own, whatever go.mod says.
  if (command === 'install' && targets.length > 0 && targets.every((t) => t.includes('@'))) {
    for (const target of targets) {
      const status = installRemote(io, catalog, target, flags, (m) =>
        download(io, catalog, m, true),
      );
      if (status !== 0) return status;
    }
    return 0;
  }
  const mod = findGoMod(io.fs, io.cwd);
  const pkg = packageOf(io, mod, targets);
  if (!mod && !pkg.onlyFiles) {
    io.stderr(NO_GO_MOD);
    return 1;
  }
  if (mod && sumsChecked(io, mod, args) && checkPackage(io, mod, args) !== 0) return 1;
  if (mod) download(io, catalog, mod, true);
  const { sources } = pkg;
  if (sources.length === 0) {
    io.stderr(`no Go files in ${pkg.dir}\n`);
    return 1;
  }
  const text = sources.map((s) => readText(io.fs, s) ?? '').join('\n');
  const link = { tags: flags.tags, ldflags: flags.ldflags ?? '' };
  const noCompiler = cgoCompilerError(io, text, link);
  if (noCompiler) {
    io.stderr(noCompiler);
    return 1;
  }
  const modules = mod?.requires.filter((r) => !r.indirect).length ?? 0;
  const server = goServerOf(text);
  // A web framework (gin, echo, fiber) links net/http even where main does not import it.
  const http = /"net\/http"/.test(text) || server !== undefined;
  // -s drops the symbol table and (since Go 1.22) DWARF too, about 30%; -w DWARF alone.
  const ld = (flags.ldflags ?? '').split(/\s+/);
  const stripped = ld.includes('-s') ? 0.7 : ld.includes('-w') ? 0.8 : 1;
  const size = Math.round(
    stripped *
      Math.min(
        20_000_000,
        1_600_000 +
          (http ? 5_600_000 : 0) +
          (/"encoding\/json"/.test(text) ? 400_000 : 0) +
          (/"database\/sql"/.test(text) ? 500_000 : 0) +
          modules * 1_300_000,
      ),
  );
  const name = (mod?.module ?? 'command-line-arguments').split('/').pop() ?? 'main';
  let path = output
    ? absolute(io.cwd, output)
    : command === 'install'
      ? `${goPath(io)}/bin/${name}`
      : `${io.cwd === '/' ? '' : io.cwd}/${name}`;
  if (isDir(io.fs, path) || output?.endsWith('/')) path = `${path.replace(/\/$/, '')}/${name}`;
  if (!ensureDir(io.fs, path.slice(0, path.lastIndexOf('/')) || '/')) {
    io.stderr(`go: creating ${path}: not a directory\n`);
    return 1;
  }
  // The binary carries what its source shows it does when run (a server keeps running), how
  // it links (cgo: dynamically, to this system's C library) and its build information.
  const needs = goLinkNeeds(io, text, link);
  const info = buildInfoLines(io, mod, pkg.dir, pkg.onlyFiles, flags);
  const blob = `go-binary:${sha256Hex(text)}:${modules}${server ? serveTag(server) : outputTag(goMainOutput(text))}${needs ? linkField(needs) : ''}${buildInfoField(io, info)}`;
  io.fs.writeFile(path, { blob, size }, { mode: 0o755 });
  io.fs.chmod(path, 0o755);
  writeBuildCache(io, text, size, modules);
  io.spend(6_000 + modules * 1_500);
  const linking = needs
    ? `. With cgo on, it links ${needs.join(' and ')} dynamically: it runs only where that C library and its loader are (not on scratch, distroless/static or an image of the other libc); CGO_ENABLED=0 builds a static binary`
    : cgoEnabled(io) === '0'
      ? '. With cgo off (CGO_ENABLED=0, or no C compiler) a real build is statically linked, so it runs on scratch or distroless'
      : '';
  io.note(
    `go ${command} wrote ${path} (${(size / 1e6).toFixed(1)} MB, a size typical of what it imports; the binary's bytes are not modelled)${linking}. The build cache stays in ${buildCache(io)} unless the RUN uses a cache mount or deletes it.`,
  );
  return 0;
}

/** ~/.cache/go-build: many small action and output files, a few times the binary's size. */
function writeBuildCache(io: ProgramIO, source: string, binary: number, modules: number): void {
  const cache = buildCache(io);
  if (!exists(io.fs, `${cache}/README`)) {
    writeText(
      io.fs,
      `${cache}/README`,
      'This directory holds cached build artifacts from the Go build system.\nRun "go clean -cache" if the directory is getting too large.\nRun "go clean -fuzzcache" to delete the fuzz cache.\nSee golang.org to learn more about Go.\n',
    );
    writeText(io.fs, `${cache}/trim.txt`, `${Math.floor(io.now / 1000)}`);
  }
  const entries = 40 + modules * 25;
  const each = Math.round((binary * 3) / entries);
  for (let i = 0; i < entries; i++) {
    const key = sha256Hex(`${source}:${i}`);
    writeBlob(io.fs, `${cache}/${key.slice(0, 2)}/${key}-d`, `go-build:${key}`, each);
    writeBlob(io.fs, `${cache}/${key.slice(0, 2)}/${key}-a`, `go-action:${key}`, 170);
  }
}
