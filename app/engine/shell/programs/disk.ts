/**
 * du (sizes from the tree, in 1K blocks of 4K filesystem blocks; with -b or --apparent-size,
 * the bytes files hold, a directory counting 4096) and df (a plausible overlay).
 */
import { fileError } from '../messages';
import type { LiveNode } from '../../fs/node';
import type { Program, ProgramIO } from '../program';
import { blocksOf, humanSize } from './human';
import { abs, options, subtreePaths } from './support';

export function diskUsage(io: ProgramIO, path: string): number {
  return subtreePaths(io, path).reduce(
    (sum, { node }) => sum + blocksOf(node.kind, node.kind === 'file' ? node.size : 0),
    0,
  );
}

export const du: Program = (argv, io) => {
  const opts = options(
    'du',
    argv,
    {
      flags: 'shacxkmLb',
      values: 'd',
      long: {
        summarize: 's',
        'human-readable': 'h',
        all: 'a',
        total: 'c',
        'max-depth=': 'd',
        'apparent-size': 'A',
        bytes: 'b',
      },
    },
    io,
  );
  if (!opts) return 1;
  const apparent = opts.has('b') || opts.has('A');
  // Amounts are KiB blocks, or bytes when apparent sizes are asked for.
  const show = (amount: number): string => {
    if (opts.has('b')) return String(amount);
    const bytes = apparent ? amount : amount * 1024;
    if (opts.has('h')) return humanSize(bytes);
    return String(Math.ceil(bytes / (opts.has('m') ? 1048576 : 1024)));
  };
  const measure = (node: LiveNode): number => {
    if (!apparent) return blocksOf(node.kind, node.kind === 'file' ? node.size : 0);
    return node.kind === 'file' ? node.size : node.kind === 'dir' ? 4096 : node.target.length;
  };
  const maxDepth = opts.has('s')
    ? 0
    : opts.value('d') !== undefined
      ? Number(opts.value('d'))
      : Infinity;
  let status = 0;
  let total = 0;
  const out: string[] = [];
  for (const name of opts.operands.length > 0 ? opts.operands : ['.']) {
    const root = abs(io, name);
    const st = io.fs.lstat(root);
    if (!st.ok) {
      io.stderr(fileError(io.userland, 'du.access', name, st.error));
      status = 1;
      continue;
    }
    // Post-order, as du walks: a directory's line comes after its contents.
    const rows: { path: string; kb: number; dir: boolean; depth: number }[] = [];
    const visit = (path: string, depth: number): number => {
      const st = io.fs.lstat(path);
      if (!st.ok) return 0;
      const node = st.value.node;
      let kb = measure(node);
      if (node.kind === 'dir') {
        const names = io.fs.readdir(path);
        for (const child of names.ok ? names.value : [])
          kb += visit(path === '/' ? `/${child}` : `${path}/${child}`, depth + 1);
      }
      rows.push({ path, kb, dir: node.kind === 'dir', depth });
      return kb;
    };
    const rootKb = visit(root, 0);
    for (const row of rows) {
      if (row.depth > maxDepth) continue;
      if (!row.dir && !(opts.has('a') || row.path === root)) continue;
      const shown =
        row.path === root
          ? name
          : name.replace(/\/$/, '') + row.path.slice(root === '/' ? 0 : root.length);
      out.push(`${show(row.kb)}\t${shown}`);
    }
    total += rootKb;
  }
  if (opts.has('c')) out.push(`${show(total)}\ttotal`);
  io.stdout(out.map((l) => l + '\n').join(''));
  return status;
};

export const df: Program = (argv, io) => {
  const human = argv.includes('-h');
  const size = 61202244;
  const used = 9_215_488 + diskUsage(io, '/');
  const avail = size - used - 3_100_000;
  const rows: [string, number, number, number, string][] = [
    ['overlay', size, used, avail, '/'],
    ['tmpfs', 65536, 0, 65536, '/dev'],
    ['shm', 65536, 0, 65536, '/dev/shm'],
    ['/dev/vda1', size, used, avail, '/etc/hosts'],
  ];
  const pct = (u: number, s: number): string =>
    s === 0 ? '-' : `${Math.ceil((u / (u + (s === size ? avail : s - u))) * 100)}%`;
  const fmt = (n: number): string => (human ? humanSize(n * 1024) : String(n));
  const header = [
    'Filesystem',
    human ? 'Size' : '1K-blocks',
    'Used',
    human ? 'Avail' : 'Available',
    'Use%',
    'Mounted on',
  ];
  const cells = rows.map(([fs, s, u, a, m]) => [fs, fmt(s), fmt(u), fmt(a), pct(u, s), m]);
  if (io.userland === 'busybox') {
    io.stdout(
      `${'Filesystem'.padEnd(20)} ${(human ? 'Size' : '1K-blocks').padStart(9)} ${'Used'.padStart(9)} ${'Available'.padStart(9)} Use% Mounted on\n`,
    );
    for (const c of cells)
      io.stdout(
        `${(c[0] as string).padEnd(20)} ${(c[1] as string).padStart(9)} ${(c[2] as string).padStart(9)} ${(c[3] as string).padStart(9)} ${(c[4] as string).padStart(3)} ${c[5]}\n`,
      );
    return 0;
  }
  // GNU df gives the Filesystem column at least 14 characters.
  const widths = header.map((h, i) =>
    Math.max(i === 0 ? 14 : h.length, ...cells.map((c) => (c[i] as string).length)),
  );
  const line = (c: string[]): string =>
    c
      .map((v, i) =>
        i === 0 || i === 5
          ? v.padEnd(i === 5 ? 0 : (widths[i] as number))
          : v.padStart(widths[i] as number),
      )
      .join(' ');
  io.stdout([header, ...cells].map((c) => line(c) + '\n').join(''));
  return 0;
};
