/**
 * apt-cache policy and madison: the installed version, the candidate and where it comes from,
 * as people check before pinning (`apt-get install curl=<version>`). The simulated archive
 * keeps one version of each package, as Debian's does (older point releases disappear).
 * Without package lists apt knows only what dpkg has installed.
 */
import type { Catalog, Distro } from '../../catalog/types';
import type { Program } from '../../shell/program';
import { originOf } from './archive';
import { candidateFor } from './candidates';
import { aptDistro, type AptContext } from './context';
import { isInstalled, readDpkgDb } from './dpkg-db';
import { ownOrigin } from './own-releases';
import { listsPresent } from './update';

function packagesLine(ctx: AptContext, version: string, origin?: { url: string; where: string }) {
  const from = ownOrigin(ctx, origin ?? originOf(ctx.distro, version));
  return `${from.url} ${from.where} amd64 Packages`;
}

export function aptCacheProgram(catalog: Catalog, distro: Distro | undefined): Program {
  return (argv, io) => {
    const [command, ...names] = argv.slice(1).filter((a) => !a.startsWith('-'));
    const ctx: AptContext = {
      io,
      catalog,
      distro: aptDistro(distro, io),
      binary: 'apt-get',
      quiet: 1,
      assumeYes: false,
      apt3: false,
      noted: new Set(),
    };
    if (command !== 'policy' && command !== 'madison') {
      io.note(`apt-cache ${command ?? ''}: only policy and madison are modelled.`);
      return 0;
    }
    if (names.length === 0) {
      if (command === 'madison') {
        io.stderr('E: No packages found\n');
        return 100;
      }
      io.note('apt-cache policy without package names (the sources list) is not modelled.');
      return 0;
    }
    const db = readDpkgDb(io.fs);
    const lists = listsPresent(ctx);
    let out = '';
    for (const name of names) {
      const entry = db.packages.get(name);
      const installed = isInstalled(entry) ? entry.version : undefined;
      const found = lists ? candidateFor(ctx, name) : undefined;
      const candidate = found?.ok && found.pkg.name === name ? found.pkg : undefined;
      if (!candidate && !installed) {
        io.stderr(`N: Unable to locate package ${name}\n`);
        continue;
      }
      if (command === 'madison') {
        if (candidate)
          out += `${name.padStart(10)} | ${candidate.version} | ${packagesLine(ctx, candidate.version, candidate.origin)}\n`;
        continue;
      }
      const best = candidate?.version ?? installed ?? '';
      out += `${name}:\n  Installed: ${installed ?? '(none)'}\n  Candidate: ${best}\n  Version table:\n`;
      if (candidate) {
        out += `${candidate.version === installed ? ' *** ' : '     '}${candidate.version} 500\n`;
        out += `        500 ${packagesLine(ctx, candidate.version, candidate.origin)}\n`;
        if (candidate.version === installed) out += '        100 /var/lib/dpkg/status\n';
      }
      if (installed && installed !== candidate?.version)
        out += ` *** ${installed} 100\n        100 /var/lib/dpkg/status\n`;
    }
    io.stdout(out);
    return 0;
  };
}
