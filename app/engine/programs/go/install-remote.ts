/**
 * `go install PACKAGE@VERSION` (Go 1.16+), the way Dockerfiles fetch Go tools (air, migrate,
 * swag): it builds a command from a module outside the current one, ignoring any go.mod. The
 * module goes into the module cache ("go: downloading ...") and the binary into GOBIN or
 * $GOPATH/bin, named after the package's last path element (the one before a /vN suffix).
 * The tool's source is not known, so its binary is taken as statically linked and not a server.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { ensureDir } from '../common/fs-helpers';
import { sha256Hex, unitFromName } from '../common/hash';
import { buildInfoField, buildInfoLines } from './build-info';
import type { BuildArgs } from './build-args';
import type { GoMod } from './go-mod';
import { moduleHash } from './go-sum';

/** The module a package path belongs to: the catalog's, else a code host's owner/repo[/vN]. */
function moduleOf(catalog: Catalog, path: string): string {
  const parts = path.split('/');
  for (let n = parts.length; n > 1; n--) {
    const prefix = parts.slice(0, n).join('/');
    if (catalog.package('go', prefix)) return prefix;
  }
  if (/^(github\.com|gitlab\.com|bitbucket\.org)$/.test(parts[0] ?? '') && parts.length > 3) {
    const repo = parts.slice(0, 3);
    return (/^v\d+$/.test(parts[3] ?? '') ? [...repo, parts[3]] : repo).join('/');
  }
  return path;
}

/** The command's name: the last element, or the one before a major-version suffix. */
function commandName(path: string): string {
  const parts = path.split('/');
  const last = parts[parts.length - 1] ?? path;
  return /^v\d+$/.test(last) && parts.length > 1 ? (parts[parts.length - 2] ?? last) : last;
}

export function installRemote(
  io: ProgramIO,
  catalog: Catalog,
  target: string,
  flags: BuildArgs,
  download: (mod: GoMod) => void,
): number {
  const [path = '', query = 'latest'] = target.split('@');
  const module = moduleOf(catalog, path);
  const known = catalog.package('go', module) ?? catalog.plausiblePackage('go', module);
  const version = /^v\d/.test(query) ? query : known.version.replace(/^(?!v)/, 'v');
  download({
    path: '',
    dir: '/',
    module: 'command-line-arguments',
    requires: [{ module, version, indirect: false }],
  });
  const bin = io.env.GOBIN || `${io.env.GOPATH ?? `${io.env.HOME ?? io.user.home}/go`}/bin`;
  if (!ensureDir(io.fs, bin)) {
    io.stderr(`go: creating ${bin}: not a directory\n`);
    return 1;
  }
  const lines = [
    `path\t${path}`,
    `mod\t${module}\t${version}\t${moduleHash(module, version)}`,
    ...buildInfoLines(io, undefined, '/', true, flags).slice(1),
  ];
  const blob = `go-binary:${sha256Hex(`${path}@${version}`)}:1${buildInfoField(io, lines)}`;
  const size = Math.round(6_000_000 + 10_000_000 * unitFromName(path));
  const file = `${bin}/${commandName(path)}`;
  io.fs.writeFile(file, { blob, size }, { mode: 0o755 });
  io.fs.chmod(file, 0o755);
  io.spend(8_000);
  io.note(
    `go install ${target} wrote ${file}: the tool's source is not modelled, so its binary is taken as statically linked and running it does nothing.`,
  );
  return 0;
}
