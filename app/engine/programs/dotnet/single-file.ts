/**
 * `dotnet publish -r <rid> -p:PublishSingleFile=true`: the publish folder's assemblies,
 * deps.json, runtimeconfig.json and (self-contained) the runtime are bundled into the one
 * executable named after the assembly; the .pdb and content files (appsettings*.json,
 * wwwroot/, web.config) stay beside it. On Linux the self-contained runtime's native parts
 * are linked into the single-file host, so the folder holds no .so files either. The blob
 * records a Web SDK app (`single-file:App:web`), whose runtimeconfig.json is inside it.
 */
import type { ProgramIO } from '../../shell/program';
import { walkFiles, writeBlob } from '../common/fs-helpers';
import type { Project } from './project';

const APPHOST_BYTES = 72_488;

function staysBeside(rel: string, assembly: string): boolean {
  return (
    rel === `${assembly}.pdb` ||
    /^appsettings(\.[^/]+)?\.json$/.test(rel) ||
    rel === 'web.config' ||
    rel.startsWith('wwwroot/')
  );
}

export function bundleSingleFile(io: ProgramIO, project: Project, dir: string): void {
  const assembly = project.assemblyName;
  let bundled = 0;
  for (const file of walkFiles(io.fs, dir)) {
    const rel = file.path.slice(dir.length + 1);
    if (rel === assembly || staysBeside(rel, assembly)) continue;
    bundled += file.size;
    io.fs.remove(file.path);
  }
  writeBlob(
    io.fs,
    `${dir}/${assembly}`,
    `single-file:${assembly}${project.web ? ':web' : ''}`,
    APPHOST_BYTES + bundled,
    0o755,
  );
  io.fs.chmod(`${dir}/${assembly}`, 0o755);
  io.note(
    `PublishSingleFile bundled the app's assemblies${bundled > 20_000_000 ? ' and the .NET runtime' : ''} into ${dir}/${assembly} (${(bundled / 1e6).toFixed(1)} MB of them): copy that one file.`,
  );
}
