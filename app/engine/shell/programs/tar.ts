/**
 * tar: -c -x -t with -f, -C, -v, -z/-j/-J, -O, --strip-components, --exclude and member
 * selection. Archives are serialised trees (archive.ts): extracting restores exactly what
 * was archived; an archive the simulation did not create extracts nothing, with a note.
 */
import { joinPath, resolvePath } from '../../fs/path';
import type { LiveNode } from '../../fs/node';
import { matchPattern } from '../expand/pattern';
import { fileError } from '../messages';
import type { Program, ProgramIO } from '../program';
import { groupName, userName } from '../users';
import {
  compress,
  contentOf,
  contentToPipe,
  decodeTar,
  encodeTar,
  pipeToContent,
  unwrap,
  type ArchiveEntry,
  type Compression,
} from './archive';
import { strftime } from './clock';
import { modeString } from './mode';
import { options, ownerOf } from './support';
import { mtimeOf, withoutTimes } from './times';

const SPEC = {
  flags: 'cxtrvzjJaOpPkmhoS',
  values: 'fCX',
  long: {
    create: 'c',
    extract: 'x',
    get: 'x',
    list: 't',
    verbose: 'v',
    gzip: 'z',
    gunzip: 'z',
    bzip2: 'j',
    xz: 'J',
    'auto-compress': 'a',
    'file=': 'f',
    'directory=': 'C',
    'strip-components=': 'strip',
    'exclude=': 'exclude',
    'to-stdout': 'O',
    'no-same-owner': 'o',
    'same-owner': 'same',
    'preserve-permissions': 'p',
    'absolute-names': 'P',
    'keep-old-files': 'k',
    overwrite: 'overwrite',
    touch: 'm',
    'no-same-permissions': 'nsp',
    'warning=': 'warning',
    'owner=': 'owner',
    'group=': 'group',
    'numeric-owner': 'numeric',
    'exclude-vcs': 'exclude-vcs',
    wildcards: 'wildcards',
    anchored: 'anchored',
    'recursive-unlink': 'ru',
    checkpoint: 'cp',
  },
};

interface Flat {
  path: string;
  node: LiveNode;
}

/** Every member path inside an entry, parents first, dirs flattened to their metadata. */
function flatten(entry: ArchiveEntry): Flat[] {
  const out: Flat[] = [];
  const visit = (path: string, node: LiveNode): void => {
    out.push({ path, node });
    if (node.kind === 'dir') {
      for (const name of Object.keys(node.children).sort()) {
        const child = node.children[name];
        if (child && child.kind !== 'whiteout') visit(`${path}/${name}`, child);
      }
    }
  };
  visit(entry.name, entry.node);
  return out;
}

function shownName(f: Flat): string {
  return f.node.kind === 'dir' ? `${f.path}/` : f.path;
}

function longLine(f: Flat, io: ProgramIO): string {
  const node = f.node;
  const size = node.kind === 'file' ? node.size : 0;
  const owner = `${userName(io.fs, node.uid)}/${groupName(io.fs, node.gid)}`;
  const name = node.kind === 'symlink' ? `${f.path} -> ${node.target}` : shownName(f);
  return `${modeString(node.kind, 'mode' in node ? node.mode : 0o777)} ${owner} ${String(size).padStart(Math.max(1, 18 - owner.length))} ${strftime(io.userland === 'busybox' ? '%Y-%m-%d %H:%M:%S' : '%Y-%m-%d %H:%M', mtimeOf(node, io.now))} ${name}\n`;
}

export const tar: Program = (argv, io) => {
  const args = argv.slice(1);
  // Old style: `tar xzf file.tar.gz` has no dash on its first word.
  if (args[0] && /^[a-zA-Z]+$/.test(args[0]) && /[cxtru]/.test(args[0])) args[0] = `-${args[0]}`;
  const opts = options('tar', ['tar', ...args], SPEC, io);
  if (!opts) return 2;
  const mode = opts.has('c')
    ? 'create'
    : opts.has('x')
      ? 'extract'
      : opts.has('t')
        ? 'list'
        : undefined;
  if (!mode) {
    io.stderr(
      io.userland === 'busybox'
        ? 'tar: need -c, -x or -t\n'
        : "tar: You must specify one of the '-Acdtrux', '--delete' or  '--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.\n",
    );
    return 2;
  }
  const file = opts.value('f') ?? '-';
  const dir = resolvePath(io.cwd, opts.value('C') ?? '.');
  return mode === 'create' ? create(io, opts, file, dir) : extractOrList(io, opts, file, dir, mode);
};

function create(
  io: ProgramIO,
  opts: NonNullable<ReturnType<typeof options>>,
  file: string,
  dir: string,
): number {
  if (opts.operands.length === 0) {
    io.stderr(
      io.userland === 'busybox'
        ? 'tar: empty archive\n'
        : "tar: Cowardly refusing to create an empty archive\nTry 'tar --help' or 'tar --usage' for more information.\n",
    );
    return 2;
  }
  const entries: ArchiveEntry[] = [];
  let failed = false;
  let warnedSlash = false;
  const excludes = opts.values('exclude');
  for (const operand of opts.operands) {
    const path = resolvePath(dir, operand);
    const st = io.fs.lstat(path);
    if (!st.ok) {
      io.stderr(
        io.userland === 'busybox'
          ? `tar: can't open '${operand}': No such file or directory\n`
          : `tar: ${operand}: Cannot stat: No such file or directory\n`,
      );
      failed = true;
      continue;
    }
    let name = operand.replace(/\/+$/, '') || '/';
    if (name.startsWith('/')) {
      if (!warnedSlash && !opts.has('P'))
        io.stderr(
          io.userland === 'busybox'
            ? "tar: removing leading '/' from member names\n"
            : "tar: Removing leading `/' from member names\n",
        );
      warnedSlash = true;
      name = name.replace(/^\/+/, '') || '.';
    }
    const tree = st.value.node.kind === 'symlink' ? st.value.node : io.fs.tree(path);
    const node = 'kind' in tree ? tree : tree.ok ? tree.value : undefined;
    if (!node) continue;
    // Archives carry content only (no times), so an archive's digest does not depend on when
    // its files were written; extracted members report the unknown time (times.ts).
    const kept = excludes.length > 0 ? prune(node, name, excludes) : node;
    entries.push({ name, node: withoutTimes(kept) });
  }
  const compression = compressionOf(opts, file);
  let content = encodeTar(entries);
  if (compression) content = compress(content, compression);
  const listing = entries.flatMap(flatten);
  const verboseTo = file === '-' ? io.stderr : io.stdout;
  if (opts.has('v'))
    for (const f of listing)
      verboseTo(
        opts.list.filter(([k]) => k === 'v').length > 1 ? longLine(f, io) : `${shownName(f)}\n`,
      );
  if (file === '-') io.stdout(contentToPipe(content));
  else {
    const path = resolvePath(io.cwd, file);
    const written = io.fs.writeFile(
      path,
      content,
      io.fs.stat(path).ok ? {} : { mode: 0o644 & ~(io.umask ?? 0o022), owner: ownerOf(io) },
    );
    if (!written.ok) {
      io.stderr(
        fileError(io.userland, 'tar.open', file, written.error) +
          (io.userland === 'gnu' ? 'tar: Error is not recoverable: exiting now\n' : ''),
      );
      return 2;
    }
  }
  if (failed && io.userland === 'gnu')
    io.stderr('tar: Exiting with failure status due to previous errors\n');
  return failed ? (io.userland === 'gnu' ? 2 : 1) : 0;
}

function prune(node: LiveNode, path: string, excludes: string[]): LiveNode {
  if (node.kind !== 'dir') return node;
  const children: Record<string, LiveNode> = {};
  for (const [name, child] of Object.entries(node.children)) {
    if (child.kind === 'whiteout') continue;
    const childPath = `${path}/${name}`;
    if (excludes.some((p) => matchPattern(p, name) || matchPattern(p, childPath))) continue;
    Object.defineProperty(children, name, {
      value: prune(child, childPath, excludes),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { ...node, children };
}

function compressionOf(
  opts: NonNullable<ReturnType<typeof options>>,
  file: string,
): Compression | undefined {
  if (opts.has('z')) return 'gzip';
  if (opts.has('j')) return 'bzip2';
  if (opts.has('J')) return 'xz';
  if (opts.has('a')) {
    if (/\.(tgz|tar\.gz)$/.test(file)) return 'gzip';
    if (/\.(txz|tar\.xz)$/.test(file)) return 'xz';
    if (/\.(tbz2?|tar\.bz2)$/.test(file)) return 'bzip2';
  }
  return undefined;
}

function extractOrList(
  io: ProgramIO,
  opts: NonNullable<ReturnType<typeof options>>,
  file: string,
  dir: string,
  mode: 'extract' | 'list',
): number {
  let raw;
  if (file === '-') raw = pipeToContent(io.stdin);
  else {
    const read = io.fs.readFile(resolvePath(io.cwd, file));
    if (!read.ok) {
      io.stderr(
        fileError(io.userland, 'tar.open', file, read.error) +
          (io.userland === 'gnu' ? 'tar: Error is not recoverable: exiting now\n' : ''),
      );
      return 2;
    }
    raw = contentOf(read.value.node) ?? { text: '' };
  }
  const entries = decodeTar(unwrap(raw));
  if (!entries) {
    io.note(
      `${file === '-' ? 'The archive on stdin' : file} was not created inside the simulation, so its contents are unknown: tar ${mode === 'extract' ? 'extracted' : 'listed'} nothing.`,
    );
    return 0;
  }
  const strip = Number(opts.value('strip') ?? 0);
  const members = opts.operands.map((m) => m.replace(/\/+$/, ''));
  const excludes = opts.values('exclude');
  const selected = entries.flatMap(flatten).filter((f) => {
    if (
      members.length > 0 &&
      !members.some((m) => f.path === m || f.path.startsWith(`${m}/`) || matchPattern(m, f.path))
    )
      return false;
    return !excludes.some(
      (p) => matchPattern(p, f.path) || matchPattern(p, f.path.split('/').pop() ?? ''),
    );
  });
  const verbose = opts.has('v') || mode === 'list';
  const long = mode === 'list' && opts.has('v');
  for (const f of selected) {
    if (verbose) io.stdout(long ? longLine(f, io) : `${shownName(f)}\n`);
    if (mode === 'list') continue;
    const parts = f.path.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.length <= strip) continue;
    const target = joinPath(dir, ...parts.slice(strip));
    if (opts.has('O')) {
      if (f.node.kind === 'file') io.stdout(f.node.text ?? '');
      continue;
    }
    place(io, target, f.node, opts.has('o') || io.user.uid !== 0);
  }
  return 0;
}

/** Writes one member: directories by metadata (their children come as their own members). */
function place(io: ProgramIO, target: string, node: LiveNode, ownedByUser: boolean): void {
  const owner = ownedByUser ? ownerOf(io) : { uid: node.uid, gid: node.gid };
  if (node.kind === 'dir') {
    const st = io.fs.stat(target);
    if (st.ok && st.value.node.kind === 'dir') {
      io.fs.chmod(target, node.mode);
      io.fs.chown(target, owner);
    } else {
      if (st.ok) io.fs.remove(target, { recursive: true });
      io.fs.mkdir(target, { parents: true, mode: node.mode, owner });
      io.fs.chmod(target, node.mode);
      io.fs.chown(target, owner);
    }
    return;
  }
  io.fs.mkdir(resolvePath(target, '..'), { parents: true, owner });
  if (io.fs.lstat(target).ok) io.fs.remove(target, { recursive: true });
  io.fs.putTree(target, { ...node, ...owner });
}
