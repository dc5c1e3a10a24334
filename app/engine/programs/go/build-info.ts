/**
 * The build information go embeds in every binary (runtime/debug.BuildInfo) and `go version
 * [-m] FILE` reads back: the Go release, the main package and module, the modules it links
 * with their go.sum hashes, and the build settings, in cmd/go's order (load/pkg.go). The
 * binary's bytes are not modelled, so the lines travel in its blob id (`bi=` field) into
 * whatever image the binary is copied to.
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, blobOf, exists, findOnPath, isDir, readText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { cgoEnabled, goVersion } from './cgo-link';
import type { GoMod } from './go-mod';

const FIELD = 'bi=';
/** A line of the field that is not build information but a setting left unmodelled. */
const MARKER = '#';

export interface BuildFlags {
  ldflags: string | undefined;
  gcflags: string | undefined;
  tags: string[];
  trimpath: boolean;
  buildvcs: string | undefined;
}

/** A setting's value as debug.BuildInfo.String quotes it (strconv.Quote when it has a space). */
function quoted(value: string): string {
  return /[ \t\r\n"`]/.test(value) ? JSON.stringify(value) : value;
}

/** go.sum's hash of a module's content, or a stand-in when go.sum has none. */
function sumOf(io: ProgramIO, mod: GoMod, module: string, version: string): string {
  const sums = readText(io.fs, `${mod.dir === '/' ? '' : mod.dir}/go.sum`) ?? '';
  const line = sums.split('\n').find((l) => l.startsWith(`${module} ${version} h1:`));
  return line?.split(' ')[2] ?? `h1:${sha256Hex(`${module}@${version}`).slice(0, 43)}=`;
}

/** The `go version -m` lines after the first, tab-separated as go prints them. */
export function buildInfoLines(
  io: ProgramIO,
  mod: GoMod | undefined,
  pkgDir: string,
  onlyFiles: boolean,
  flags: BuildFlags,
): string[] {
  const lines: string[] = [];
  if (mod && !onlyFiles) {
    const rel = pkgDir === mod.dir ? '' : pkgDir.slice(mod.dir.length).replace(/^\/?/, '/');
    lines.push(`path\t${mod.module}${rel}`, `mod\t${mod.module}\t(devel)\t`);
  } else lines.push('path\tcommand-line-arguments');
  const deps = [...(mod?.requires ?? [])].sort((a, b) => a.module.localeCompare(b.module));
  for (const r of deps)
    lines.push(`dep\t${r.module}\t${r.version}\t${sumOf(io, mod as GoMod, r.module, r.version)}`);
  const minor = Number(/^go1\.(\d+)/.exec(goVersion(io))?.[1] ?? '0');
  const settings: [string, string][] = [];
  if (minor >= 20) settings.push(['-buildmode', 'exe']);
  settings.push(['-compiler', 'gc']);
  // -trimpath leaves -gcflags and -ldflags out (they can name system paths; go.dev/issue/52372).
  if (flags.gcflags && !flags.trimpath) settings.push(['-gcflags', flags.gcflags]);
  if (flags.ldflags && !flags.trimpath) settings.push(['-ldflags', flags.ldflags]);
  if (flags.tags.length > 0) settings.push(['-tags', flags.tags.join(',')]);
  if (flags.trimpath) settings.push(['-trimpath', 'true']);
  const cgo = cgoEnabled(io);
  settings.push(['CGO_ENABLED', cgo === '1' ? '1' : '0']);
  if (cgo === '1')
    for (const name of ['CGO_CFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS', 'CGO_LDFLAGS'])
      settings.push([name, io.env[name] ?? '']);
  const arch = io.env.GOARCH || 'amd64';
  settings.push(['GOARCH', arch], ['GOOS', io.env.GOOS || 'linux']);
  if (arch === 'amd64') settings.push(['GOAMD64', io.env.GOAMD64 || 'v1']);
  for (const [key, value] of settings) lines.push(`build\t${key}=${quoted(value)}`);
  return [...lines, ...unmodelled(io, mod, pkgDir, onlyFiles, flags, minor)];
}

/**
 * Settings a real binary may carry that are not modelled, as markers `go version -m` turns
 * into a note: DefaultGODEBUG (Go 1.21+, when go.mod's go line is older than the toolchain,
 * the GODEBUG defaults of that older release) and the vcs.* stamps a build inside a git
 * checkout gets when git is on PATH (-buildvcs=auto omits them without git).
 */
function unmodelled(
  io: ProgramIO,
  mod: GoMod | undefined,
  pkgDir: string,
  onlyFiles: boolean,
  flags: BuildFlags,
  minor: number,
): string[] {
  const markers: string[] = [];
  const line = /^go\s+1\.(\d+)/m.exec(mod ? (readText(io.fs, mod.path) ?? '') : '');
  if (minor >= 21 && line && Number(line[1]) < minor) markers.push(`${MARKER}DefaultGODEBUG`);
  let dir = pkgDir;
  while (!exists(io.fs, `${dir === '/' ? '' : dir}/.git`) && dir !== '/')
    dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
  const vcs =
    !onlyFiles && flags.buildvcs !== 'false' && exists(io.fs, `${dir === '/' ? '' : dir}/.git`);
  if (vcs && findOnPath(io.fs, io.env, 'git')) markers.push(`${MARKER}vcs`);
  return markers;
}

/** The blob-id field carrying the release and the lines (no ':' in it, so fields still split). */
export function buildInfoField(io: ProgramIO, lines: string[]): string {
  return `:${FIELD}${encodeURIComponent([goVersion(io), ...lines].join('\n'))}`;
}

function buildInfoOf(blob: string): string[] | undefined {
  const field = blob
    .replace(/#stripped$/, '')
    .split(':')
    .find((f) => f.startsWith(FIELD));
  return field === undefined
    ? undefined
    : decodeURIComponent(field.slice(FIELD.length)).split('\n');
}

/**
 * `go version FILE...` (and `-m`): each Go binary's release, and with -m its build
 * information. Other executables are "not a Go executable"; other files are skipped
 * silently; either way go exits 1.
 */
export function goVersionFiles(io: ProgramIO, args: string[]): number {
  const verbose = args.includes('-m');
  let status = 0;
  for (const file of args.filter((a) => !a.startsWith('-'))) {
    const path = absolute(io.cwd, file);
    if (!exists(io.fs, path)) {
      io.stderr(`stat ${file}: no such file or directory\n`);
      status = 1;
      continue;
    }
    if (isDir(io.fs, path)) {
      io.note(`go version ${file}: scanning a directory for Go binaries is not modelled.`);
      continue;
    }
    const blob = blobOf(io.fs, path);
    const info = blob?.startsWith('go-binary:') ? buildInfoOf(blob) : undefined;
    if (!info) {
      const st = io.fs.stat(path);
      const node = st.ok ? st.value.node : undefined;
      const executable = node?.kind === 'file' && blob !== undefined && (node.mode & 0o111) !== 0;
      if (blob?.startsWith('go-binary:'))
        io.note(`${file} was built before Layercake recorded Go build information.`);
      else if (executable)
        io.stderr(`${file}: could not read Go build info from ${file}: not a Go executable\n`);
      status = 1;
      continue;
    }
    const [release = '', ...rest] = info;
    const lines = rest.filter((l) => !l.startsWith(MARKER));
    io.stdout(`${file}: ${release}\n${verbose ? lines.map((l) => `\t${l}\n`).join('') : ''}`);
    const missing = rest.filter((l) => l.startsWith(MARKER)).map((l) => l.slice(MARKER.length));
    if (verbose && missing.length > 0)
      io.note(
        `A real ${file} also carries build settings Layercake does not model: ${missing.map((m) => (m === 'vcs' ? 'vcs, vcs.revision, vcs.time and vcs.modified (it was built in a git checkout with git on PATH)' : 'DefaultGODEBUG (its go.mod names an older Go than the toolchain)')).join('; ')}.`,
      );
  }
  return status;
}
