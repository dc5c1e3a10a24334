/**
 * id, whoami, groups: who a process is, with names from /etc/passwd and /etc/group.
 *
 * Without a USER operand they describe the process itself: its uid and gid, and the
 * supplementary groups it holds (getgroups(2): `user.groups` when the runtime fixed them).
 * BusyBox prints that list as it is (`-u 1001:1008` where gid 1007 is a group named 1008:
 * `uid=1001 gid=1008(grp8) groups=1007(1008)`, and no groups= when it is empty); GNU id
 * puts the gid first. Both print the gid first for -G. With a USER they read /etc/passwd
 * and /etc/group as a login would (getgrouplist: the user's gid, then the groups listing
 * its name). BusyBox looks USER up by name only; GNU also takes a uid. Recorded on the
 * 20.10 oracle with BusyBox 1.35; GNU from coreutils' documented behaviour.
 */
import type { Program, ProgramIO } from '../program';
import { groupById, groupListOf, processGroups, userById, userByName } from '../users';
import { options } from './support';

interface Who {
  uid: number;
  gid: number;
  /** The groups a full `id` lists after groups=. */
  listed: number[];
  /** The groups -G prints (and `groups`). */
  all: number[];
}

/** The process's own ids, with its groups as the userland's id lists them. */
function self(io: ProgramIO): Who {
  const { uid, gid } = io.user;
  const held = processGroups(io.fs, io.user);
  const all = [gid, ...held.filter((g) => g !== gid)];
  return { uid, gid, listed: io.userland === 'busybox' ? held : all, all };
}

/** A named user's ids from the files, or undefined (with the tool's error) when unknown. */
function lookup(io: ProgramIO, tool: string, name: string): Who | undefined {
  const numeric = io.userland === 'gnu' && /^[0-9]+$/.test(name);
  const entry = userByName(io.fs, name) ?? (numeric ? userById(io.fs, Number(name)) : undefined);
  if (!entry) {
    io.stderr(
      io.userland === 'busybox'
        ? `${tool}: unknown user ${name}\n`
        : `${tool}: '${name}': no such user\n`,
    );
    return undefined;
  }
  const all = groupListOf(io.fs, entry.name, entry.gid);
  return { uid: entry.uid, gid: entry.gid, listed: all, all };
}

type Kind = 'user' | 'group';

function nameOf(io: ProgramIO, kind: Kind, n: number): string | undefined {
  return kind === 'user' ? userById(io.fs, n)?.name : groupById(io.fs, n)?.name;
}

/** `1000(app)`, or `1005` alone when no entry names it (a group *named* 1000 is 1000(1000)). */
function labelled(io: ProgramIO, kind: Kind, n: number): string {
  const name = nameOf(io, kind, n);
  return name === undefined ? String(n) : `${n}(${name})`;
}

/**
 * Prints ids separated by spaces, as names with -n. An id with no name is printed as its
 * number with an error, and the tool then exits 1: BusyBox prints the number first
 * (`1005id: unknown ID 1005`), GNU the error first.
 */
function printIds(
  io: ProgramIO,
  tool: string,
  kind: Kind,
  ids: number[],
  named: boolean,
  zero = false,
): number {
  let status = 0;
  ids.forEach((n, i) => {
    const sep = i === 0 ? '' : zero ? '\0' : ' ';
    const name = named ? nameOf(io, kind, n) : String(n);
    if (name !== undefined) {
      io.stdout(sep + name);
      return;
    }
    status = 1;
    if (io.userland === 'busybox') {
      io.stdout(`${sep}${n}`);
      io.stderr(`${tool}: unknown ID ${n}\n`);
    } else {
      io.stdout(sep);
      io.stderr(`${tool}: cannot find name for ${kind} ID ${n}\n`);
      io.stdout(String(n));
    }
  });
  io.stdout(zero ? '\0' : '\n');
  return status;
}

/**
 * GNU id refuses options that cannot go together (coreutils' wording; BusyBox prints its
 * usage instead, which is not modelled: it prints the full id).
 */
function gnuMisuse(io: ProgramIO, opts: { has(name: string): boolean }): string | undefined {
  if (io.userland !== 'gnu') return undefined;
  const [u, g, G] = [opts.has('u'), opts.has('g'), opts.has('G')];
  if (Number(u) + Number(g) + Number(G) > 1) return 'cannot print "only" of more than one choice';
  if (u || g || G) return undefined;
  if (opts.has('n') || opts.has('r'))
    return 'cannot print only names or real IDs in default format';
  if (opts.has('z')) return 'option --zero not permitted in default format';
  return undefined;
}

export const id: Program = (argv, io) => {
  const opts = options(
    'id',
    argv,
    {
      flags: io.userland === 'gnu' ? 'ugGnrz' : 'ugGnr',
      long: { user: 'u', group: 'g', groups: 'G', name: 'n', real: 'r', zero: 'z' },
    },
    io,
  );
  if (!opts) return 1;
  const misuse = gnuMisuse(io, opts);
  if (misuse) {
    io.stderr(`id: ${misuse}\n`);
    return 1;
  }
  const operand = opts.operands[0];
  const who = operand === undefined ? self(io) : lookup(io, 'id', operand);
  if (!who) return 1;
  const named = opts.has('n');
  // GNU's -z ends each id with NUL (BusyBox has no -z).
  const zero = io.userland === 'gnu' && opts.has('z');
  if (opts.has('u')) return printIds(io, 'id', 'user', [who.uid], named, zero);
  if (opts.has('g')) return printIds(io, 'id', 'group', [who.gid], named, zero);
  if (opts.has('G')) return printIds(io, 'id', 'group', who.all, named, zero);
  const groups =
    who.listed.length === 0
      ? ''
      : ` groups=${who.listed.map((g) => labelled(io, 'group', g)).join(',')}`;
  io.stdout(
    `uid=${labelled(io, 'user', who.uid)} gid=${labelled(io, 'group', who.gid)}${groups}\n`,
  );
  return 0;
};

export const whoami: Program = (_argv, io) => {
  const entry = userById(io.fs, io.user.uid);
  if (!entry) {
    io.stderr(
      io.userland === 'busybox'
        ? `whoami: unknown uid ${io.user.uid}\n`
        : `whoami: cannot find name for user ID ${io.user.uid}\n`,
    );
    return 1;
  }
  io.stdout(`${entry.name}\n`);
  return 0;
};

/**
 * groups: BusyBox's is `id -Gn [USER]` (one USER; more are ignored); GNU's prints each
 * USER's as `USER : names`.
 */
export const groups: Program = (argv, io) => {
  const names = argv.slice(1);
  if (names.length === 0 || io.userland === 'busybox') {
    const who = names[0] === undefined ? self(io) : lookup(io, 'groups', names[0]);
    return who ? printIds(io, 'groups', 'group', who.all, true) : 1;
  }
  let status = 0;
  for (const name of names) {
    const who = lookup(io, 'groups', name);
    if (!who) {
      status = 1;
      continue;
    }
    io.stdout(`${name} : `);
    status |= printIds(io, 'groups', 'group', who.all, true);
  }
  return status;
};
