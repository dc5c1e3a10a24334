/**
 * shadow-utils (Debian, Ubuntu): useradd, groupadd, usermod, chpasswd. Debian's defaults:
 * a group per user (USERGROUPS_ENAB), /bin/sh as shell, no home unless -m, ids from 1000 up
 * (system accounts from 999 down).
 */
import type { Program, ProgramIO } from '../program';
import { groupByName, updateEntry, userByName } from '../users';
import {
  addGroupEntry,
  addMember,
  addUserEntry,
  freeId,
  makeHome,
  usedGids,
  usedUids,
} from './accounts';
import { initLoginRecords } from './login-logs';
import { simulatedPasswordHash } from './passwords';
import { options } from './support';

function usage(io: ProgramIO, tool: string): number {
  io.stderr(`Usage: ${tool} [options] ${tool.startsWith('group') ? 'GROUP' : 'LOGIN'}\n`);
  return 2;
}

export const useradd: Program = (argv, io) => {
  const opts = options(
    'useradd',
    argv,
    {
      flags: 'mMrUNloD',
      values: 'ugGsdckpefK',
      long: {
        'create-home': 'm',
        'no-create-home': 'M',
        system: 'r',
        'user-group': 'U',
        'no-user-group': 'N',
        'no-log-init': 'l',
        'non-unique': 'o',
        'uid=': 'u',
        'gid=': 'g',
        'groups=': 'G',
        'shell=': 's',
        'home-dir=': 'd',
        'home=': 'd',
        'comment=': 'c',
        'skel=': 'k',
        'password=': 'p',
        'expiredate=': 'e',
        'inactive=': 'f',
        'key=': 'K',
      },
    },
    io,
  );
  if (!opts) return 2;
  const name = opts.operands[0];
  if (name === undefined || opts.operands.length > 1) return usage(io, 'useradd');
  if (userByName(io.fs, name)) {
    io.stderr(`useradd: user '${name}' already exists\n`);
    return 9;
  }
  const system = opts.has('r');
  const uids = usedUids(io);
  let uid: number | undefined;
  if (opts.value('u') !== undefined) {
    uid = Number(opts.value('u'));
    if (!Number.isInteger(uid) || uid < 0) {
      io.stderr(`useradd: invalid user ID '${opts.value('u')}'\n`);
      return 3;
    }
    if (uids.has(uid) && !opts.has('o')) {
      io.stderr(`useradd: UID ${uid} is not unique\n`);
      return 4;
    }
  } else uid = system ? freeId(uids, 100, 999, true) : freeId(uids, 1000, 60000, false);
  if (uid === undefined) {
    io.stderr("useradd: can't create user\n");
    return 1;
  }
  let gid: number;
  const groupSpec = opts.value('g');
  if (groupSpec !== undefined) {
    const group = /^[0-9]+$/.test(groupSpec)
      ? { gid: Number(groupSpec) }
      : groupByName(io.fs, groupSpec);
    if (!group || (/^[0-9]+$/.test(groupSpec) && !usedGids(io).has(group.gid))) {
      io.stderr(`useradd: group '${groupSpec}' does not exist\n`);
      return 6;
    }
    gid = group.gid;
  } else if (opts.has('N')) gid = 100;
  else {
    if (groupByName(io.fs, name)) {
      io.stderr(
        `useradd: group ${name} exists - if you want to add this user to that group, use -g.\n`,
      );
      return 9;
    }
    const gids = usedGids(io);
    gid = !gids.has(uid)
      ? uid
      : ((system ? freeId(gids, 100, 999, true) : freeId(gids, 1000, 60000, false)) ?? uid);
    addGroupEntry(io, name, gid);
  }
  const extra = (opts.value('G') ?? '').split(',').filter(Boolean);
  for (const group of extra) {
    if (!groupByName(io.fs, group)) {
      io.stderr(`useradd: group '${group}' does not exist\n`);
      return 6;
    }
  }
  const home = opts.value('d') ?? `/home/${name}`;
  addUserEntry(io, {
    name,
    uid,
    gid,
    gecos: opts.value('c') ?? '',
    home,
    shell: opts.value('s') ?? '/bin/sh',
    system,
  });
  for (const group of extra) addMember(io, group, name);
  if (!opts.has('l')) initLoginRecords(io.fs, uid);
  if (opts.has('m') && !opts.has('M')) makeHome(io, home, uid, gid);
  return 0;
};

export const groupadd: Program = (argv, io) => {
  const opts = options(
    'groupadd',
    argv,
    {
      flags: 'rfo',
      values: 'gKp',
      long: { system: 'r', force: 'f', 'non-unique': 'o', 'gid=': 'g' },
    },
    io,
  );
  if (!opts) return 2;
  const name = opts.operands[0];
  if (name === undefined) return usage(io, 'groupadd');
  if (groupByName(io.fs, name)) {
    if (opts.has('f')) return 0;
    io.stderr(`groupadd: group '${name}' already exists\n`);
    return 9;
  }
  const gids = usedGids(io);
  let gid: number | undefined;
  if (opts.value('g') !== undefined) {
    gid = Number(opts.value('g'));
    if (gids.has(gid) && !opts.has('o')) {
      if (opts.has('f')) gid = undefined;
      else {
        io.stderr(`groupadd: GID '${gid}' already exists\n`);
        return 4;
      }
    }
  }
  gid ??= opts.has('r') ? freeId(gids, 100, 999, true) : freeId(gids, 1000, 60000, false);
  if (gid === undefined) return 4;
  addGroupEntry(io, name, gid);
  return 0;
};

export const usermod: Program = (argv, io) => {
  const opts = options(
    'usermod',
    argv,
    {
      flags: 'amLUo',
      values: 'GsdugleLcp',
      long: {
        append: 'a',
        'groups=': 'G',
        'shell=': 's',
        'home=': 'd',
        'move-home': 'm',
        'uid=': 'u',
        'gid=': 'g',
        'login=': 'l',
        lock: 'L',
        unlock: 'U',
        'comment=': 'c',
        'password=': 'p',
      },
    },
    io,
  );
  if (!opts) return 2;
  const name = opts.operands[0];
  if (name === undefined) return usage(io, 'usermod');
  const user = userByName(io.fs, name);
  if (!user) {
    io.stderr(`usermod: user '${name}' does not exist\n`);
    return 6;
  }
  const groups = (opts.value('G') ?? '').split(',').filter(Boolean);
  for (const group of groups) {
    if (!groupByName(io.fs, group)) {
      io.stderr(`usermod: group '${group}' does not exist\n`);
      return 6;
    }
  }
  for (const group of groups) addMember(io, group, name);
  const gidSpec = opts.value('g');
  const gid =
    gidSpec === undefined
      ? undefined
      : /^[0-9]+$/.test(gidSpec)
        ? Number(gidSpec)
        : groupByName(io.fs, gidSpec)?.gid;
  if (gidSpec !== undefined && gid === undefined) {
    io.stderr(`usermod: group '${gidSpec}' does not exist\n`);
    return 6;
  }
  updateEntry(io.fs, '/etc/passwd', name, (f) => {
    const copy = [...f];
    if (opts.value('l')) copy[0] = opts.value('l') as string;
    if (opts.value('u')) copy[2] = opts.value('u') as string;
    if (gid !== undefined) copy[3] = String(gid);
    if (opts.value('c') !== undefined) copy[4] = opts.value('c') as string;
    if (opts.value('d')) copy[5] = opts.value('d') as string;
    if (opts.value('s')) copy[6] = opts.value('s') as string;
    return copy;
  });
  if (opts.value('d') && opts.has('m'))
    makeHome(io, opts.value('d') as string, Number(opts.value('u') ?? user.uid), gid ?? user.gid);
  return 0;
};

/** chpasswd: sets passwords from `user:password` lines (stored as an opaque hash). */
export const chpasswd: Program = (_argv, io) => {
  const lines = io.stdin.split('\n').filter((l) => l.trim() !== '');
  for (const [index, line] of lines.entries()) {
    const name = line.slice(0, line.indexOf(':') < 0 ? undefined : line.indexOf(':'));
    if (!userByName(io.fs, name)) {
      io.stderr(
        `chpasswd: line ${index + 1}: user '${name}' does not exist\nchpasswd: error detected, changes ignored\n`,
      );
      return 1;
    }
  }
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const hash = simulatedPasswordHash(name, line.slice(colon + 1));
    updateEntry(io.fs, '/etc/shadow', name, (f) => {
      const copy = [...f];
      copy[1] = hash;
      return copy;
    });
  }
  io.note('chpasswd stored a stand-in hash: the simulation keeps no real passwords.');
  return 0;
};
