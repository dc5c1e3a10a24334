/**
 * `apk info` and `apk --version` as apk-tools 2.14 print them. info lists the installed
 * packages in database order: names; with -v `name-version`; with -vv (or -v twice)
 * `name-version - description`, the description being the database's T: line.
 */
import type { ProgramIO } from '../../shell/program';
import { readInstalled } from './apk-db';

/** How many -v (or --verbose) the arguments hold: `-vv` counts two. */
export function verbosity(args: readonly string[]): number {
  return args.reduce((n, a) => n + (a === '--verbose' ? 1 : /^-v+$/.test(a) ? a.length - 1 : 0), 0);
}

export function apkInfo(io: ProgramIO, args: readonly string[]): number {
  const level = verbosity(args);
  const lines = [...readInstalled(io.fs).values()].map((e) => {
    if (level === 0) return e.name;
    const id = `${e.name}-${e.version}`;
    const description = /^T:(.*)$/m.exec(e.block)?.[1];
    return level >= 2 && description !== undefined ? `${id} - ${description}` : id;
  });
  io.stdout(lines.map((l) => `${l}\n`).join(''));
  return 0;
}

/** `apk --version`: apk-tools' own version, from the installed apk-tools package. */
export function apkVersion(io: ProgramIO): number {
  const installed = readInstalled(io.fs)
    .get('apk-tools')
    ?.version.replace(/-r\d+$/, '');
  io.stdout(`apk-tools ${installed ?? '2.14.9'}, compiled for x86_64.\n`);
  return 0;
}
