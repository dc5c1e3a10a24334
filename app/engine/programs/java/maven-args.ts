/**
 * Maven's command line: phases and goals, -D properties (`-DskipTests`, `-Dx=y`, `-D x=y`),
 * -B, -q, -o, -U, -e, -X, -V, -v, -ntp, -T, -f, -s, -P, -pl and their long forms.
 */

export interface MavenArgs {
  tasks: string[];
  props: Record<string, string>;
  quiet: boolean;
  batch: boolean;
  offline: boolean;
  noTransferProgress: boolean;
  version: boolean;
  showVersion: boolean;
  file?: string;
  threads?: string;
  /** -pl: the modules to build (folders or [groupId]:artifactId), and -am: what they need. */
  projects?: string[];
  alsoMake: boolean;
}

/** Options that take a value, by short and long name. */
const VALUED: Record<string, string> = {
  '-f': 'file',
  '--file': 'file',
  '-T': 'threads',
  '--threads': 'threads',
  '-s': 'settings',
  '--settings': 'settings',
  '-gs': 'settings',
  '--global-settings': 'settings',
  '-P': 'profiles',
  '--activate-profiles': 'profiles',
  '-pl': 'projects',
  '--projects': 'projects',
  '-rf': 'resume',
  '--resume-from': 'resume',
  '-l': 'log',
  '--log-file': 'log',
  '-t': 'toolchains',
  '--toolchains': 'toolchains',
};

const FLAGS: Record<string, keyof MavenArgs | 'ignored'> = {
  '-B': 'batch',
  '--batch-mode': 'batch',
  '--non-interactive': 'batch',
  '-q': 'quiet',
  '--quiet': 'quiet',
  '-o': 'offline',
  '--offline': 'offline',
  '-ntp': 'noTransferProgress',
  '--no-transfer-progress': 'noTransferProgress',
  '-v': 'version',
  '--version': 'version',
  '-V': 'showVersion',
  '--show-version': 'showVersion',
};

const IGNORED = new Set([
  '-U',
  '--update-snapshots',
  '-e',
  '--errors',
  '-X',
  '--debug',
  '-amd',
  '-N',
  '--non-recursive',
  '-fae',
  '--fail-at-end',
  '-ff',
  '--fail-fast',
  '-C',
  '--strict-checksums',
  '-c',
  '--lax-checksums',
  '-nsu',
  '--color=never',
  '--color=always',
  '--color=auto',
]);

export function parseMavenArgs(args: string[]): MavenArgs | { error: string } {
  const out: MavenArgs = {
    tasks: [],
    props: {},
    quiet: false,
    batch: false,
    offline: false,
    noTransferProgress: false,
    version: false,
    showVersion: false,
    alsoMake: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-D' || arg === '--define' || arg.startsWith('-D')) {
      const body = arg.startsWith('-D') && arg.length > 2 ? arg.slice(2) : args[++i];
      if (body === undefined) return { error: 'Missing argument for option: D' };
      const eq = body.indexOf('=');
      if (eq === -1) out.props[body] = 'true';
      else out.props[body.slice(0, eq)] = body.slice(eq + 1);
      continue;
    }
    const valued = VALUED[arg];
    if (valued) {
      const value = args[++i];
      if (value === undefined)
        return { error: `Missing argument for option: ${arg.replace(/^-+/, '')}` };
      if (valued === 'file') out.file = value;
      if (valued === 'threads') out.threads = value;
      if (valued === 'projects') out.projects = value.split(',').filter(Boolean);
      continue;
    }
    const attached = /^-(T|f|P)(.+)$/.exec(arg);
    if (attached) {
      if (attached[1] === 'T') out.threads = attached[2];
      if (attached[1] === 'f') out.file = attached[2];
      continue;
    }
    const flag = FLAGS[arg];
    if (flag && flag !== 'ignored') {
      (out[flag] as boolean) = true;
      continue;
    }
    if (arg === '-am' || arg === '--also-make') {
      out.alsoMake = true;
      continue;
    }
    if (IGNORED.has(arg) || arg.startsWith('--color')) continue;
    if (arg.startsWith('-'))
      return { error: `Unable to parse command line options: Unrecognized option: ${arg}` };
    out.tasks.push(arg);
  }
  return out;
}
