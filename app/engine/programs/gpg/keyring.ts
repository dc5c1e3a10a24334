/**
 * GnuPG's state as files in GNUPGHOME (a `mktemp -d` folder in official Dockerfiles, else
 * ~/.gnupg): the keyring (pubring.kbx for GnuPG 2, pubring.gpg for 1.4) and trustdb.gpg.
 * Real keyrings are binary; here the keyring is a blob whose identity lists the imported
 * fingerprints, so every gpg run sees what earlier ones imported, and the layer carries a
 * file of a realistic size. Key owners come from a table of keys official images use.
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, ensureDir, exists, writeBlob } from '../common/fs-helpers';
import { unitFromName } from '../common/hash';

const KEYRING_PREFIX = 'gpg-keyring:';

/** Release signing keys that official Dockerfiles fetch, by fingerprint. */
const KNOWN_KEYS: Record<string, string> = {
  // Node.js releasers (nodejs/node README, "Release keys")
  '5BE8A3F6C8A5C01D106C0AD820B1A390B168D356': 'Antoine du Hamel <duhamelantoine1995@gmail.com>',
  DD792F5973C6DE52C432CBDAC77ABFA00DDBF2B7: 'Juan José Arboleda <soyjuanarbol@gmail.com>',
  CC68F5A3106FF448322E48ED27F5E38D5B0A215F: 'Marco Ippolito <marcoippolito54@gmail.com>',
  '8FCCA13FEF1D0C2E91008E09770F7A9A5AE15600': 'Michaël Zasso <targos@protonmail.com>',
  '890C08DB8579162FEE0DF9DB8BEAB4DFCF555EF4': 'Rafael Gonzaga <rafael.nunu@hotmail.com>',
  C82FA3AE1CBEDC6BE46B9360C43CEC45C17AB93C: 'Richard Lau <rlau@redhat.com>',
  '108F52B48DB57BB0CC439B2997B01419BD92F80A': 'Ruy Adorno <ruyadorno@hotmail.com>',
  A363A499291CBBC940DD62E41F10027AF002F8B0: 'Ulises Gascón <ulisesgascongonzalez@gmail.com>',
  '6A010C5166006599AA17F08146C2130DFD2497F5': 'Yarn Packaging <yarn@dan.cx>',
  '573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62': 'nginx signing key <signing-key@nginx.com>',
  '8540A6F18833A80E9C1653A42FD21310B49F6B46': 'nginx signing key <signing-key-2@nginx.com>',
  '9E9BE90EACBCDE69FE9B204CBCDCD8A38D88A2B3': 'nginx signing key <signing-key-3@nginx.com>',
  EB4C1BFD4F042F6DDDCCEC917721F63BD38B4796:
    'Google Inc. (Linux Packages Signing Authority) <linux-packages-keymaster@google.com>',
  '2F528D36D67B69EDF998D85778BD65473CB3BD13':
    'Google Inc. (Linux Packages Signing Authority) <linux-packages-keymaster@google.com>',
  '7169605F62C751356D054A26A821E680E5FA6305': 'Hugo van Kemenade <hugo@python.org>',
  A035C8C19219BA821ECEA86B64E628F8D684696D: 'Thomas Wouters <thomas@python.org>',
  B42F6819007F00F88E364FD4036A9C25BF357DD4: 'Tianon Gravi <tianon@tianon.xyz>',
  '595E85A6B1B4779EA4DAAEC70B588DFF0527A9B7': 'Thomas Orozco <thomas@orozco.fr>',
};

export interface Key {
  fingerprint: string;
  uid: string;
  /** Whether the owner is known (else the uid is a stand-in). */
  known: boolean;
}

/** A fingerprint or key id as typed (`'EB4C 1BFD ...'`, `0x...`), normalised; undefined if not hex. */
export function normaliseKeyId(text: string): string | undefined {
  const hex = text.replace(/\s+/g, '').replace(/^0x/i, '').toUpperCase();
  return /^[0-9A-F]{8,40}$/.test(hex) ? hex : undefined;
}

export function keyFor(id: string): Key {
  const fingerprint = Object.keys(KNOWN_KEYS).find((f) => f.endsWith(id)) ?? id.padStart(40, '0');
  const uid = KNOWN_KEYS[fingerprint];
  return uid
    ? { fingerprint, uid, known: true }
    : { fingerprint, uid: `Key ${fingerprint.slice(-16)} (owner not modelled)`, known: false };
}

export function longId(key: Key): string {
  return key.fingerprint.slice(-16);
}

export function shortId(key: Key): string {
  return key.fingerprint.slice(-8);
}

/** "5BE8 A3F6 C8A5 C01D 106C  0AD8 20B1 A390 B168 D356", as gpg prints fingerprints. */
export function spacedFingerprint(fingerprint: string): string {
  const groups = fingerprint.match(/.{1,4}/g) ?? [];
  return `${groups.slice(0, 5).join(' ')}  ${groups.slice(5).join(' ')}`;
}

/** A stable creation date for a key's listing (real dates are not modelled). */
export function keyDate(key: Key): string {
  const u = unitFromName(key.fingerprint);
  const year = 2014 + Math.floor(u * 10);
  const month = 1 + Math.floor((u * 120) % 12);
  const day = 1 + Math.floor((u * 3100) % 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function gnupgHome(io: ProgramIO, homedir?: string): string {
  return absolute(io.cwd, homedir ?? io.env.GNUPGHOME ?? `${io.env.HOME ?? io.user.home}/.gnupg`);
}

export class Keyring {
  readonly path: string;
  readonly keys: string[];

  constructor(
    private readonly io: ProgramIO,
    readonly home: string,
    private readonly legacy: boolean,
    keyringFile?: string,
  ) {
    const name = legacy ? 'pubring.gpg' : 'pubring.kbx';
    this.path = keyringFile ? absolute(home, keyringFile) : `${home}/${name}`;
    const read = io.fs.readFile(this.path);
    const node = read.ok ? read.value.node : undefined;
    const blob = node?.kind === 'file' ? (node.blob ?? '') : '';
    this.keys = blob.startsWith(KEYRING_PREFIX)
      ? blob.slice(KEYRING_PREFIX.length).split(',').filter(Boolean)
      : [];
  }

  find(id: string): Key | undefined {
    const fingerprint = this.keys.find((f) => f.endsWith(id));
    return fingerprint ? keyFor(fingerprint) : undefined;
  }

  /** Prepares GNUPGHOME as gpg does on first use; returns the lines gpg prints about it. */
  prepare(): string[] {
    const io = this.io;
    const lines: string[] = [];
    if (!exists(io.fs, this.home)) {
      ensureDir(io.fs, this.home, 0o700);
      lines.push(`gpg: directory '${this.home}' created`);
    }
    if (!exists(io.fs, this.path)) {
      if (this.legacy) {
        writeBlob(io.fs, `${this.home}/secring.gpg`, 'gpg-secring:', 0, 0o600);
        lines.push(`gpg: keyring \`${this.home}/secring.gpg' created`);
        lines.push(`gpg: keyring \`${this.path}' created`);
      } else lines.push(`gpg: keybox '${this.path}' created`);
      this.save();
    }
    return lines;
  }

  /** Adds keys; returns whether each was new. */
  add(keys: Key[]): boolean[] {
    const added = keys.map((key) => {
      if (this.keys.includes(key.fingerprint)) return false;
      this.keys.push(key.fingerprint);
      return true;
    });
    this.save();
    return added;
  }

  /** Creates trustdb.gpg if missing; returns gpg's line about it. */
  ensureTrustdb(): string[] {
    const path = `${this.home}/trustdb.gpg`;
    if (exists(this.io.fs, path)) return [];
    writeBlob(this.io.fs, path, `gpg-trustdb:${this.home}`, 1_200, 0o600);
    return [`gpg: ${path}: trustdb created`];
  }

  private save(): void {
    // ~1.6 KB per RSA-4096 public key with its signatures, as real keyrings measure.
    const size = this.keys.length === 0 ? 32 : this.keys.length * 1_650;
    writeBlob(this.io.fs, this.path, `${KEYRING_PREFIX}${this.keys.join(',')}`, size, 0o644);
  }
}
