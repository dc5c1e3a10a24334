/**
 * apt-mark: which installed packages are manual and which automatic. Official images use it
 * to remove build dependencies cleanly (the savedAptMark pattern): remember what is manual,
 * mark everything auto, restore the remembered set, then `apt-get purge --auto-remove`.
 */
import type { Catalog, Distro } from '../../catalog/types';
import type { Program } from '../../shell/program';
import { aptDistro, type AptContext } from './context';
import { isInstalled, readDpkgDb, withStatus, writeDpkgDb } from './dpkg-db';

export function aptMarkProgram(catalog: Catalog, distro: Distro | undefined): Program {
  return (argv, io) => {
    const args = argv.slice(1).filter((a) => !a.startsWith('-'));
    const [command, ...patterns] = args;
    const ctx: AptContext = {
      io,
      catalog,
      distro: aptDistro(distro, io),
      binary: 'apt-get',
      quiet: 1,
      assumeYes: true,
      apt3: false,
      noted: new Set(),
    };
    const db = readDpkgDb(io.fs);
    const installed = [...db.packages.values()]
      .filter(isInstalled)
      .map((p) => p.name)
      .sort();
    switch (command) {
      case 'showmanual':
      case 'showauto': {
        const wantAuto = command === 'showauto';
        const shown = installed.filter(
          (name) => db.auto.has(name) === wantAuto && matchesAny(name, patterns),
        );
        io.stdout(shown.map((n) => `${n}\n`).join(''));
        return 0;
      }
      case 'showhold': {
        const held = [...db.packages.values()]
          .filter((e) => e.status.startsWith('hold ') && matchesAny(e.name, patterns))
          .map((e) => e.name)
          .sort();
        io.stdout(held.map((n) => `${n}\n`).join(''));
        return 0;
      }
      case 'auto':
      case 'manual': {
        if (patterns.length === 0) {
          io.stderr('E: No packages found\n');
          return 100;
        }
        if (io.user.uid !== 0) {
          io.stderr(
            'E: Could not create temporary file for /var/lib/apt/extended_states - mkstemp (13: Permission denied)\n',
          );
          return 100;
        }
        const toAuto = command === 'auto';
        const word = toAuto ? 'automatically' : 'manually';
        let found = 0;
        for (const pattern of patterns) {
          const literal = db.packages.has(pattern) || !isPattern(pattern);
          const names = literal ? [pattern] : installed.filter((n) => matches(n, pattern));
          for (const name of names) {
            if (!isInstalled(db.packages.get(name))) {
              const known = db.packages.has(name) || ctx.catalog.package('deb', name, ctx.distro);
              if (!known) {
                io.stderr(`E: Unable to locate package ${name}\n`);
                continue;
              }
              io.stdout(`${name} can not be marked as it is not installed.\n`);
              found++;
              continue;
            }
            found++;
            if (db.auto.has(name) === toAuto) {
              io.stdout(`${name} was already set to ${word} installed.\n`);
              continue;
            }
            if (toAuto) db.auto.add(name);
            else db.auto.delete(name);
            io.stdout(`${name} set to ${word} installed.\n`);
          }
        }
        writeDpkgDb(io.fs, db);
        if (found === 0) {
          io.stderr('E: No packages found\n');
          return 100;
        }
        return 0;
      }
      case 'hold':
      case 'unhold': {
        // dpkg's selection: `hold` shows as "hi" in dpkg -l and keeps apt from changing it.
        const hold = command === 'hold';
        for (const name of patterns) {
          const entry = db.packages.get(name);
          if (!entry) {
            io.stderr(`E: Unable to locate package ${name}\n`);
            return 100;
          }
          const held = entry.status.startsWith('hold ');
          if (held === hold) {
            io.stdout(
              hold ? `${name} was already set on hold.\n` : `${name} was already not on hold.\n`,
            );
            continue;
          }
          const [, ...rest] = entry.status.split(' ');
          db.packages.set(name, withStatus(entry, [hold ? 'hold' : 'install', ...rest].join(' ')));
          io.stdout(hold ? `${name} set on hold.\n` : `Canceled hold on ${name}.\n`);
        }
        writeDpkgDb(io.fs, db);
        return 0;
      }
      default:
        io.stderr(`E: Invalid operation ${command ?? ''}\n`);
        return 100;
    }
  };
}

/**
 * apt reads an argument that is not a package name and holds regex characters as a regular
 * expression over package names (so `apt-mark auto '.*'` marks everything).
 */
function isPattern(arg: string): boolean {
  return /[.?+*|[\]^$]/.test(arg);
}

function matches(name: string, pattern: string): boolean {
  try {
    return new RegExp(pattern).test(name);
  } catch {
    return false;
  }
}

function matchesAny(name: string, patterns: readonly string[]): boolean {
  return (
    patterns.length === 0 || patterns.some((p) => p === name || (isPattern(p) && matches(name, p)))
  );
}
