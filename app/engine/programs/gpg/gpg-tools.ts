/**
 * GnuPG's helpers: gpgv (verifies with a given keyring only), gpgconf (`--kill all` stops
 * the agents a build started, so none outlives the RUN), dirmngr and gpg-agent (daemons
 * gpg starts on its own; run directly they print their version).
 */
import type { Program } from '../../shell/program';
import { absolute, exists } from '../common/fs-helpers';
import { Keyring, gnupgHome, keyFor } from './keyring';

export const gpgvProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  let keyringFile: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--keyring') keyringFile = args[++i];
    else if (arg.startsWith('--keyring=')) keyringFile = arg.slice('--keyring='.length);
    else if (arg === '--version') {
      io.stdout('gpgv (GnuPG) 2.4.7\nlibgcrypt 1.11.0\n');
      return 0;
    } else if (!arg.startsWith('-')) files.push(arg);
  }
  const [sig] = files;
  if (sig === undefined || !exists(io.fs, absolute(io.cwd, sig))) {
    io.stderr(
      `gpgv: can't open '${sig ?? ''}': No such file or directory\ngpgv: verify signatures failed: No such file or directory\n`,
    );
    return 2;
  }
  const keyring = new Keyring(io, gnupgHome(io), false, keyringFile ?? 'trustedkeys.kbx');
  const first = keyring.keys[0];
  if (!first) {
    io.stderr("gpgv: Can't check signature: No public key\n");
    return 2;
  }
  const key = keyFor(first);
  io.stderr(
    `gpgv:                using RSA key ${key.fingerprint}\ngpgv: Good signature from "${key.uid}"\n`,
  );
  io.note(
    `gpgv did not check ${sig}: the simulation has no real signatures, so a signature by a key in the keyring counts as good.`,
  );
  return 0;
};

export const gpgconfProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  if (args[0] === '--version') {
    io.stdout('gpgconf (GnuPG) 2.4.7\n');
    return 0;
  }
  if (args[0] === '--kill' || args[0] === '--reload' || args[0] === '--launch') return 0;
  if (args[0] === '--list-dirs') {
    const home = gnupgHome(io);
    io.stdout(
      `sysconfdir:/etc/gnupg\nbindir:/usr/bin\nlibexecdir:/usr/lib/gnupg\nlibdir:/usr/lib/x86_64-linux-gnu/gnupg\ndatadir:/usr/share/gnupg\nlocaledir:/usr/share/locale\nsocketdir:${home}\nhomedir:${home}\n`,
    );
    return 0;
  }
  if (args.length === 0) {
    io.stdout(
      'gpg:OpenPGP:/usr/bin/gpg\ngpgsm:S/MIME:/usr/bin/gpgsm\ngpg-agent:Private Keys:/usr/bin/gpg-agent\ndirmngr:Network:/usr/bin/dirmngr\n',
    );
    return 0;
  }
  io.stderr(`gpgconf: invalid option "${args[0]}"\n`);
  return 2;
};

/** dirmngr and gpg-agent run as daemons that gpg starts itself. */
export function gpgDaemonProgram(name: 'dirmngr' | 'gpg-agent'): Program {
  return (argv, io) => {
    if (argv.includes('--version')) {
      io.stdout(`${name} (GnuPG) 2.4.7\n`);
      return 0;
    }
    io.note(`${name} is a daemon gpg starts when it needs one; the simulation runs no daemons.`);
    return 0;
  };
}
