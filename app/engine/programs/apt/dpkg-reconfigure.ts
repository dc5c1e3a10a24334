/**
 * dpkg-reconfigure (debconf): re-runs an installed package's configuration. The packages
 * whose configuration shows or changes something here: locales (locale-gen again, from
 * /etc/locale.gen) and tzdata (the time zone message). Without DEBIAN_FRONTEND=noninteractive
 * (or -f noninteractive) and without a terminal, debconf first falls back from its Dialog and
 * Readline frontends, as in a docker build log.
 */
import type { Program } from '../../shell/program';
import { enabledLocales } from '../misc/locale-archive';
import { generateLocales } from '../misc/locale-gen';
import { isInstalled, readDpkgDb } from './dpkg-db';
import { maintainerOutput } from './maintainer-scripts';

const FALLBACK =
  'debconf: unable to initialize frontend: Dialog\n' +
  'debconf: (TERM is not set, so the dialog frontend is not usable.)\n' +
  'debconf: falling back to frontend: Readline\n' +
  'debconf: unable to initialize frontend: Readline\n' +
  'debconf: (This frontend requires a controlling tty.)\n' +
  'debconf: falling back to frontend: Teletype\n';

export const dpkgReconfigureProgram: Program = (argv, io) => {
  const self = '/usr/sbin/dpkg-reconfigure';
  const args = argv.slice(1);
  let frontend = io.env.DEBIAN_FRONTEND;
  const packages: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-f' || arg === '--frontend' || arg === '-p' || arg === '--priority') {
      if (arg === '-f' || arg === '--frontend') frontend = args[i + 1];
      i++;
    } else if (arg.startsWith('--frontend=')) frontend = arg.slice('--frontend='.length);
    else if (/^-f./.test(arg)) frontend = arg.slice(2);
    else if (!arg.startsWith('-')) packages.push(arg);
  }
  if (io.user.uid !== 0) {
    io.stderr(`${self} must be run as root\n`);
    return 1;
  }
  if (packages.length === 0) {
    io.stderr(`Usage: dpkg-reconfigure [options] packages\n`);
    return 1;
  }
  const db = readDpkgDb(io.fs);
  for (const name of packages) {
    if (!isInstalled(db.packages.get(name))) {
      io.stderr(`${self}: ${name} is not installed\n`);
      return 1;
    }
  }
  const interactive = frontend !== 'noninteractive' && !io.tty;
  for (const name of packages) {
    if (interactive && (name === 'locales' || name === 'tzdata')) {
      io.stderr(FALLBACK);
      io.note(
        `dpkg-reconfigure ${name}: debconf's Teletype questions are not shown; the answers are the current configuration (set DEBIAN_FRONTEND=noninteractive to skip them for real).`,
      );
    }
    if (name === 'locales') io.stdout(generateLocales(io, enabledLocales(io.fs)));
    else {
      const text = maintainerOutput(name, io.now);
      if (text) io.stdout(text);
    }
  }
  return 0;
};
