/**
 * gpg's key files: --export (binary, or ASCII armour with --armor) and --import, which move
 * the keyring's records between GNUPGHOME folders, and --dearmor, which turns a downloaded
 * ASCII key (`curl .../gpg | gpg --dearmor -o /etc/apt/keyrings/x.gpg`) into the binary
 * keyring apt reads. Keys carry no real material: files hold the fingerprints they stand for.
 */
import type { ProgramIO } from '../../shell/program';
import { contentToPipe } from '../../shell/programs/archive';
import { absolute } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { Keyring, keyFor, longId, normaliseKeyId, type Key } from './keyring';

export function readInput(io: ProgramIO, file: string | undefined): string | undefined {
  if (file === undefined || file === '-') return io.stdin;
  const read = io.fs.readFile(absolute(io.cwd, file));
  if (!read.ok) return undefined;
  return (
    read.value.text ??
    contentToPipe({
      blob: read.value.node.kind === 'file' ? (read.value.node.blob ?? '') : '',
      size: read.value.size,
    })
  );
}

export function exportKeys(
  io: ProgramIO,
  keyring: Keyring,
  operands: string[],
  armor: boolean,
): number {
  const keys = (
    operands.length > 0
      ? operands.map((o) => keyring.find(normaliseKeyId(o) ?? o))
      : keyring.keys.map(keyFor)
  ).filter((k): k is Key => k !== undefined);
  if (keys.length === 0) {
    io.stderr('gpg: WARNING: nothing exported\n');
    return 0;
  }
  const identity = `gpg-export:${keys.map((k) => k.fingerprint).join(',')}`;
  io.stdout(
    armor
      ? `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${sha256Hex(identity)}\n-----END PGP PUBLIC KEY BLOCK-----\n`
      : contentToPipe({ blob: identity, size: keys.length * 1_650 }),
  );
  return 0;
}

export function importOrDearmor(
  io: ProgramIO,
  keyring: Keyring,
  command: string,
  file: string | undefined,
  output: string | undefined,
): number {
  const input = readInput(io, file);
  if (input === undefined) {
    io.stderr(`gpg: can't open '${file}': No such file or directory\n`);
    return 2;
  }
  const fingerprints = /gpg-export:([0-9A-F,]+)/.exec(input)?.[1]?.split(',') ?? [];
  if (command === 'import') {
    const keys =
      fingerprints.length > 0
        ? fingerprints.map(keyFor)
        : [keyFor(sha256Hex(input).slice(0, 40).toUpperCase())];
    const lines = [...keyring.prepare(), ...keyring.ensureTrustdb()];
    const added = keyring.add(keys);
    keys.forEach((key, i) =>
      lines.push(
        `gpg: key ${longId(key)}: ${added[i] ? `public key "${key.uid}" imported` : `"${key.uid}" not changed`}`,
      ),
    );
    lines.push(
      `gpg: Total number processed: ${keys.length}`,
      `gpg:               imported: ${added.filter(Boolean).length}`,
    );
    io.stderr(`${lines.join('\n')}\n`);
    return 0;
  }
  // --dearmor: ASCII armour to binary (about three quarters of the size), and back.
  const identity = `gpg-dearmor:${fingerprints.join(',') || sha256Hex(input)}`;
  const content = { blob: identity, size: Math.max(1, Math.round(input.length * 0.73)) };
  if (output && output !== '-') io.fs.writeFile(absolute(io.cwd, output), content);
  else io.stdout(contentToPipe(content));
  return 0;
}
