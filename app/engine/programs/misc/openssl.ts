/**
 * openssl (3.5): version, message digests (`openssl sha512 -r file`, `dgst -sha256`),
 * `rand -hex/-base64` (derived from the clock and arguments, not random), and key and
 * self-signed certificate generation (`req -x509 -newkey ... -keyout -out`, `genrsa`),
 * which write PEM files whose bodies are stand-ins: no key material is computed.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, writeText } from '../common/fs-helpers';
import { base64OfHex, sha512Hex } from '../common/hash';
import { contentDigest, type Algorithm } from '../checksum/digest';

const DIGESTS: Record<string, [Algorithm, string]> = {
  md5: ['md5', 'MD5'],
  sha1: ['sha1', 'SHA1'],
  sha224: ['sha224', 'SHA2-224'],
  sha256: ['sha256', 'SHA2-256'],
  sha384: ['sha384', 'SHA2-384'],
  sha512: ['sha512', 'SHA2-512'],
};

function value(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function pem(label: string, seed: string, bytes: number): string {
  const body = base64OfHex(sha512Hex(seed).repeat(Math.ceil(bytes / 64))).slice(
    0,
    Math.ceil((bytes * 4) / 3),
  );
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function digest(io: ProgramIO, algorithm: string, args: string[]): number {
  const entry = DIGESTS[algorithm];
  if (!entry) {
    io.stderr(
      `dgst: Unknown option or message digest: ${algorithm}\ndgst: Use -help for summary.\n`,
    );
    return 1;
  }
  const [alg, label] = entry;
  const reverse = args.includes('-r');
  const files = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '-out');
  const inputs = files.length > 0 ? files : ['-'];
  let unchecked = false;
  for (const file of inputs) {
    const read = file === '-' ? undefined : io.fs.readFile(absolute(io.cwd, file));
    if (read && !read.ok) {
      io.stderr(`Could not open file or uri for loading ${file}\n`);
      return 1;
    }
    const node = read?.value.node;
    const content =
      read === undefined
        ? { text: io.stdin }
        : read.value.text !== undefined
          ? { text: read.value.text }
          : { blob: node?.kind === 'file' ? (node.blob ?? '') : '', size: read.value.size };
    const result = contentDigest(alg, content);
    if (!result.exact) unchecked = true;
    const name = file === '-' ? 'stdin' : file;
    io.stdout(reverse ? `${result.hex} *${name}\n` : `${label}(${name})= ${result.hex}\n`);
  }
  if (unchecked)
    io.note(
      `openssl computed the digest of a simulated file's identity, not of real bytes: it is stable but is not the checksum the real download has, so a comparison with a published checksum fails here.`,
    );
  return 0;
}

export const opensslProgram: Program = (argv, io) => {
  const [command = '', ...args] = argv.slice(1);
  switch (command) {
    case 'version':
      io.stdout('OpenSSL 3.5.1 1 Jul 2025 (Library: OpenSSL 3.5.1 1 Jul 2025)\n');
      return 0;
    case 'dgst': {
      const alg = args.find((a) => a.startsWith('-') && DIGESTS[a.slice(1)])?.slice(1) ?? 'sha256';
      return digest(
        io,
        alg,
        args.filter((a) => a.slice(1) !== alg),
      );
    }
    case 'rand': {
      const n = Number(args.find((a) => /^\d+$/.test(a)) ?? '32');
      const hex = sha512Hex(`rand:${io.now}:${args.join(' ')}`)
        .repeat(Math.ceil((n * 2) / 128))
        .slice(0, n * 2);
      io.stdout(args.includes('-base64') ? `${base64OfHex(hex)}\n` : `${hex}\n`);
      io.note('openssl rand printed bytes derived from the simulated clock, not random ones.');
      return 0;
    }
    case 'genrsa':
    case 'genpkey':
    case 'req': {
      const out = value(args, '-out');
      const keyout = command === 'req' ? value(args, '-keyout') : out;
      const bits = Number(
        args.find((a) => /^\d{3,5}$/.test(a)) ?? /rsa:(\d+)/.exec(args.join(' '))?.[1] ?? 2048,
      );
      const seed = `${io.now}:${args.join(' ')}`;
      if (keyout)
        writeText(
          io.fs,
          absolute(io.cwd, keyout),
          pem('PRIVATE KEY', `key:${seed}`, Math.round(bits * 0.6)),
          0o600,
        );
      if (command === 'req' && out)
        writeText(
          io.fs,
          absolute(io.cwd, out),
          pem(
            args.includes('-x509') ? 'CERTIFICATE' : 'CERTIFICATE REQUEST',
            `cert:${seed}`,
            Math.round(bits * 0.45),
          ),
        );
      if (!keyout && !out) io.stdout(pem('PRIVATE KEY', `key:${seed}`, Math.round(bits * 0.6)));
      if (command === 'req' && keyout) io.stderr('-----\n');
      io.note(
        `openssl ${command} wrote stand-in PEM files: no key was generated, so they would not work with a real TLS client.`,
      );
      return 0;
    }
    default:
      if (DIGESTS[command]) return digest(io, command, args);
      io.stderr(`Invalid command '${command}'; type "help" for a list.\n`);
      return 1;
  }
};
