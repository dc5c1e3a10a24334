/**
 * stat: the default report and -c/--format, --printf. Access, modify and change times are the
 * file's modification time (the simulation keeps one time per file: see times.ts).
 */
import { fileError } from '../messages';
import type { Program, ProgramIO } from '../program';
import type { LiveNode } from '../../fs/node';
import { groupName, userName } from '../users';
import { strftime } from './clock';
import { blocksOf } from './human';
import { modeString } from './mode';
import { abs, options } from './support';
import { mtimeOf } from './times';

function kindName(node: LiveNode): string {
  if (node.kind === 'dir') return 'directory';
  if (node.kind === 'symlink') return 'symbolic link';
  return node.size === 0 ? 'regular empty file' : 'regular file';
}

function sizeOf(node: LiveNode): number {
  return node.kind === 'dir' ? 4096 : node.kind === 'symlink' ? node.target.length : node.size;
}

function format(spec: string, name: string, node: LiveNode, io: ProgramIO): string {
  const mode = 'mode' in node ? node.mode : 0o777;
  const mtime = mtimeOf(node, io.now);
  const time = Math.floor(mtime / 1000);
  return spec
    .replace(/%([%nsaAUGugFYXZyxzhbBio])/g, (_, c: string) => {
      switch (c) {
        case '%':
          return '%';
        case 'n':
          return name;
        case 's':
          return String(sizeOf(node));
        case 'a':
          return mode.toString(8);
        case 'A':
          return modeString(node.kind, mode);
        case 'U':
          return userName(io.fs, node.uid);
        case 'G':
          return groupName(io.fs, node.gid);
        case 'u':
          return String(node.uid);
        case 'g':
          return String(node.gid);
        case 'F':
          return kindName(node);
        case 'Y':
        case 'X':
        case 'Z':
          return String(time);
        case 'y':
        case 'x':
        case 'z':
          return strftime('%Y-%m-%d %H:%M:%S.%N +0000', mtime);
        case 'b':
          return String(blocksOf(node.kind, sizeOf(node)) * 2);
        case 'B':
          return '512';
        case 'h':
          return String(node.kind === 'dir' ? 2 : 1);
        case 'i':
          return '0';
        case 'o':
          return '4096';
        default:
          return '';
      }
    })
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, '\t');
}

export const stat: Program = (argv, io) => {
  const opts = options(
    'stat',
    argv,
    {
      flags: 'LtfeS',
      values: 'c',
      long: { 'format=': 'c', 'printf=': 'printf', dereference: 'L', terse: 't' },
    },
    io,
  );
  if (!opts) return 1;
  let status = 0;
  for (const name of opts.operands) {
    const path = abs(io, name);
    const st = opts.has('L') ? io.fs.stat(path) : io.fs.lstat(path);
    if (!st.ok) {
      io.stderr(fileError(io.userland, 'stat.stat', name, st.error));
      status = 1;
      continue;
    }
    const node = st.value.node;
    const custom = opts.value('c') ?? opts.value('printf');
    if (custom !== undefined) {
      io.stdout(format(custom, name, node, io) + (opts.value('c') !== undefined ? '\n' : ''));
      continue;
    }
    const mode = 'mode' in node ? node.mode : 0o777;
    const when = strftime('%Y-%m-%d %H:%M:%S.%N +0000', mtimeOf(node, io.now));
    const title = node.kind === 'symlink' ? `${name} -> ${node.target}` : name;
    const size = sizeOf(node);
    const lines = [
      `  File: ${title}`,
      `  Size: ${String(size).padEnd(10)}\tBlocks: ${String(blocksOf(node.kind, size) * 2).padEnd(10)} IO Block: 4096   ${kindName(node)}`,
      `Device: ${io.userland === 'busybox' ? '26h/38d' : '0,52'}\tInode: ${String(1000 + ((path.length * 7919) % 900000)).padEnd(11)} Links: ${node.kind === 'dir' ? 2 : 1}`,
      `Access: (${mode.toString(8).padStart(4, '0')}/${modeString(node.kind, mode)})  Uid: (${String(node.uid).padStart(5)}/${userName(io.fs, node.uid).padStart(8)})   Gid: (${String(node.gid).padStart(5)}/${groupName(io.fs, node.gid).padStart(8)})`,
      `Access: ${when}`,
      `Modify: ${when}`,
      `Change: ${when}`,
    ];
    if (io.userland === 'gnu') lines.push(' Birth: -');
    io.stdout(lines.join('\n') + '\n');
  }
  return status;
};
