/**
 * adduser and addgroup in both flavours: Debian's (a Perl front end to useradd, chatty,
 * long options, home directories from /etc/skel, /bin/bash) and BusyBox's (silent, short
 * options -D -S -G -h -s -u -H, /bin/sh). The flavour follows the image's userland.
 */
import type { Program, ProgramIO } from '../program';
import { groupByName, userByName } from '../users';
import {
  addGroupEntry,
  addMember,
  addUserEntry,
  freeId,
  lowestFreeId,
  makeHome,
  usedGids,
  usedUids,
} from './accounts';
import { initLoginRecords } from './login-logs';
import { options } from './support';

export const adduser: Program = (argv, io) =>
  io.userland === 'busybox' ? busyboxAdduser(argv, io) : debianAdduser(argv, io);
export const addgroup: Program = (argv, io) =>
  io.userland === 'busybox' ? busyboxAddgroup(argv, io) : debianAddgroup(argv, io);

const DEBIAN_LONG = {
  system: 'system',
  group: 'group',
  'disabled-password': 'nopass',
  'disabled-login': 'nologin',
  'gecos=': 'gecos',
  'comment=': 'gecos',
  'home=': 'home',
  'no-create-home': 'nohome',
  'shell=': 'shell',
  'uid=': 'uid',
  'gid=': 'gid',
  'ingroup=': 'ingroup',
  quiet: 'quiet',
  debug: 'debug',
  force: 'force',
  'force-badname': 'force',
  'allow-badname': 'force',
  'allow-all-names': 'force',
  'firstuid=': 'firstuid',
  'lastuid=': 'lastuid',
  'add-extra-groups': 'extra',
  add_extra_groups: 'extra',
  'conf=': 'conf',
  'encrypt-home': 'encrypt',
};

function debianAdduser(argv: string[], io: ProgramIO): number {
  const opts = options('adduser', argv, { flags: 'qD', long: DEBIAN_LONG }, io);
  if (!opts) return 1;
  const say = (text: string): void => {
    if (!opts.has('quiet') && !opts.has('q')) io.stdout(text);
  };
  const [name, group] = opts.operands;
  if (name === undefined) {
    io.stderr('adduser: Only one or two names allowed.\n');
    return 1;
  }
  if (group !== undefined && !opts.has('group')) {
    if (!userByName(io.fs, name)) {
      io.stderr(`adduser: The user \`${name}' does not exist.\n`);
      return 1;
    }
    if (!groupByName(io.fs, group)) {
      io.stderr(`adduser: The group \`${group}' does not exist.\n`);
      return 1;
    }
    say(`Adding user \`${name}' to group \`${group}' ...\n`);
    addMember(io, group, name);
    say('Done.\n');
    return 0;
  }
  if (opts.has('group') && !opts.has('system')) return debianAddgroup(['addgroup', name], io);
  const system = opts.has('system');
  if (userByName(io.fs, name)) {
    if (system) return 0;
    io.stderr(`adduser: The user \`${name}' already exists.\n`);
    return 1;
  }
  const uid =
    opts.value('uid') !== undefined
      ? Number(opts.value('uid'))
      : system
        ? freeId(usedUids(io), 100, 999, false)
        : freeId(usedUids(io), 1000, 59999, false);
  if (uid === undefined) return 1;
  let gid: number;
  let groupName: string;
  const ingroup = opts.value('ingroup');
  const gidSpec = opts.value('gid');
  if (ingroup !== undefined || gidSpec !== undefined) {
    const found =
      ingroup !== undefined
        ? groupByName(io.fs, ingroup)
        : { name: gidSpec as string, gid: Number(gidSpec) };
    if (!found) {
      io.stderr(`adduser: The group \`${ingroup}' does not exist.\n`);
      return 1;
    }
    gid = found.gid;
    groupName = found.name;
    if (gidSpec !== undefined && !usedGids(io).has(gid)) {
      groupName = name;
      say(`Adding new group \`${name}' (${gid}) ...\n`);
      addGroupEntry(io, name, gid);
    }
  } else if (system && !opts.has('group')) {
    gid = groupByName(io.fs, 'nogroup')?.gid ?? 65534;
    groupName = 'nogroup';
  } else {
    const gids = usedGids(io);
    gid = !gids.has(uid)
      ? uid
      : ((system ? freeId(gids, 100, 999, false) : freeId(gids, 1000, 59999, false)) ?? uid);
    groupName = name;
    say(
      system
        ? `Adding system user \`${name}' (UID ${uid}) ...\nAdding new group \`${name}' (GID ${gid}) ...\n`
        : `Adding user \`${name}' ...\nAdding new group \`${name}' (${gid}) ...\n`,
    );
    addGroupEntry(io, name, gid);
  }
  const home = opts.value('home') ?? (system ? '/nonexistent' : `/home/${name}`);
  const shell = opts.value('shell') ?? (system ? '/usr/sbin/nologin' : '/bin/bash');
  const gecos = opts.value('gecos') ?? (system ? '' : ',,,');
  if (system && groupName === 'nogroup') say(`Adding system user \`${name}' (UID ${uid}) ...\n`);
  say(
    system
      ? `Adding new user \`${name}' (UID ${uid}) with group \`${groupName}' ...\n`
      : `Adding new user \`${name}' (${uid}) with group \`${groupName} (${gid})' ...\n`,
  );
  addUserEntry(io, { name, uid, gid, gecos, home, shell, system, password: system ? '*' : '!' });
  // Debian's adduser runs useradd, which has no --no-log-init there (login-logs.ts).
  initLoginRecords(io.fs, uid);
  if (opts.has('nohome') || home === '/nonexistent')
    say(
      `Not creating ${system && home === '/nonexistent' ? "`/nonexistent'" : `home directory \`${home}'`}.\n`,
    );
  else if (io.fs.stat(home).ok)
    say(`The home directory \`${home}' already exists.  Not copying from \`/etc/skel'.\n`);
  else {
    say(`Creating home directory \`${home}' ...\nCopying files from \`/etc/skel' ...\n`);
    makeHome(io, home, uid, gid, 0o700);
  }
  if (!system && !opts.has('nopass') && !opts.has('nologin')) {
    io.note(
      `adduser ${name} would ask for a password here; in a Dockerfile use --disabled-password --gecos "".`,
    );
  }
  return 0;
}

function debianAddgroup(argv: string[], io: ProgramIO): number {
  const opts = options('addgroup', argv, { flags: 'q', long: DEBIAN_LONG }, io);
  if (!opts) return 1;
  const say = (text: string): void => {
    if (!opts.has('quiet') && !opts.has('q')) io.stdout(text);
  };
  const [name, group] = opts.operands;
  if (name === undefined) {
    io.stderr('addgroup: Only one or two names allowed.\n');
    return 1;
  }
  if (group !== undefined) return debianAdduser(['adduser', name, group], io);
  const system = opts.has('system');
  if (groupByName(io.fs, name)) {
    if (system) return 0;
    io.stderr(`addgroup: The group \`${name}' already exists.\n`);
    return 1;
  }
  const gids = usedGids(io);
  const gid =
    opts.value('gid') !== undefined
      ? Number(opts.value('gid'))
      : system
        ? freeId(gids, 100, 999, false)
        : freeId(gids, 1000, 59999, false);
  if (gid === undefined) return 1;
  if (gids.has(gid)) {
    io.stderr(`addgroup: The GID \`${gid}' is already in use.\n`);
    return 1;
  }
  say(`Adding ${system ? 'system ' : ''}group \`${name}' (GID ${gid}) ...\nDone.\n`);
  addGroupEntry(io, name, gid);
  return 0;
}

function busyboxAdduser(argv: string[], io: ProgramIO): number {
  const opts = options(
    'adduser',
    argv,
    {
      flags: 'SDH',
      values: 'hgsGuk',
      long: {
        'home=': 'h',
        'gecos=': 'g',
        'shell=': 's',
        'ingroup=': 'G',
        system: 'S',
        'disabled-password': 'D',
        'empty-password': 'D',
        'no-create-home': 'H',
        'uid=': 'u',
        'skel=': 'k',
      },
    },
    io,
  );
  if (!opts) return 1;
  const [name, group] = opts.operands;
  if (name === undefined) {
    io.stderr('Usage: adduser [OPTIONS] USER [GROUP]\n');
    return 1;
  }
  if (group !== undefined) {
    if (!userByName(io.fs, name)) {
      io.stderr(`adduser: unknown user ${name}\n`);
      return 1;
    }
    if (!addMember(io, group, name)) {
      io.stderr(`adduser: unknown group ${group}\n`);
      return 1;
    }
    return 0;
  }
  if (userByName(io.fs, name)) {
    io.stderr(`adduser: user '${name}' in use\n`);
    return 1;
  }
  const system = opts.has('S');
  const uids = usedUids(io);
  const gids = usedGids(io);
  let uid = opts.value('u') !== undefined ? Number(opts.value('u')) : undefined;
  let gid: number;
  const groupSpec = opts.value('G');
  if (groupSpec !== undefined) {
    const found = groupByName(io.fs, groupSpec);
    if (!found) {
      io.stderr(`adduser: unknown group ${groupSpec}\n`);
      return 1;
    }
    gid = found.gid;
    uid ??= lowestFreeId(uids, system ? 100 : 1000, system ? 999 : 64999);
  } else if (system && groupByName(io.fs, 'nogroup')) {
    gid = (groupByName(io.fs, 'nogroup') as { gid: number }).gid;
    uid ??= lowestFreeId(uids, 100, 999);
  } else {
    // A new group named after the user, with the same id when it is free.
    if (uid === undefined) {
      const taken = new Set([...uids, ...gids]);
      uid = lowestFreeId(taken, system ? 100 : 1000, system ? 999 : 64999);
    }
    if (groupByName(io.fs, name)) {
      io.stderr(`adduser: group '${name}' in use\n`);
      return 1;
    }
    gid =
      uid !== undefined && !gids.has(uid)
        ? uid
        : (lowestFreeId(gids, system ? 100 : 1000, system ? 999 : 64999) ?? 0);
    addGroupEntry(io, name, gid);
  }
  if (uid === undefined) {
    io.stderr('adduser: no free uids left\n');
    return 1;
  }
  const home = opts.value('h') ?? `/home/${name}`;
  const shell = opts.value('s') ?? (system ? '/sbin/nologin' : '/bin/sh');
  addUserEntry(io, {
    name,
    uid,
    gid,
    gecos: opts.value('g') ?? 'Linux User,,,',
    home,
    shell,
    system: false,
    password: '!',
  });
  if (!opts.has('H')) makeHome(io, home, uid, gid, 0o755);
  if (!opts.has('D') && !system)
    io.note(`adduser ${name} would ask for a password here; in a Dockerfile use adduser -D.`);
  return 0;
}

function busyboxAddgroup(argv: string[], io: ProgramIO): number {
  const opts = options(
    'addgroup',
    argv,
    { flags: 'S', values: 'g', long: { 'gid=': 'g', system: 'S' } },
    io,
  );
  if (!opts) return 1;
  const [first, second] = opts.operands;
  if (first === undefined) {
    io.stderr('Usage: addgroup [-g GID] [-S] [USER] GROUP\n');
    return 1;
  }
  if (second !== undefined) {
    if (!userByName(io.fs, first)) {
      io.stderr(`addgroup: unknown user ${first}\n`);
      return 1;
    }
    if (!addMember(io, second, first)) {
      io.stderr(`addgroup: unknown group ${second}\n`);
      return 1;
    }
    return 0;
  }
  if (groupByName(io.fs, first)) {
    io.stderr(`addgroup: group '${first}' in use\n`);
    return 1;
  }
  const gids = usedGids(io);
  const gid =
    opts.value('g') !== undefined
      ? Number(opts.value('g'))
      : lowestFreeId(gids, opts.has('S') ? 100 : 1000, opts.has('S') ? 999 : 64999);
  if (gid === undefined) return 1;
  if (gids.has(gid)) {
    io.stderr(`addgroup: gid '${gid}' in use\n`);
    return 1;
  }
  addGroupEntry(io, first, gid);
  return 0;
}
