/**
 * gpg (GnuPG 2.4) and gpg1 (GnuPG 1.4, nginx's Dockerfile): the key and signature commands
 * official Dockerfiles run. --recv-keys imports from a keyserver (nothing is contacted: the
 * key is recorded in the keyring file, with its owner when the key is a well-known release
 * key), --fingerprint/--list-keys list the keyring, --verify and --decrypt report a good
 * signature by an imported key (nothing is checked, and a note says so), --export,
 * --import and --dearmor write key files. GnuPG 2 needs dirmngr for keyservers, as the
 * real one does.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, exists, findOnPath, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import {
  Keyring,
  gnupgHome,
  keyDate,
  keyFor,
  longId,
  normaliseKeyId,
  shortId,
  spacedFingerprint,
  type Key,
} from './keyring';
import { exportKeys, importOrDearmor, readInput } from './key-files';

const VALUE_OPTIONS = new Set(
  'keyserver keyserver-options output o homedir keyring trust-model default-key local-user u recipient r passphrase passphrase-fd pinentry-mode status-fd logger-fd digest-algo cipher-algo keyid-format export-options import-options list-options verify-options trusted-key compress-level'.split(
    ' ',
  ),
);
const COMMANDS = new Set(
  'recv-keys recv-key fingerprint fingerprints list-keys list-public-keys k verify decrypt d export import dearmor enarmor version refresh-keys sign clearsign detach-sign s b list-secret-keys K'.split(
    ' ',
  ),
);

interface Args {
  command?: string;
  options: Map<string, string>;
  operands: string[];
}

function parse(args: string[]): Args | string {
  const options = new Map<string, string>();
  const operands: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    const long = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    const short = /^-([a-zA-Z])$/.exec(arg);
    const name = long?.[1] ?? short?.[1];
    if (name === undefined) {
      operands.push(arg);
      continue;
    }
    if (COMMANDS.has(name)) {
      if (command && command !== name) return `conflicting commands`;
      command = name;
    } else if (VALUE_OPTIONS.has(name)) {
      const value = long?.[2] ?? args[++i];
      if (value === undefined) return `option "--${name}" requires an argument`;
      options.set(name, value);
    } else options.set(name, '');
  }
  return { command, options, operands };
}

function signatureDate(io: ProgramIO): string {
  const d = new Date(io.now - 9 * 86_400_000);
  const day = d.toUTCString().slice(0, 3);
  const mon = d.toUTCString().slice(8, 11);
  return `${day} ${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)} ${d.getUTCFullYear()} UTC`;
}

function goodSignature(io: ProgramIO, key: Key, legacy: boolean, what: string): void {
  io.stderr(
    legacy
      ? `gpg: Signature made ${signatureDate(io)} using RSA key ID ${shortId(key)}\n` +
          `gpg: Good signature from "${key.uid}"\n`
      : `gpg: Signature made ${signatureDate(io)}\n` +
          `gpg:                using RSA key ${key.fingerprint}\n` +
          `gpg: Good signature from "${key.uid}" [unknown]\n`,
  );
  io.stderr(
    'gpg: WARNING: This key is not certified with a trusted signature!\n' +
      'gpg:          There is no indication that the signature belongs to the owner.\n' +
      `Primary key fingerprint: ${spacedFingerprint(key.fingerprint)}\n`,
  );
  io.note(
    `gpg did not check ${what}: the simulation has no real signatures, so every signature made by an imported key counts as good. A real build fails here when the download was tampered with.`,
  );
}

function writeOutput(io: ProgramIO, output: string | undefined, text: string): boolean {
  if (output === undefined || output === '-') {
    io.stdout(text);
    return true;
  }
  return writeText(io.fs, absolute(io.cwd, output), text);
}

export function gpgProgram(legacy: boolean): Program {
  return (argv, io) => {
    const parsed = parse(argv.slice(1));
    if (typeof parsed === 'string') {
      io.stderr(`gpg: ${parsed}\n`);
      return 2;
    }
    const { command, options, operands } = parsed;
    const home = gnupgHome(io, options.get('homedir'));
    const keyring = new Keyring(io, home, legacy, options.get('keyring'));
    switch (command) {
      case 'version':
        io.stdout(
          legacy
            ? 'gpg (GnuPG) 1.4.23\nCopyright (C) 2015 Free Software Foundation, Inc.\nHome: ~/.gnupg\n'
            : `gpg (GnuPG) 2.4.7\nlibgcrypt 1.11.0\nCopyright (C) 2024 g10 Code GmbH\nHome: ${home}\n`,
        );
        return 0;
      case 'recv-keys':
      case 'recv-key':
        return receive(io, keyring, legacy, operands, options.get('keyserver'));
      case 'fingerprint':
      case 'fingerprints':
      case 'list-keys':
      case 'list-public-keys':
      case 'k':
        return list(io, keyring, legacy, operands, command.startsWith('finger'));
      case 'verify':
        return verify(io, keyring, legacy, operands);
      case 'decrypt':
      case 'd':
        return decrypt(io, keyring, legacy, operands[0], options.get('output') ?? options.get('o'));
      case 'export':
        return exportKeys(io, keyring, operands, options.has('armor') || options.has('a'));
      case 'import':
      case 'dearmor':
      case 'enarmor':
        return importOrDearmor(
          io,
          keyring,
          command,
          operands[0],
          options.get('output') ?? options.get('o'),
        );
      case 'sign':
      case 'clearsign':
      case 'detach-sign':
      case 's':
      case 'b':
        io.stderr(
          'gpg: no default secret key: No secret key\ngpg: signing failed: No secret key\n',
        );
        return 2;
      case 'list-secret-keys':
      case 'K':
      case 'refresh-keys':
        return 0;
      default:
        io.stderr('gpg: Go ahead and type your message ...\n');
        return 2;
    }
  };
}

function receive(
  io: ProgramIO,
  keyring: Keyring,
  legacy: boolean,
  operands: string[],
  keyserver: string | undefined,
): number {
  // Several ids in one word happen with quoted, spaced fingerprints ('EB4C 1BFD ...').
  const id = normaliseKeyId(operands.join(' '));
  const ids = id ? [id] : operands.map(normaliseKeyId);
  if (ids.length === 0 || ids.some((i) => i === undefined)) {
    io.stderr(`gpg: "${operands.find((o) => !normaliseKeyId(o)) ?? ''}" not a key ID: skipping\n`);
    return operands.length === 0 ? 0 : 2;
  }
  const lines = keyring.prepare();
  if (!legacy && !findOnPath(io.fs, io.env, 'dirmngr')) {
    io.stderr(
      [
        ...lines,
        "gpg: failed to start dirmngr '/usr/bin/dirmngr': No such file or directory",
        `gpg: connecting dirmngr at '${keyring.home}/S.dirmngr' failed: No such file or directory`,
        'gpg: keyserver receive failed: No dirmngr',
        '',
      ].join('\n'),
    );
    return 2;
  }
  const keys = (ids as string[]).map(keyFor);
  const server = (keyserver ?? 'hkps://keys.openpgp.org')
    .replace(/^hkps?:\/\//, '')
    .replace(/:\d+$/, '');
  if (legacy)
    for (const key of keys)
      lines.push(`gpg: requesting key ${shortId(key)} from hkp server ${server}`);
  lines.push(...keyring.ensureTrustdb());
  const added = keyring.add(keys);
  keys.forEach((key, i) => {
    const name = legacy ? shortId(key) : longId(key);
    lines.push(
      added[i]
        ? `gpg: key ${name}: public key "${key.uid}" imported`
        : `gpg: key ${name}: "${key.uid}" not changed`,
    );
  });
  if (legacy && added.some(Boolean)) lines.push('gpg: no ultimately trusted keys found');
  const imported = added.filter(Boolean).length;
  lines.push(`gpg: Total number processed: ${keys.length}`);
  if (imported > 0)
    lines.push(`gpg:               imported: ${imported}${legacy ? `  (RSA: ${imported})` : ''}`);
  if (imported < keys.length) lines.push(`gpg:              unchanged: ${keys.length - imported}`);
  io.stderr(`${lines.join('\n')}\n`);
  io.spend(400 * keys.length);
  io.note(
    `gpg did not contact ${server}: the key${keys.length > 1 ? 's were' : ' was'} recorded in ${keyring.path} as if downloaded.${keys.some((k) => !k.known) ? " Its owner is not in Layercake's table of release keys, so the name shown is a stand-in." : ''}`,
  );
  return 0;
}

function list(
  io: ProgramIO,
  keyring: Keyring,
  legacy: boolean,
  operands: string[],
  fingerprints: boolean,
): number {
  const wanted = operands.length > 0 ? operands.map((o) => normaliseKeyId(o) ?? o) : keyring.keys;
  const keys = wanted.map((id) => keyring.find(id));
  let out =
    operands.length === 0 && keys.length > 0
      ? `${keyring.path}\n${'-'.repeat(keyring.path.length)}\n`
      : '';
  for (const key of keys) {
    if (!key) continue;
    const date = keyDate(key);
    out += legacy
      ? `pub   4096R/${shortId(key)} ${date}\n` +
        (fingerprints ? `      Key fingerprint = ${spacedFingerprint(key.fingerprint)}\n` : '') +
        `uid                  ${key.uid}\nsub   4096R/${sha256Hex(key.fingerprint).slice(0, 8).toUpperCase()} ${date}\n\n`
      : `pub   rsa4096 ${date} [SC]\n      ${fingerprints ? spacedFingerprint(key.fingerprint) : key.fingerprint}\n` +
        `uid           [ unknown] ${key.uid}\nsub   rsa4096 ${date} [E]\n\n`;
  }
  io.stdout(out);
  const missing = wanted.filter((_, i) => !keys[i]);
  for (const _id of missing)
    io.stderr(
      legacy
        ? `gpg: error reading key: public key not found\n`
        : `gpg: error reading key: No public key\n`,
    );
  return missing.length > 0 ? 2 : 0;
}

function verify(io: ProgramIO, keyring: Keyring, legacy: boolean, operands: string[]): number {
  const [sig, data] = operands;
  if (sig === undefined) {
    io.stderr('gpg: verify signatures failed: Unexpected error\n');
    return 2;
  }
  for (const file of [sig, data]) {
    if (file !== undefined && file !== '-' && !exists(io.fs, absolute(io.cwd, file))) {
      io.stderr(
        `gpg: can't open '${file}': No such file or directory\ngpg: verify signatures failed: No such file or directory\n`,
      );
      return 2;
    }
  }
  return checkedBy(io, keyring, legacy, `the signature in ${sig}`, sig);
}

/** Reports the signature as made by the first imported key, or fails when there is none. */
function checkedBy(
  io: ProgramIO,
  keyring: Keyring,
  legacy: boolean,
  what: string,
  seed: string,
): number {
  const first = keyring.keys[0];
  if (!first) {
    const id = sha256Hex(`signer:${seed}`).slice(0, 40).toUpperCase();
    io.stderr(
      `gpg: Signature made ${signatureDate(io)}\ngpg:                using RSA key ${id}\ngpg: Can't check signature: No public key\n`,
    );
    return 2;
  }
  goodSignature(io, keyFor(first), legacy, what);
  return 0;
}

function decrypt(
  io: ProgramIO,
  keyring: Keyring,
  legacy: boolean,
  file: string | undefined,
  output: string | undefined,
): number {
  const input = readInput(io, file);
  if (input === undefined) {
    io.stderr(
      `gpg: can't open '${file}': No such file or directory\ngpg: decrypt_message failed: No such file or directory\n`,
    );
    return 2;
  }
  const clear =
    /^-----BEGIN PGP SIGNED MESSAGE-----\n(?:Hash: .*\n)*\n([\s\S]*?)-----BEGIN PGP SIGNATURE-----/.exec(
      input,
    );
  if (!clear) {
    io.stderr(
      'gpg: no valid OpenPGP data found.\ngpg: decrypt_message failed: Unknown system error\n',
    );
    return 2;
  }
  if (!writeOutput(io, output, clear[1] ?? '')) {
    io.stderr(`gpg: can't create '${output}': No such file or directory\n`);
    return 2;
  }
  return checkedBy(io, keyring, legacy, `the signature of ${file ?? 'the message'}`, input);
}
