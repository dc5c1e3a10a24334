/** Options dnf, yum and microdnf share: -y, -q, --nodocs, --setopt=..., and the command. */
export interface Args {
  command: string;
  operands: string[];
  yes: boolean;
  quiet: boolean;
  nodocs: boolean;
}

const VALUE_OPTIONS = new Set([
  '--setopt',
  '--enablerepo',
  '--disablerepo',
  '--repo',
  '--releasever',
  '-x',
  '--exclude',
  '--installroot',
  '-c',
  '--config',
]);

export function parseArgs(args: readonly string[]): Args {
  const out: Args = { command: '', operands: [], yes: false, quiet: false, nodocs: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-y' || a === '--assumeyes') out.yes = true;
    else if (a === '-q' || a === '--quiet') out.quiet = true;
    else if (a === '--nodocs') out.nodocs = true;
    else if (/^-[a-z]*y[a-z]*$/.test(a)) {
      out.yes = true;
      if (a.includes('q')) out.quiet = true;
    } else if (a.startsWith('--setopt=')) {
      if (/tsflags=nodocs/.test(a)) out.nodocs = true;
    } else if (VALUE_OPTIONS.has(a)) i++;
    else if (a.startsWith('-')) continue;
    else if (!out.command) out.command = a;
    else out.operands.push(a);
  }
  return out;
}

const DEVELOPMENT_TOOLS = [
  'autoconf',
  'automake',
  'binutils',
  'gcc',
  'gcc-c++',
  'make',
  'patch',
  'libtool',
  'git',
  'diffutils',
];

/** Package groups by name (lower case), as `dnf groupinstall "Development Tools"` takes them. */
export const GROUPS: Record<string, string[]> = {
  'development tools': DEVELOPMENT_TOOLS,
  'development-tools': DEVELOPMENT_TOOLS,
};
