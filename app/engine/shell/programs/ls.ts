/**
 * ls: names, -a/-A, -1, -l (GNU's aligned columns or BusyBox's fixed widths), -h, -R, -d,
 * -n, -F, -r, -t, -S. Times come from the injected clock: the simulated tree keeps no
 * modification times, so every file shows the current time.
 */
import { joinPath } from '../../fs/path';
import type { LiveNode } from '../../fs/node';
import { fileError } from '../messages';
import type { Program, ProgramIO } from '../program';
import { groupName, userName } from '../users';
import { blocksOf, humanSize } from './human';
import { modeString } from './mode';
import { abs, options } from './support';
import { mtimeOf } from './times';

interface Entry {
  name: string;
  path: string;
  node: LiveNode;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Half a Gregorian year: older (or future) times show their year instead of the clock. */
const RECENT_MS = 15_778_476_000;

export function lsDate(mtime: number, now: number = mtime): string {
  const d = new Date(mtime);
  const day = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)}`;
  if (mtime > now || now - mtime >= RECENT_MS) return `${day}  ${d.getUTCFullYear()}`;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${day} ${hh}:${mm}`;
}

function sizeOf(node: LiveNode): number {
  if (node.kind === 'dir') return 4096;
  if (node.kind === 'symlink') return node.target.length;
  return node.size;
}

/** A directory's link count: itself, its entry in the parent, and each subdirectory's `..`. */
function linkCount(io: ProgramIO, path: string, node: LiveNode): number {
  if (node.kind !== 'dir') return 1;
  const names = io.fs.readdir(path);
  let dirs = 0;
  for (const name of names.ok ? names.value : []) {
    const st = io.fs.lstat(joinPath(path, name));
    if (st.ok && st.value.node.kind === 'dir') dirs++;
  }
  return 2 + dirs;
}

export const ls: Program = (argv, io) => {
  const opts = options(
    'ls',
    argv,
    {
      flags: 'laA1RdhnFrtSpiCxUsqgoG',
      values: 'wI',
      long: {
        all: 'a',
        'almost-all': 'A',
        recursive: 'R',
        directory: 'd',
        'human-readable': 'h',
        'numeric-uid-gid': 'n',
        classify: 'F',
        reverse: 'r',
        'color=': 'color',
        color: 'color',
        'group-directories-first': 'gdf',
        'time-style=': 'ts',
        'full-time': 'ft',
      },
    },
    io,
  );
  if (!opts) return 2;
  const long = opts.has('l') || opts.has('n') || opts.has('g') || opts.has('o');
  const operands = opts.operands.length > 0 ? opts.operands : ['.'];
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  let status = 0;
  for (const name of operands) {
    const path = abs(io, name);
    const lst = io.fs.lstat(path);
    if (!lst.ok) {
      io.stderr(fileError(io.userland, 'ls.access', name, lst.error));
      status = io.userland === 'busybox' ? 1 : 2;
      continue;
    }
    // A symlink named on the command line is followed, except by -l and -d (GNU's rules).
    const follow = lst.value.node.kind === 'symlink' && !opts.has('d') && !long;
    const st = follow ? io.fs.stat(path) : lst;
    const node = st.ok ? st.value.node : lst.value.node;
    if (node.kind === 'dir' && !opts.has('d')) dirs.push({ name, path, node });
    else files.push({ name, path, node });
  }
  const out: string[] = [];
  if (files.length > 0) out.push(render(io, sortEntries(files, opts), opts, long, false));
  const headers = operands.length > 1 || opts.has('R');
  const listDir = (dir: Entry, first: boolean, operand = false): void => {
    const readable = io.fs.readdir(dir.path);
    if (!readable.ok && readable.error === 'EACCES') {
      // GNU: exit 2 for a directory named on the command line, 1 for one found by -R.
      io.stderr(fileError(io.userland, 'ls.open', dir.name, readable.error));
      status = Math.max(status, io.userland === 'busybox' || !operand ? 1 : 2);
      return;
    }
    const entries = readEntries(io, dir, opts);
    const block = render(io, entries, opts, long, true);
    out.push(
      `${headers ? `${first && files.length === 0 && out.length === 0 ? '' : '\n'}${dir.name}:\n` : ''}${block}`,
    );
    if (opts.has('R')) {
      for (const child of entries) {
        if (child.node.kind !== 'dir' || child.name === '.' || child.name === '..') continue;
        listDir(
          {
            name: dir.name === '/' ? `/${child.name}` : `${dir.name}/${child.name}`,
            path: child.path,
            node: child.node,
          },
          false,
        );
      }
    }
  };
  sortEntries(dirs, opts).forEach((dir, index) => listDir(dir, index === 0, true));
  io.stdout(out.join(''));
  return status;
};

function readEntries(io: ProgramIO, dir: Entry, opts: { has(n: string): boolean }): Entry[] {
  const names = io.fs.readdir(dir.path);
  const entries: Entry[] = [];
  if (opts.has('a')) {
    entries.push({ name: '.', path: dir.path, node: dir.node });
    const parent = io.fs.stat(joinPath(dir.path, '..'));
    entries.push({
      name: '..',
      path: joinPath(dir.path, '..'),
      node: parent.ok ? parent.value.node : dir.node,
    });
  }
  for (const name of names.ok ? names.value : []) {
    if (name.startsWith('.') && !opts.has('a') && !opts.has('A')) continue;
    const path = joinPath(dir.path, name);
    const st = io.fs.lstat(path);
    if (st.ok) entries.push({ name, path, node: st.value.node });
  }
  return sortEntries(entries, opts);
}

function sortEntries(entries: Entry[], opts: { has(n: string): boolean }): Entry[] {
  const sorted = [...entries];
  if (!opts.has('U')) {
    sorted.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (opts.has('S')) sorted.sort((a, b) => sizeOf(b.node) - sizeOf(a.node));
  }
  if (opts.has('r')) sorted.reverse();
  return sorted;
}

function classify(node: LiveNode, opts: { has(n: string): boolean }): string {
  if (opts.has('F')) {
    if (node.kind === 'dir') return '/';
    if (node.kind === 'symlink') return '@';
    if (node.mode & 0o111) return '*';
  } else if (opts.has('p') && node.kind === 'dir') return '/';
  return '';
}

function render(
  io: ProgramIO,
  entries: Entry[],
  opts: { has(n: string): boolean },
  long: boolean,
  isDir: boolean,
): string {
  if (!long) {
    const names = entries.map((e) => e.name + classify(e.node, opts));
    if (names.length === 0) return '';
    if (io.tty && !opts.has('1')) return columns(names, 80);
    return names.join('\n') + '\n';
  }
  const numeric = opts.has('n');
  const rows = entries.map((e) => {
    const node = e.node;
    const size = sizeOf(node);
    return {
      mode: modeString(node.kind, 'mode' in node ? node.mode : 0o777),
      links: String(linkCount(io, e.path, node)),
      owner: numeric ? String(node.uid) : userName(io.fs, node.uid),
      group: numeric ? String(node.gid) : groupName(io.fs, node.gid),
      size: opts.has('h') ? humanSize(size) : String(size),
      name: e.name + (node.kind === 'symlink' ? ` -> ${node.target}` : classify(node, opts)),
      blocks: blocksOf(node.kind, size),
      date: lsDate(mtimeOf(node, io.now), io.now),
    };
  });
  const totalBlocks = rows.reduce((sum, r) => sum + r.blocks, 0);
  const total = isDir
    ? `total ${opts.has('h') ? humanSize(totalBlocks * 1024) : totalBlocks}\n`
    : '';
  const showOwner = !opts.has('g');
  const showGroup = !opts.has('o') && !opts.has('G');
  if (io.userland === 'busybox') {
    return (
      total +
      rows
        .map(
          (r) =>
            `${r.mode} ${r.links.padStart(4)} ${showOwner ? r.owner.padEnd(8) + ' ' : ''}${showGroup ? r.group.padEnd(8) + ' ' : ''}${r.size.padStart(opts.has('h') ? 7 : 9)} ${r.date} ${r.name}\n`,
        )
        .join('')
    );
  }
  const width = (key: 'links' | 'owner' | 'group' | 'size'): number =>
    Math.max(0, ...rows.map((r) => r[key].length));
  const [wl, wo, wg, ws] = [width('links'), width('owner'), width('group'), width('size')];
  return (
    total +
    rows
      .map(
        (r) =>
          `${r.mode} ${r.links.padStart(wl)} ${showOwner ? r.owner.padEnd(wo) + ' ' : ''}${showGroup ? r.group.padEnd(wg) + ' ' : ''}${r.size.padStart(ws)} ${r.date} ${r.name}\n`,
      )
      .join('')
  );
}

/** GNU's column layout for a terminal: as many columns as fit, filled top to bottom. */
export function columns(names: readonly string[], width: number): string {
  for (let cols = Math.min(names.length, Math.floor(width / 3)); cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const colWidths: number[] = [];
    for (let c = 0; c < cols; c++) {
      const column = names.slice(c * rows, (c + 1) * rows);
      if (column.length === 0) break;
      colWidths.push(Math.max(...column.map((n) => n.length)) + 2);
    }
    const total = colWidths.reduce((a, b) => a + b, 0) - 2;
    if (total > width && cols > 1) continue;
    let out = '';
    for (let r = 0; r < rows; r++) {
      const cells: string[] = [];
      for (let c = 0; c < colWidths.length; c++) {
        const name = names[c * rows + r];
        if (name === undefined) continue;
        const last = c === colWidths.length - 1 || names[(c + 1) * rows + r] === undefined;
        cells.push(last ? name : name.padEnd(colWidths[c] as number));
      }
      out += cells.join('') + '\n';
    }
    return out;
  }
  return names.join('\n') + '\n';
}
