/** chmod, chown, chgrp. Each change to a lower file copies it up, as overlayfs does. */
import { fileError, missingOperand, unknownGroup, unknownUser } from '../messages';
import type { Program, ProgramIO } from '../program';
import { groupByName, userByName } from '../users';
import { applyMode } from './mode';
import { abs, options, subtreePaths } from './support';

export const chmod: Program = (argv, io) => {
  // Modes such as -x or -w look like options: take them as the mode when they parse as one.
  const args = argv.slice(1);
  const modeIndex = args.findIndex((a) => !/^-[Rvfc]+$/.test(a) && !a.startsWith('--'));
  const spec = args[modeIndex];
  const opts = options(
    'chmod',
    ['chmod', ...args.filter((_, i) => i !== modeIndex)],
    {
      flags: 'Rvfc',
      long: { recursive: 'R', verbose: 'v', silent: 'f', quiet: 'f', changes: 'c' },
    },
    io,
  );
  if (!opts) return 1;
  if (spec === undefined || opts.operands.length === 0) {
    io.stderr(
      spec === undefined
        ? missingOperand(io.userland, 'chmod')
        : missingOperand(io.userland, 'chmod', spec).replace(
            /missing destination file operand after '(.*)'/,
            "missing operand after '$1'",
          ),
    );
    return 1;
  }
  if (applyMode(spec, 0o644, false) === undefined) {
    io.stderr(
      io.userland === 'busybox'
        ? `chmod: invalid mode '${spec}'\n`
        : `chmod: invalid mode: '${spec}'\nTry 'chmod --help' for more information.\n`,
    );
    return 1;
  }
  let status = 0;
  for (const name of opts.operands) {
    const path = abs(io, name);
    const st = io.fs.stat(path);
    if (!st.ok) {
      if (!opts.has('f')) io.stderr(fileError(io.userland, 'chmod.access', name, st.error));
      status = 1;
      continue;
    }
    const targets = opts.has('R')
      ? subtreePaths(io, st.value.path)
      : [{ path: st.value.path, node: st.value.node }];
    for (const { path: target, node } of targets) {
      if (node.kind === 'symlink') continue;
      // chmod(2) runs on every file, changed or not, and each call copies a lower file up.
      const changed = io.fs.chmod(
        target,
        applyMode(spec, node.mode, node.kind === 'dir', io.umask) as number,
      );
      if (!changed.ok) {
        if (!opts.has('f'))
          io.stderr(
            fileError(
              io.userland,
              'chmod.change',
              shown(name, st.value.path, target),
              changed.error,
            ),
          );
        status = 1;
      }
    }
  }
  return status;
};

/** A file of `-R` as the tool names it: the operand as typed, then the path below it. */
function shown(operand: string, top: string, target: string): string {
  return target === top ? operand : operand.replace(/\/+$/, '') + target.slice(top.length);
}

interface Ownership {
  uid?: number;
  gid?: number;
}

function parseOwner(io: ProgramIO, tool: string, spec: string): Ownership | undefined {
  const sep = spec.search(/[:.]/);
  const userPart = sep < 0 ? spec : spec.slice(0, sep);
  const groupPart = sep < 0 ? undefined : spec.slice(sep + 1);
  const result: Ownership = {};
  if (userPart) {
    const user = /^[0-9]+$/.test(userPart)
      ? { uid: Number(userPart), gid: undefined }
      : userByName(io.fs, userPart);
    if (!user) {
      io.stderr(unknownUser(io.userland, tool, userPart));
      return undefined;
    }
    result.uid = user.uid;
    // `user:` means the user's login group.
    if (groupPart === '' && user.gid !== undefined) result.gid = user.gid;
  }
  if (groupPart) {
    const group = /^[0-9]+$/.test(groupPart)
      ? { gid: Number(groupPart) }
      : groupByName(io.fs, groupPart);
    if (!group) {
      io.stderr(unknownGroup(io.userland, tool, groupPart, spec));
      return undefined;
    }
    result.gid = group.gid;
  }
  return result;
}

function changeOwner(io: ProgramIO, tool: string, argv: string[], groupOnly: boolean): number {
  const opts = options(
    tool,
    argv,
    {
      flags: 'RvfhHLPc',
      long: {
        recursive: 'R',
        verbose: 'v',
        silent: 'f',
        'no-dereference': 'h',
        'from=': 'from',
        'reference=': 'ref',
      },
    },
    io,
  );
  if (!opts) return 1;
  const [spec, ...files] = opts.operands;
  if (spec === undefined || files.length === 0) {
    io.stderr(missingOperand(io.userland, tool));
    return 1;
  }
  const owner = parseOwner(io, tool, groupOnly ? `:${spec}` : spec);
  if (!owner) return 1;
  let status = 0;
  for (const name of files) {
    const path = abs(io, name);
    const st = opts.has('h') ? io.fs.lstat(path) : io.fs.stat(path);
    if (!st.ok) {
      if (!opts.has('f')) io.stderr(fileError(io.userland, 'chown.access', name, st.error));
      status = 1;
      continue;
    }
    const targets = opts.has('R')
      ? subtreePaths(io, st.value.path)
      : [{ path: st.value.path, node: st.value.node }];
    for (const { path: target, node } of targets) {
      if (node.kind === 'symlink' && target !== st.value.path) continue;
      // Like chmod: every file is chowned (and copied up), even if it already had this owner.
      const changed = io.fs.chown(target, {
        uid: owner.uid ?? node.uid,
        gid: owner.gid ?? node.gid,
      });
      if (!changed.ok) {
        if (!opts.has('f')) {
          const key = tool === 'chgrp' ? 'chgrp.change' : 'chown.change';
          io.stderr(fileError(io.userland, key, shown(name, st.value.path, target), changed.error));
        }
        status = 1;
      }
    }
  }
  return status;
}

export const chown: Program = (argv, io) => changeOwner(io, 'chown', argv, false);
export const chgrp: Program = (argv, io) => changeOwner(io, 'chgrp', argv, true);
