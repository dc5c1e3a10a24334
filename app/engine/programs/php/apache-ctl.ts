/**
 * Debian's apache2ctl/apachectl for what Dockerfiles and `docker exec` ask of it outside the
 * server: `-M` (or `-t -D DUMP_MODULES`) lists the loaded modules — the ones Debian's apache2
 * builds in, then each LoadModule of mods-enabled/*.load in the order Apache includes them
 * (file names sorted) — and `-t`/`configtest` says "Syntax OK" (directives are not checked;
 * a note says so). Both first warn, as Apache does, when no global ServerName is set. Running
 * the server (-D FOREGROUND) is the service model's (runtime/services/php.ts).
 */
import type { Program, ProgramIO } from '../../shell/program';
import { listDir, readText } from '../common/fs-helpers';

/** The modules Debian's apache2 binary has built in, in the order `-M` prints them. */
const STATIC_MODULES = [
  'core',
  'so',
  'watchdog',
  'http',
  'log_config',
  'logio',
  'version',
  'unixd',
];

function confDir(io: ProgramIO): string {
  return io.env.APACHE_CONFDIR ?? '/etc/apache2';
}

/** AH00558 unless a global ServerName is set; the address is the hostname's in /etc/hosts. */
function serverNameWarning(io: ProgramIO): string {
  const dir = confDir(io);
  const files = [
    `${dir}/apache2.conf`,
    ...listDir(io.fs, `${dir}/conf-enabled`)
      .filter((f) => f.endsWith('.conf'))
      .map((f) => `${dir}/conf-enabled/${f}`),
  ];
  if (files.some((f) => /^\s*ServerName\s/m.test(readText(io.fs, f) ?? ''))) return '';
  const hostname = (readText(io.fs, '/etc/hostname') ?? '').trim();
  const line = (readText(io.fs, '/etc/hosts') ?? '')
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .find((fields) => hostname !== '' && fields.slice(1).includes(hostname));
  const address = line?.[0] ?? '127.0.0.1';
  return `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ${address}. Set the 'ServerName' directive globally to suppress this message\n`;
}

function loadedModules(io: ProgramIO): string {
  const enabled = `${confDir(io)}/mods-enabled`;
  const shared = listDir(io.fs, enabled)
    .filter((f) => f.endsWith('.load'))
    .sort()
    .flatMap((f) => {
      const text = readText(io.fs, `${enabled}/${f}`) ?? '';
      const named = [...text.matchAll(/^\s*LoadModule\s+(\S+)/gm)].map((m) => m[1] as string);
      return named.length > 0 ? named : [`${f.slice(0, -'.load'.length)}_module`];
    });
  return `Loaded Modules:\n${[
    ...STATIC_MODULES.map((m) => ` ${m}_module (static)`),
    ...shared.map((m) => ` ${m} (shared)`),
  ].join('\n')}\n`;
}

export const apacheCtlProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  const dump =
    args.includes('-M') ||
    args.includes('-DDUMP_MODULES') ||
    args.some((a, i) => a === '-D' && args[i + 1] === 'DUMP_MODULES');
  const test = args.includes('-t') || args.includes('configtest');
  if (!dump && !test) {
    io.note(
      `${argv[0] ?? 'apache2ctl'} ${args.join(' ')}: only -M, -t and configtest are modelled outside a running server; nothing ran.`,
    );
    return 0;
  }
  io.stderr(serverNameWarning(io));
  if (dump) {
    io.stdout(loadedModules(io));
    return 0;
  }
  io.note('apache2ctl -t here checks nothing: the configuration directives are not parsed.');
  io.stderr('Syntax OK\n');
  return 0;
};
