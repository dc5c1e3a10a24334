/** install, getent, tac, sync, truncate. */
import { basename, dirname, joinPath } from '../../fs/path';
import { fileError, missingOperand } from '../messages';
import type { Program, ProgramIO } from '../program';
import { groupByName, groupEntries, passwdEntries, userByName } from '../users';
import { applyMode } from './mode';
import { abs, joinLines, lines, options, readInputs } from './support';

function ownerFor(
  io: ProgramIO,
  user: string | undefined,
  group: string | undefined,
): { uid: number; gid: number } | string {
  const entry =
    user === undefined
      ? undefined
      : /^\d+$/.test(user)
        ? { uid: Number(user), gid: io.user.gid }
        : userByName(io.fs, user);
  if (user !== undefined && !entry) return `install: invalid user '${user}'\n`;
  const grp =
    group === undefined
      ? undefined
      : /^\d+$/.test(group)
        ? { gid: Number(group) }
        : groupByName(io.fs, group);
  if (group !== undefined && !grp) return `install: invalid group '${group}'\n`;
  return { uid: entry?.uid ?? io.user.uid, gid: grp?.gid ?? io.user.gid };
}

/** install: copies files (mode 755 unless -m) or makes directories (-d), setting owners. */
export const install: Program = (argv, io) => {
  const opts = options(
    'install',
    argv,
    {
      flags: 'dDcCpsvb',
      values: 'mogt',
      long: {
        directory: 'd',
        'mode=': 'm',
        'owner=': 'o',
        'group=': 'g',
        'target-directory=': 't',
        verbose: 'v',
      },
    },
    io,
  );
  if (!opts) return 1;
  const owner = ownerFor(io, opts.value('o'), opts.value('g'));
  if (typeof owner === 'string') {
    io.stderr(owner);
    return 1;
  }
  const spec = opts.value('m');
  const mode = spec === undefined ? 0o755 : applyMode(spec, 0o755, false);
  if (mode === undefined) {
    io.stderr(`install: invalid mode '${spec}'\n`);
    return 1;
  }
  if (opts.operands.length === 0) {
    io.stderr(missingOperand(io.userland, 'install'));
    return 1;
  }
  if (opts.has('d')) {
    for (const dir of opts.operands) {
      const path = abs(io, dir);
      io.fs.mkdir(path, { parents: true, mode: 0o755, owner });
      io.fs.chmod(path, mode);
      io.fs.chown(path, owner);
    }
    return 0;
  }
  const target = opts.value('t');
  const sources = target ? opts.operands : opts.operands.slice(0, -1);
  const dest = target ?? (opts.operands[opts.operands.length - 1] as string);
  if (sources.length === 0) {
    io.stderr(missingOperand(io.userland, 'install', dest));
    return 1;
  }
  let status = 0;
  for (const src of sources) {
    const read = io.fs.readFile(abs(io, src));
    if (!read.ok) {
      io.stderr(fileError(io.userland, 'cp.stat', src, read.error).replace(/^cp/, 'install'));
      status = 1;
      continue;
    }
    const destPath = abs(io, dest);
    const st = io.fs.stat(destPath);
    const to =
      target || (st.ok && st.value.node.kind === 'dir')
        ? joinPath(destPath, basename(src))
        : destPath;
    if (opts.has('D'))
      io.fs.mkdir(dirname(to), { parents: true, owner: { uid: io.user.uid, gid: io.user.gid } });
    const content =
      read.value.text !== undefined
        ? { text: read.value.text }
        : {
            blob: read.value.node.kind === 'file' ? (read.value.node.blob ?? 'unknown') : 'unknown',
            size: read.value.size,
          };
    if (io.fs.lstat(to).ok) io.fs.remove(to);
    const written = io.fs.writeFile(to, content, { mode, owner });
    if (!written.ok) {
      io.stderr(
        `install: cannot create regular file '${dest}': ${written.error === 'ENOENT' ? 'No such file or directory' : 'Not a directory'}\n`,
      );
      status = 1;
    }
  }
  return status;
};

/** getent passwd|group|hosts [key...]: exit 2 when a key is not found. */
export const getent: Program = (argv, io) => {
  const [database, ...keys] = argv.slice(1);
  const read = (path: string): string[] => {
    const file = io.fs.readFile(path);
    return file.ok ? lines(file.value.text ?? '').filter((l) => l.trim() !== '') : [];
  };
  let rows: string[];
  let match: (row: string, key: string) => boolean;
  if (database === 'passwd' || database === 'group') {
    rows = read(`/etc/${database}`);
    const ids =
      database === 'passwd'
        ? passwdEntries(io.fs).map((e) => String(e.uid))
        : groupEntries(io.fs).map((e) => String(e.gid));
    match = (row, key) =>
      row.split(':')[0] === key ||
      (/^\d+$/.test(key) && row.split(':')[2] === key && ids.includes(key));
  } else if (database === 'hosts' || database === 'ahosts') {
    rows = read('/etc/hosts');
    if (rows.length === 0) rows = ['127.0.0.1       localhost'];
    match = (row, key) => row.split(/\s+/).slice(1).includes(key);
  } else {
    io.stderr(
      `Unknown database: ${database ?? ''}\nTry \`getent --help' or \`getent --usage' for more information.\n`,
    );
    return 1;
  }
  if (keys.length === 0) {
    io.stdout(joinLines(rows));
    return 0;
  }
  let status = 0;
  for (const key of keys) {
    const row = rows.find((r) => match(r, key));
    if (row) io.stdout(row + '\n');
    else status = 2;
  }
  return status;
};

export const tac: Program = (argv, io) => {
  const { inputs, failed } = readInputs(io, argv.slice(1), 'cat.open');
  for (const input of inputs) io.stdout(joinLines(lines(input.text).reverse()));
  return failed ? 1 : 0;
};

export const sync: Program = () => 0;

export const truncate: Program = (argv, io) => {
  const opts = options(
    'truncate',
    argv,
    { flags: 'c', values: 's', long: { 'size=': 's', 'no-create': 'c' } },
    io,
  );
  if (!opts) return 1;
  const size = Number(opts.value('s') ?? NaN);
  if (!Number.isInteger(size) || size < 0) {
    io.stderr("truncate: you must specify either '--size' or '--reference'\n");
    return 1;
  }
  for (const name of opts.operands) {
    const path = abs(io, name);
    const read = io.fs.readFile(path);
    if (!read.ok && opts.has('c')) continue;
    const text = read.ok ? (read.value.text ?? '') : '';
    io.fs.writeFile(
      path,
      size <= text.length ? { text: text.slice(0, size) } : { blob: `zeros:${size}`, size },
    );
  }
  return 0;
};
