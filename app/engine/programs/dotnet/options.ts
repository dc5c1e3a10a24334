/**
 * The options restore, build and publish share, parsed as the dotnet CLI takes them:
 * `-c Release` and `--configuration=Release`, `-o`, `-r`, `-f`, `-a`/`--os` (which make a
 * runtime identifier), `--self-contained [true|false]`/`--sc`/`--no-self-contained`,
 * `--use-current-runtime`, and MSBuild properties as `-p:`, `/p:`, `--property:`
 * (several joined with `;`). The first other word is the project, solution or folder.
 */
export interface CommandOptions {
  target: string | undefined;
  configuration: string | undefined;
  output: string | undefined;
  rid: string | undefined;
  framework: string | undefined;
  selfContained: boolean | undefined;
  useCurrentRuntime: boolean;
  noRestore: boolean;
  noBuild: boolean;
  /** `--nologo`: no MSBuild banner. */
  nologo: boolean;
  /** MSBuild properties from the command line, by lower-cased name. */
  properties: Record<string, string>;
  /** `-a` and `--os`, which make a runtime identifier with the machine's own. */
  arch?: string;
  os?: string;
  /** An option the command does not know, for the CLI's error. */
  unknown: string | undefined;
}

const WITH_VALUE = new Set([
  '-c',
  '--configuration',
  '-o',
  '--output',
  '-r',
  '--runtime',
  '-f',
  '--framework',
  '-a',
  '--arch',
  '--os',
  '-v',
  '--verbosity',
  '-s',
  '--source',
  '--packages',
  '--version-suffix',
  '--configfile',
  '-bl',
  '--artifacts-path',
  '-l',
  '--logger',
]);

const FLAGS = new Set([
  '--no-restore',
  '--no-build',
  '--nologo',
  '--no-dependencies',
  '--no-incremental',
  '--force',
  '--no-cache',
  '--interactive',
  '--disable-parallel',
  '--disable-build-servers',
  '--ignore-failed-sources',
  '--sc',
  '--no-self-contained',
  '--use-current-runtime',
  '--ucr',
  '--locked-mode',
  '--blame',
  '--list-tests',
]);

function addProperties(into: Record<string, string>, text: string): void {
  for (const pair of text.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0) into[pair.slice(0, eq).trim().toLowerCase()] = pair.slice(eq + 1).trim();
  }
}

export function parseCommandOptions(args: readonly string[]): CommandOptions {
  const o: CommandOptions = {
    target: undefined,
    configuration: undefined,
    output: undefined,
    rid: undefined,
    framework: undefined,
    selfContained: undefined,
    useCurrentRuntime: false,
    noRestore: false,
    noBuild: false,
    nologo: false,
    properties: {},
    unknown: undefined,
  };
  let arch: string | undefined;
  let os: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as string;
    const property = /^(?:-|--|\/)(?:p|property):(.*)$/i.exec(word);
    if (property) {
      addProperties(o.properties, property[1] ?? '');
      continue;
    }
    if (/^(?:-|\/)nologo$/i.test(word)) {
      o.nologo = true;
      continue;
    }
    if (
      /^(?:-|\/)(?:m|maxcpucount|tl|nr|bl|v|consoleloggerparameters|clp|warnaserror)(:.*)?$/i.test(
        word,
      )
    )
      continue;
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const name = eq > 0 ? word.slice(0, eq) : word;
    if (WITH_VALUE.has(name)) {
      const value = eq > 0 ? word.slice(eq + 1) : args[++i];
      if (name === '-c' || name === '--configuration') o.configuration = value;
      else if (name === '-o' || name === '--output') o.output = value;
      else if (name === '-r' || name === '--runtime') o.rid = value;
      else if (name === '-f' || name === '--framework') o.framework = value;
      else if (name === '-a' || name === '--arch') arch = value;
      else if (name === '--os') os = value;
      continue;
    }
    if (name === '--self-contained') {
      const next = args[i + 1];
      if (eq > 0) o.selfContained = word.slice(eq + 1).toLowerCase() !== 'false';
      else if (next === 'true' || next === 'false') {
        o.selfContained = next === 'true';
        i++;
      } else o.selfContained = true;
      continue;
    }
    if (FLAGS.has(name)) {
      if (name === '--no-restore') o.noRestore = true;
      else if (name === '--no-build') o.noBuild = true;
      else if (name === '--nologo') o.nologo = true;
      else if (name === '--sc') o.selfContained = true;
      else if (name === '--no-self-contained') o.selfContained = false;
      else if (name === '--use-current-runtime' || name === '--ucr') o.useCurrentRuntime = true;
      continue;
    }
    if (word.startsWith('-') && word !== '-') {
      o.unknown ??= word;
      continue;
    }
    if (o.target === undefined) o.target = word;
  }
  if (arch || os) {
    o.arch = (arch ?? 'x64').replace(/^amd64$/, 'x64').replace(/^aarch64$/, 'arm64');
    o.os = os;
  }
  return o;
}

/**
 * The runtime identifier a command builds for: `-r`, or one made of `-a`/`--os` and
 * `--use-current-runtime` on this machine's (linux-musl-x64 on Alpine), or none.
 */
export function commandRid(o: CommandOptions, hostRid: string): string | undefined {
  if (o.rid) return o.rid;
  if (!o.arch && !o.os && !o.useCurrentRuntime) return undefined;
  const hostArch = hostRid.slice(hostRid.lastIndexOf('-') + 1);
  const hostOs = hostRid.slice(0, hostRid.lastIndexOf('-'));
  return `${o.os ?? hostOs}-${o.arch ?? hostArch}`;
}
