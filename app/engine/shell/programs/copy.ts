/**
 * cp, mv, ln. Directory copies place whole subtrees (fs.putTree), so a `cp -r` of a big tree
 * is one step. Without -p/-a a copy belongs to the user running cp, as on Linux. Hard links
 * are modelled as copies (the layer model has no inode numbers).
 */
import { STRERROR, type FsError } from '../../fs/errors';
import { basename, joinPath } from '../../fs/path';
import { renameDenied } from '../access';
import type { LiveNode, Node } from '../../fs/node';
import { fileError, missingOperand } from '../messages';
import type { Program, ProgramIO } from '../program';
import { contentOf } from './archive';
import { abs, options, ownerOf } from './support';

/**
 * A refused rename(2): BusyBox says "can't rename 'SRC'", GNU coreutils' copy.c says
 * "cannot move SRC to DEST" with the destination it computed (DIR/NAME for a directory).
 */
function moveError(io: ProgramIO, src: string, to: string, error: FsError): string {
  return io.userland === 'busybox'
    ? fileError(io.userland, 'mv.move', src, error)
    : `mv: cannot move '${src}' to '${to}': ${STRERROR[error]}\n`;
}

function isDir(io: ProgramIO, path: string): boolean {
  const st = io.fs.stat(path);
  return st.ok && st.value.node.kind === 'dir';
}

/** Where a source lands: inside `dest` when it is a directory (or several sources). */
function destination(io: ProgramIO, src: string, dest: string, intoDir: boolean): string {
  const path = abs(io, dest);
  return intoDir ? joinPath(path, basename(abs(io, src))) : path;
}

function chownTree(
  node: Node,
  owner: { uid: number; gid: number },
  umask: number,
  mtime: number,
): Node {
  if (node.kind === 'whiteout') return node;
  if (node.kind === 'dir') {
    const children: Record<string, Node> = {};
    for (const [name, child] of Object.entries(node.children)) {
      Object.defineProperty(children, name, {
        value: chownTree(child, owner, umask, mtime),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return { ...node, ...owner, mode: node.mode & ~umask, children, mtime };
  }
  if (node.kind === 'file') return { ...node, ...owner, mode: node.mode & ~umask, mtime };
  return { ...node, ...owner, mtime };
}

function targetCheck(
  io: ProgramIO,
  tool: string,
  operands: string[],
): { sources: string[]; dest: string; intoDir: boolean } | undefined {
  if (operands.length === 0) {
    io.stderr(missingOperand(io.userland, tool));
    return undefined;
  }
  if (operands.length === 1) {
    io.stderr(missingOperand(io.userland, tool, operands[0]));
    return undefined;
  }
  const dest = operands[operands.length - 1] as string;
  const sources = operands.slice(0, -1);
  const intoDir = isDir(io, abs(io, dest));
  if (sources.length > 1 && !intoDir) {
    io.stderr(
      io.userland === 'busybox'
        ? `${tool}: '${dest}' is not a directory\n`
        : `${tool}: target '${dest}' is not a directory\n`,
    );
    return undefined;
  }
  return { sources, dest, intoDir };
}

export const cp: Program = (argv, io) => {
  const opts = options(
    'cp',
    argv,
    {
      flags: 'rRapfdvnLPuiHTxl',
      values: 't',
      long: {
        recursive: 'r',
        archive: 'a',
        force: 'f',
        preserve: 'p',
        'no-clobber': 'n',
        verbose: 'v',
        'preserve=': 'p',
        'target-directory=': 't',
        'no-dereference': 'P',
        dereference: 'L',
      },
    },
    io,
  );
  if (!opts) return 1;
  const recursive = opts.has('r') || opts.has('R') || opts.has('a');
  const preserve = opts.has('a') || opts.has('p');
  const operands = opts.value('t') ? [...opts.operands, opts.value('t') as string] : opts.operands;
  const plan = targetCheck(io, 'cp', operands);
  if (!plan) return 1;
  let status = 0;
  for (const src of plan.sources) {
    const from = abs(io, src);
    const st =
      opts.has('a') || opts.has('P') || opts.has('d') ? io.fs.lstat(from) : io.fs.stat(from);
    if (!st.ok) {
      io.stderr(fileError(io.userland, 'cp.stat', src, st.error));
      status = 1;
      continue;
    }
    const to = destination(io, src, plan.dest, plan.intoDir);
    if (opts.has('n') && io.fs.lstat(to).ok) continue;
    const node = st.value.node;
    if (node.kind === 'dir' && !recursive) {
      io.stderr(fileError(io.userland, 'cp.omit', src));
      status = 1;
      continue;
    }
    let result;
    if (node.kind === 'file' && !preserve) {
      const content = contentOf(node) ?? { text: '' };
      const exists = io.fs.stat(to).ok;
      result = io.fs.writeFile(
        to,
        content,
        exists ? {} : { mode: node.mode & ~(io.umask ?? 0o022), owner: ownerOf(io) },
      );
    } else if (node.kind === 'symlink') {
      io.fs.remove(to);
      result = io.fs.symlink(node.target, to);
    } else {
      const tree = io.fs.tree(from);
      if (!tree.ok) {
        result = tree;
      } else {
        const copy = preserve
          ? tree.value
          : (chownTree(tree.value, ownerOf(io), io.umask ?? 0o022, io.now) as LiveNode);
        result = io.fs.putTree(to, copy);
      }
    }
    if (!result.ok) {
      io.stderr(fileError(io.userland, 'cp.create', to, result.error));
      status = 1;
    } else if (opts.has('v')) io.stdout(`'${src}' -> '${to}'\n`);
  }
  return status;
};

export const mv: Program = (argv, io) => {
  const opts = options(
    'mv',
    argv,
    {
      flags: 'fivnuT',
      values: 't',
      long: { force: 'f', verbose: 'v', 'no-clobber': 'n', 'target-directory=': 't' },
    },
    io,
  );
  if (!opts) return 1;
  const operands = opts.value('t') ? [...opts.operands, opts.value('t') as string] : opts.operands;
  const plan = targetCheck(io, 'mv', operands);
  if (!plan) return 1;
  let status = 0;
  for (const src of plan.sources) {
    const from = abs(io, src);
    const st = io.fs.lstat(from);
    if (!st.ok) {
      io.stderr(fileError(io.userland, 'mv.stat', src, st.error));
      status = 1;
      continue;
    }
    const to = destination(io, src, plan.dest, plan.intoDir);
    if (to === from) continue;
    if (opts.has('n') && io.fs.lstat(to).ok) continue;
    const node = st.value.node;
    // rename(2) first: both directories must be writable (and /tmp's sticky bit obeyed).
    const denied = renameDenied(io.fs, from, to);
    if (denied) {
      const shownTo = plan.intoDir
        ? `${plan.dest.replace(/\/+$/, '')}/${basename(from)}`
        : plan.dest;
      io.stderr(moveError(io, src, shownTo, denied));
      status = 1;
      continue;
    }
    let result;
    if (node.kind === 'symlink') {
      io.fs.remove(to);
      result = io.fs.symlink(node.target, to);
    } else {
      const tree = io.fs.tree(from);
      if (tree.ok && tree.value.kind === 'dir' && isDir(io, to))
        io.fs.remove(to, { recursive: true });
      result = tree.ok ? io.fs.putTree(to, tree.value) : tree;
    }
    if (!result.ok) {
      io.stderr(fileError(io.userland, 'mv.move', src, result.error));
      status = 1;
      continue;
    }
    io.fs.remove(from, { recursive: true });
    if (opts.has('v'))
      io.stdout(
        io.userland === 'busybox' ? `'${src}' -> '${to}'\n` : `renamed '${src}' -> '${to}'\n`,
      );
  }
  return status;
};

export const ln: Program = (argv, io) => {
  const opts = options(
    'ln',
    argv,
    {
      flags: 'sfnvTrLPb',
      values: 't',
      long: {
        symbolic: 's',
        force: 'f',
        'no-dereference': 'n',
        verbose: 'v',
        'target-directory=': 't',
        relative: 'r',
      },
    },
    io,
  );
  if (!opts) return 1;
  const operands = opts.value('t') ? [...opts.operands, opts.value('t') as string] : opts.operands;
  if (operands.length === 0) {
    io.stderr(missingOperand(io.userland, 'ln'));
    return 1;
  }
  // `ln -s target` alone links into the current directory.
  const dest = operands.length === 1 ? '.' : (operands[operands.length - 1] as string);
  const targets = operands.length === 1 ? operands : operands.slice(0, -1);
  const destPath = abs(io, dest);
  const destLink = io.fs.lstat(destPath);
  const destIsLink = destLink.ok && destLink.value.node.kind === 'symlink';
  // -n / -T: a symlink to a directory is replaced, not entered.
  const noDeref = opts.has('n') || opts.has('T');
  const intoDir =
    operands.length === 1 || (isDir(io, destPath) && !(noDeref && destIsLink) && !opts.has('T'));
  let status = 0;
  for (const target of targets) {
    const linkPath = intoDir ? joinPath(destPath, basename(target)) : destPath;
    const shown = intoDir ? `${dest.replace(/\/+$/, '')}/${basename(target)}` : dest;
    const existing = io.fs.lstat(linkPath);
    if (existing.ok) {
      if (!opts.has('f')) {
        io.stderr(fileError(io.userland, opts.has('s') ? 'ln.create' : 'ln.hard', shown, 'EEXIST'));
        status = 1;
        continue;
      }
      io.fs.remove(linkPath, { recursive: false });
    }
    let result;
    if (opts.has('s')) result = io.fs.symlink(target, linkPath);
    else {
      const src = io.fs.stat(abs(io, target));
      if (!src.ok || src.value.node.kind !== 'file') {
        io.stderr(
          io.userland === 'busybox'
            ? `ln: ${target}: No such file or directory\n`
            : `ln: failed to access '${target}': No such file or directory\n`,
        );
        status = 1;
        continue;
      }
      io.note('Hard links are modelled as copies: the simulated layers have no inode numbers.');
      result = io.fs.putTree(linkPath, src.value.node);
    }
    if (!result.ok) {
      io.stderr(
        fileError(io.userland, opts.has('s') ? 'ln.create' : 'ln.hard', shown, result.error),
      );
      status = 1;
    } else if (opts.has('v')) io.stdout(`'${shown}' -> '${target}'\n`);
  }
  return status;
};
