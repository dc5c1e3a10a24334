/**
 * Small text files that come with releases and that Dockerfiles read: Node.js's
 * SHASUMS256.txt (plain and clearsigned) and ASCII-armoured detached signatures (`.asc`).
 * Checksums are the simulation's own (sha256 of the simulated content, so `sha256sum -c`
 * agrees with them); signatures are stand-ins that gpg accepts without checking.
 */
import { base64OfHex, sha256Hex, sha512Hex } from '../common/hash';

/** Release files listed in a Node.js SHASUMS256.txt, after `node-v<version>-`. */
const NODE_ASSETS = [
  'aix-ppc64.tar.gz',
  'darwin-arm64.tar.gz',
  'darwin-arm64.tar.xz',
  'darwin-x64.tar.gz',
  'darwin-x64.tar.xz',
  'headers.tar.gz',
  'headers.tar.xz',
  'linux-arm64.tar.gz',
  'linux-arm64.tar.xz',
  'linux-armv7l.tar.gz',
  'linux-armv7l.tar.xz',
  'linux-ppc64le.tar.gz',
  'linux-ppc64le.tar.xz',
  'linux-s390x.tar.gz',
  'linux-s390x.tar.xz',
  'linux-x64.tar.gz',
  'linux-x64.tar.xz',
  'win-arm64.7z',
  'win-arm64.zip',
  'win-x64.7z',
  'win-x64.zip',
  'x64.msi',
];

/**
 * SHASUMS256.txt for a Node.js release. `checksumOf(url)` gives the simulation's checksum
 * of a file it can produce (the linux tarballs) and undefined for the others.
 */
export function nodeShasums(
  version: string,
  checksumOf: (url: string) => string | undefined,
): string {
  const base = `https://nodejs.org/dist/v${version}`;
  const names = [
    ...NODE_ASSETS.map((asset) => `node-v${version}-${asset}`),
    `node-v${version}.pkg`,
    `node-v${version}.tar.gz`,
    `node-v${version}.tar.xz`,
  ].sort();
  return names
    .map(
      (name) =>
        `${checksumOf(`${base}/${name}`) ?? sha256Hex(`release:${base}/${name}`)}  ${name}\n`,
    )
    .join('');
}

/** A clearsigned message, as `gpg --clearsign` writes it (the signature is a stand-in). */
export function clearsigned(body: string): string {
  return (
    '-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n' +
    body +
    '-----BEGIN PGP SIGNATURE-----\n\n' +
    armour(`clearsign:${body}`) +
    '-----END PGP SIGNATURE-----\n'
  );
}

/** An ASCII-armoured detached signature for a file (`.asc`), a stand-in of the real size. */
export function detachedSignature(url: string): string {
  return (
    '-----BEGIN PGP SIGNATURE-----\n\n' +
    armour(`detached:${url}`) +
    '-----END PGP SIGNATURE-----\n'
  );
}

/** 64-column base64 lines derived from a seed, about the size of an RSA-4096 signature. */
function armour(seed: string): string {
  const bytes = base64OfHex(sha512Hex(seed).repeat(8)).slice(0, 683);
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += 64) lines.push(bytes.slice(i, i + 64));
  return `${lines.join('\n')}=\n=${base64OfHex(sha256Hex(seed).slice(0, 6))}\n`;
}
