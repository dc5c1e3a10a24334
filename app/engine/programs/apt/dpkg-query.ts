/**
 * dpkg-query (and the query options of dpkg): -l lists packages in dpkg's table, -W shows
 * fields with a format, -S finds which package owns a path (official images feed it the
 * libraries their binaries link to, to decide what to keep), -L lists a package's files,
 * -s prints its status paragraph.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { listDir, readText } from '../common/fs-helpers';
import { field, formatParagraphs } from './control';
import { dpkgName, INFO, isInstalled, ownedPaths, readDpkgDb, type InstalledDeb } from './dpkg-db';

export const dpkgQueryProgram: Program = (argv, io) => dpkgQuery(argv.slice(1), io, 'dpkg-query');

/** Runs a query action; `tool` is the name in error messages ("dpkg-query" or "dpkg"). */
export function dpkgQuery(args: string[], io: ProgramIO, tool: string): number {
  let action: string | undefined;
  let format = '${binary:Package}\t${Version}\n';
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith('--showformat=')) format = arg.slice('--showformat='.length);
    else if (arg.startsWith('-f') && arg.length > 2 && !arg.startsWith('--'))
      format = arg.slice(2).replace(/^=/, '');
    else if (arg === '-f' || arg === '--showformat') format = args[++i] ?? format;
    else if (
      [
        '-l',
        '--list',
        '-W',
        '--show',
        '-S',
        '--search',
        '-L',
        '--listfiles',
        '-s',
        '--status',
      ].includes(arg)
    ) {
      action = arg.replace(/^--?/, '');
    } else if (/^-[lWSLs]+$/.test(arg)) action = arg.slice(1, 2);
    else operands.push(arg);
  }
  const db = readDpkgDb(io.fs);
  switch (action) {
    case 'l':
    case 'list':
      return list(io, tool, [...db.packages.values()], operands);
    case 'W':
    case 'show':
      return show(io, tool, [...db.packages.values()], operands, format);
    case 'S':
    case 'search':
      return search(io, tool, operands);
    case 'L':
    case 'listfiles':
      return listFiles(io, tool, db.packages, operands);
    case 's':
    case 'status':
      return status(io, tool, db.packages, operands);
    default:
      io.stderr(
        `${tool}: error: need an action option\n\nUse --help for help about querying packages.\n`,
      );
      return 2;
  }
}

function glob(pattern: string): RegExp {
  const source = pattern
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`);
}

function select(
  packages: InstalledDeb[],
  patterns: string[],
): { hits: InstalledDeb[]; unmatched: string[] } {
  if (patterns.length === 0) return { hits: packages.filter(isInstalled), unmatched: [] };
  const unmatched: string[] = [];
  const hits = new Set<InstalledDeb>();
  for (const pattern of patterns) {
    const re = glob(pattern.replace(/:amd64$/, ''));
    const found = packages.filter((p) => re.test(p.name));
    if (found.length === 0) unmatched.push(pattern);
    for (const p of found) hits.add(p);
  }
  return { hits: [...hits].sort((a, b) => (a.name < b.name ? -1 : 1)), unmatched };
}

function abbrev(entry: InstalledDeb): string {
  const [want = 'install', , state = 'installed'] = entry.status.split(' ');
  const desired = { install: 'i', deinstall: 'r', purge: 'p', hold: 'h' }[want] ?? 'u';
  const current =
    {
      installed: 'i',
      'config-files': 'c',
      unpacked: 'U',
      'half-installed': 'H',
      'not-installed': 'n',
    }[state] ?? 'i';
  return `${desired}${current}`;
}

function synopsis(entry: InstalledDeb): string {
  return (field(entry.paragraph, 'Description') ?? '').split('\n')[0] ?? '';
}

function list(io: ProgramIO, tool: string, packages: InstalledDeb[], patterns: string[]): number {
  const { hits, unmatched } = select(packages, patterns);
  const sorted = [...hits].sort((a, b) => (a.name < b.name ? -1 : 1));
  if (sorted.length > 0) {
    const names = sorted.map((p) => dpkgName(p.name));
    const nw = Math.max(4, ...names.map((n) => n.length));
    const vw = Math.max(7, ...sorted.map((p) => p.version.length));
    const aw = Math.max(12, ...sorted.map((p) => p.architecture.length));
    const dw = Math.max(11, ...sorted.map((p) => synopsis(p).length));
    io.stdout(
      'Desired=Unknown/Install/Remove/Purge/Hold\n' +
        '| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n' +
        '|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n' +
        `||/ ${'Name'.padEnd(nw)} ${'Version'.padEnd(vw)} ${'Architecture'.padEnd(aw)} Description\n` +
        `+++-${'='.repeat(nw)}-${'='.repeat(vw)}-${'='.repeat(aw)}-${'='.repeat(dw)}\n`,
    );
    sorted.forEach((p, i) => {
      io.stdout(
        `${abbrev(p)}  ${(names[i] as string).padEnd(nw)} ${p.version.padEnd(vw)} ${p.architecture.padEnd(aw)} ${synopsis(p)}\n`,
      );
    });
  }
  for (const pattern of unmatched) io.stderr(`${tool}: no packages found matching ${pattern}\n`);
  return unmatched.length > 0 ? 1 : 0;
}

function show(
  io: ProgramIO,
  tool: string,
  packages: InstalledDeb[],
  patterns: string[],
  format: string,
): number {
  const { hits, unmatched } = select(packages, patterns);
  const template = format.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  for (const entry of hits) {
    io.stdout(
      template.replace(/\$\{([^}]+)\}/g, (_, name: string) => {
        switch (name) {
          case 'binary:Package':
            return dpkgName(entry.name);
          case 'db:Status-Abbrev':
            return `${abbrev(entry)} `;
          case 'binary:Summary':
            return synopsis(entry);
          default:
            return field(entry.paragraph, name) ?? '';
        }
      }),
    );
  }
  for (const pattern of unmatched) io.stderr(`${tool}: no packages found matching ${pattern}\n`);
  return unmatched.length > 0 ? 1 : 0;
}

function search(io: ProgramIO, tool: string, patterns: string[]): number {
  if (patterns.length === 0) {
    io.stderr(
      `${tool}: error: --search needs at least one file name pattern argument\n\nUse --help for help about querying packages.\n`,
    );
    return 2;
  }
  const lists = listDir(io.fs, INFO).filter((f) => f.endsWith('.list'));
  const owners = new Map<string, string[]>();
  for (const file of lists) {
    const name = file.slice(0, -'.list'.length);
    for (const path of (readText(io.fs, `${INFO}/${file}`) ?? '').split('\n')) {
      if (!path || path === '/.') continue;
      owners.set(path, [...(owners.get(path) ?? []), name]);
    }
  }
  let failed = false;
  for (const pattern of patterns) {
    const re = /[*?[]/.test(pattern) ? glob(pattern) : undefined;
    const matched = [...owners.keys()].filter((path) =>
      re ? re.test(path) : pattern.startsWith('/') ? path === pattern : path.includes(pattern),
    );
    if (matched.length === 0) {
      io.stderr(`${tool}: no path found matching pattern ${pattern}\n`);
      failed = true;
      continue;
    }
    for (const path of matched.sort())
      io.stdout(`${(owners.get(path) ?? []).join(', ')}: ${path}\n`);
  }
  return failed ? 1 : 0;
}

function listFiles(
  io: ProgramIO,
  tool: string,
  packages: Map<string, InstalledDeb>,
  names: string[],
): number {
  let failed = false;
  for (const name of names) {
    const bare = name.replace(/:amd64$/, '');
    if (!isInstalled(packages.get(bare))) {
      io.stderr(`Package '${name}' is not installed.\n`);
      failed = true;
      continue;
    }
    io.stdout(['/.', ...ownedPaths(io.fs, bare)].join('\n') + '\n');
  }
  if (failed)
    io.stderr(
      `Use ${tool === 'dpkg' ? 'dpkg' : 'dpkg-query'} --contents (= dpkg-deb --contents) to list archive files contents.\n`,
    );
  return failed ? 1 : 0;
}

function status(
  io: ProgramIO,
  tool: string,
  packages: Map<string, InstalledDeb>,
  names: string[],
): number {
  let failed = false;
  for (const name of names) {
    const entry = packages.get(name.replace(/:amd64$/, ''));
    if (!entry) {
      io.stderr(`${tool}: package '${name}' is not installed and no information is available\n`);
      failed = true;
      continue;
    }
    io.stdout(formatParagraphs([entry.paragraph]));
  }
  if (failed) io.stderr('Use dpkg --info (= dpkg-deb --info) to examine archive files.\n');
  return failed ? 1 : 0;
}
