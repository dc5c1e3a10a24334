/**
 * rpm: queries of the database (-q NAME, -qa, -qi, -ql) and --import of a key (recorded as a
 * gpg-pubkey entry). Installing a local .rpm file is not modelled (it says so).
 */
import { rpmPackage } from '../../catalog/rpm/packages';
import { nevra } from '../../catalog/rpm/rpmdb';
import type { Program } from '../../shell/program';
import { exists } from '../common/fs-helpers';
import { findRelease, readRpmdb, writeRpmdb } from './system';

export function rpmProgram(): Program {
  return (argv, io) => {
    const release = findRelease(io.fs);
    const args = argv.slice(1);
    const flags = args.filter((a) => a.startsWith('-')).join(' ');
    const names = args.filter((a) => !a.startsWith('-'));
    if (!release) {
      io.stderr('error: cannot open Packages database in /var/lib/rpm\n');
      return 1;
    }
    const db = readRpmdb(io.fs, release);
    if (flags.includes('--import')) {
      for (const key of names)
        if (!key.startsWith('http') && !exists(io.fs, key)) {
          io.stderr(`error: ${key}: import read failed(2).\n`);
          return 1;
        }
      writeRpmdb(
        io.fs,
        release,
        [
          ...db,
          { name: 'gpg-pubkey', evr: `${names.length}-${db.length}`, arch: 'noarch', bytes: 3000 },
        ].map((e) => e),
      );
      return 0;
    }
    if (/-(U|i)\w*/.test(flags)) {
      io.stderr(`error: open of ${names[0] ?? ''} failed: No such file or directory\n`);
      io.note(
        'rpm installing a local .rpm file is not modelled: use dnf or yum to install from the catalog.',
      );
      return 1;
    }
    if (!/^-q|--query/.test(args[0] ?? '')) {
      io.stderr('rpm: no operation specified\n');
      return 1;
    }
    if (/^-q\w*a/.test(args[0] ?? '')) {
      for (const e of db) io.stdout(`${nevra(e)}\n`);
      return 0;
    }
    let status = 0;
    for (const name of names) {
      const e = db.find((x) => x.name === name);
      if (!e) {
        io.stdout(`package ${name} is not installed\n`);
        status = 1;
        continue;
      }
      const pkg = rpmPackage(release.family, name, release.fedora);
      if (/^-q\w*l/.test(args[0] ?? ''))
        for (const f of pkg?.files ?? []) io.stdout(`${f.path.replace(/\/$/, '')}\n`);
      else if (/^-q\w*i/.test(args[0] ?? ''))
        io.stdout(
          `Name        : ${e.name}\nVersion     : ${e.evr.split('-')[0]}\nRelease     : ${e.evr.split('-')[1]}\nArchitecture: ${e.arch}\nSize        : ${pkg?.installedSize ?? 0}\nSummary     : ${pkg?.summary ?? e.name}\n`,
        );
      else io.stdout(`${nevra(e)}\n`);
    }
    return status;
  };
}
