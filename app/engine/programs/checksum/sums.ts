/**
 * md5sum, sha1sum, sha224sum, sha256sum, sha384sum and sha512sum, GNU or BusyBox: print
 * checksums, or check a list of them with -c (`echo "$SHA *file" | sha256sum -c -`, as
 * official Dockerfiles verify their downloads). Text files are checked for real; a blob's
 * bytes are not modelled, so a listed blob passes with a note saying it was not checked.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute } from '../common/fs-helpers';
import { contentDigest, digestHex, HEX_LENGTH, type Algorithm } from './digest';
import { cannotMatchDownload } from './placeholder';

const FLAGS: Record<string, string> = {
  c: 'check',
  b: 'binary',
  t: 'text',
  s: 'status',
  w: 'warn',
  z: 'zero',
};

const TAG: Record<Algorithm, string> = {
  md5: 'MD5',
  sha1: 'SHA1',
  sha224: 'SHA224',
  sha256: 'SHA256',
  sha384: 'SHA384',
  sha512: 'SHA512',
};

type Read = { ok: true; hex: string; exact: boolean } | { ok: false; error: string };

function digestOf(io: ProgramIO, algorithm: Algorithm, name: string): Read {
  if (name === '-') return { ok: true, hex: digestHex(algorithm, io.stdin), exact: true };
  const read = io.fs.readFile(absolute(io.cwd, name));
  if (!read.ok) {
    const dir = io.fs.stat(absolute(io.cwd, name));
    return { ok: false, error: dir.ok ? 'Is a directory' : 'No such file or directory' };
  }
  const node = read.value.node;
  const content =
    read.value.text !== undefined
      ? { text: read.value.text }
      : { blob: node.kind === 'file' ? (node.blob ?? '') : '', size: read.value.size };
  return { ok: true, ...contentDigest(algorithm, content) };
}

export function checksumProgram(algorithm: Algorithm): Program {
  const tool = `${algorithm}sum`;
  return (argv, io) => {
    const options = new Set<string>();
    const files: string[] = [];
    let ended = false;
    for (const arg of argv.slice(1)) {
      if (ended || arg === '-' || !arg.startsWith('-')) files.push(arg);
      else if (arg === '--') ended = true;
      else if (arg.startsWith('--')) options.add(arg.slice(2));
      else for (const letter of arg.slice(1)) options.add(FLAGS[letter] ?? letter);
    }
    const unknown = [...options].find(
      (o) =>
        ![
          'check',
          'binary',
          'text',
          'status',
          'warn',
          'quiet',
          'strict',
          'ignore-missing',
          'tag',
          'zero',
        ].includes(o),
    );
    if (unknown) {
      io.stderr(
        io.userland === 'busybox'
          ? `${tool}: unrecognized option '${unknown}'\n`
          : `${tool}: ${unknown.length === 1 ? `invalid option -- '${unknown}'` : `unrecognized option '--${unknown}'`}\nTry '${tool} --help' for more information.\n`,
      );
      return 1;
    }
    if (files.length === 0) files.push('-');
    if (options.has('check')) return check(io, algorithm, tool, files, options);
    let status = 0;
    for (const file of files) {
      const read = digestOf(io, algorithm, file);
      if (!read.ok) {
        io.stderr(`${tool}: ${file}: ${read.error}\n`);
        status = 1;
        continue;
      }
      io.stdout(
        options.has('tag')
          ? `${TAG[algorithm]} (${file}) = ${read.hex}\n`
          : `${read.hex} ${options.has('binary') ? '*' : ' '}${file}\n`,
      );
    }
    return status;
  };
}

function check(
  io: ProgramIO,
  algorithm: Algorithm,
  tool: string,
  lists: string[],
  options: Set<string>,
): number {
  const quiet = options.has('quiet');
  const silent = options.has('status');
  const length = HEX_LENGTH[algorithm];
  const plain = new RegExp(`^\\\\?([0-9a-fA-F]{${length}}) [ *](.+)$`);
  const tagged = new RegExp(`^${TAG[algorithm]} \\((.+)\\) = ([0-9a-fA-F]{${length}})$`);
  let failed = 0;
  let unreadable = 0;
  let malformed = 0;
  let total = 0;
  const unchecked: string[] = [];
  for (const list of lists) {
    const text = list === '-' ? io.stdin : io.fs.readFile(absolute(io.cwd, list));
    const body = typeof text === 'string' ? text : text.ok ? (text.value.text ?? '') : undefined;
    if (body === undefined) {
      io.stderr(`${tool}: ${list}: No such file or directory\n`);
      return 1;
    }
    let proper = 0;
    for (const line of body.split('\n')) {
      if (line.trim() === '') continue;
      const m = plain.exec(line);
      const t = m ? undefined : tagged.exec(line);
      const expected = (m?.[1] ?? t?.[2])?.toLowerCase();
      const name = m?.[2] ?? t?.[1];
      if (!expected || name === undefined) {
        // BusyBox counts a line it cannot read as a failed check; GNU warns about it.
        if (io.userland === 'busybox') {
          total++;
          failed++;
          proper++;
        } else malformed++;
        continue;
      }
      proper++;
      total++;
      const read = digestOf(io, algorithm, name);
      if (!read.ok) {
        if (options.has('ignore-missing')) continue;
        unreadable++;
        if (!silent) io.stderr(`${tool}: ${name}: ${read.error}\n`);
        if (!silent) io.stdout(`${name}: FAILED open or read\n`);
        continue;
      }
      const trusted = !read.exact && !cannotMatchDownload(algorithm, expected);
      const ok = read.hex === expected || trusted;
      if (trusted) unchecked.push(name);
      if (!ok) failed++;
      if (!silent && !(ok && quiet)) io.stdout(`${name}: ${ok ? 'OK' : 'FAILED'}\n`);
    }
    if (proper === 0) {
      const shown = list === '-' ? "'standard input'" : /\s/.test(list) ? `'${list}'` : list;
      io.stderr(`${tool}: ${shown}: no properly formatted checksum lines found\n`);
      return 1;
    }
  }
  if (unchecked.length > 0)
    io.note(
      `${tool} did not really check ${unchecked.join(', ')}: a simulated download has no bytes, so its ${TAG[algorithm]} checksum cannot be computed. It passes, as the genuine file would; a tampered or truncated download would fail here.`,
    );
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (!silent && io.userland === 'busybox') {
    if (failed + unreadable > 0)
      io.stderr(
        `${tool}: WARNING: ${failed + unreadable} of ${total} computed checksums did NOT match\n`,
      );
  } else if (!silent) {
    if (malformed > 0)
      io.stderr(
        `${tool}: WARNING: ${plural(malformed, 'line is', 'lines are')} improperly formatted\n`,
      );
    if (unreadable > 0)
      io.stderr(
        `${tool}: WARNING: ${plural(unreadable, 'listed file', 'listed files')} could not be read\n`,
      );
    if (failed > 0)
      io.stderr(
        `${tool}: WARNING: ${plural(failed, 'computed checksum', 'computed checksums')} did NOT match\n`,
      );
  }
  return failed + unreadable > 0 || (options.has('strict') && malformed > 0) ? 1 : 0;
}
