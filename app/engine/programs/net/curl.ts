/**
 * curl: -o/-O (with --create-dirs), -fsSL and the other flags Dockerfiles use, -I, --version.
 * Without -o the body goes to stdout (an install script piped into sh gets a harmless
 * stand-in). The progress meter goes to stderr unless -s.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { dirname } from '../../fs/path';
import { absolute, ensureDir, isDir } from '../common/fs-helpers';
import { hasOption, optionValues, parseArgs } from '../common/args';
import { transferMs } from '../common/sizes';
import { describeDownload, offlineNote, type Download } from './downloads';
import type { KnownContentResolver } from '../archives/known-content';
import { contentToPipe } from '../../shell/programs/archive';

const SHORT = {
  f: 'fail',
  s: 'silent',
  S: 'show-error',
  L: 'location',
  o: 'output',
  O: 'remote-name',
  I: 'head',
  k: 'insecure',
  v: 'verbose',
  V: 'version',
  H: 'header',
  X: 'request',
  d: 'data',
  u: 'user',
  A: 'user-agent',
  m: 'max-time',
  w: 'write-out',
  C: 'continue-at',
  e: 'referer',
  x: 'proxy',
  T: 'upload-file',
  F: 'form',
  b: 'cookie',
  c: 'cookie-jar',
  r: 'range',
  z: 'time-cond',
  '#': 'progress-bar',
  '4': 'ipv4',
  '6': 'ipv6',
  J: 'remote-header-name',
  g: 'globoff',
};
const VALUES = [
  'output',
  'header',
  'request',
  'data',
  'user',
  'user-agent',
  'max-time',
  'write-out',
  'continue-at',
  'referer',
  'proxy',
  'upload-file',
  'form',
  'cookie',
  'cookie-jar',
  'range',
  'time-cond',
  'retry',
  'retry-delay',
  'retry-max-time',
  'connect-timeout',
  'proto',
  'proto-redir',
  'cacert',
  'data-binary',
  'data-raw',
  'data-urlencode',
  'output-dir',
  'tlsv1.2',
  'ciphers',
  'resolve',
  'max-redirs',
];

export const curlProgram: Program = (argv, io) => curl(argv, io);

/** curl that writes what `known` knows a URL serves (release archives, checksum lists). */
export function curlWithKnownContent(known: KnownContentResolver): Program {
  return (argv, io) => curl(argv, io, known);
}

function curl(argv: string[], io: ProgramIO, known?: KnownContentResolver): number {
  const parsed = parseArgs(argv.slice(1), { short: SHORT, takesValue: VALUES });
  if (hasOption(parsed, 'version')) {
    io.stdout(
      'curl 8.14.1 (x86_64-pc-linux-gnu) libcurl/8.14.1 OpenSSL/3.5.1 zlib/1.3.1 brotli/1.1.0 zstd/1.5.7 libidn2/2.3.8 libpsl/0.21.2 libssh2/1.11.1 nghttp2/1.64.0 nghttp3/1.8.0 librtmp/2.3 OpenLDAP/2.6.10\n' +
        'Release-Date: 2025-06-04, security patched: 8.14.1-2\n' +
        'Protocols: dict file ftp ftps gopher gophers http https imap imaps ipfs ipns ldap ldaps mqtt pop3 pop3s rtmp rtmpe rtmps rtmpt rtmpte rtmpts rtsp scp sftp smb smbs smtp smtps telnet tftp ws wss\n' +
        'Features: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTP3 HTTPS-proxy IDN IPv6 Kerberos Largefile libz NTLM PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd\n',
    );
    return 0;
  }
  const urls = parsed.operands;
  if (urls.length === 0) {
    io.stderr("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const silent = hasOption(parsed, 'silent');
  const showError = hasOption(parsed, 'show-error');
  const outputs = optionValues(parsed, 'output');
  const remoteName = hasOption(parsed, 'remote-name', 'remote-name-all');
  for (const [index, url] of urls.entries()) {
    const download = describeDownload(url);
    const modelled = known?.(url, download.size, 'curl');
    io.note(modelled?.note ?? offlineNote('curl', download));
    if (hasOption(parsed, 'head')) {
      io.stdout(
        `HTTP/2 200 \r\ncontent-type: ${download.contentType}\r\ncontent-length: ${download.size}\r\n\r\n`,
      );
      continue;
    }
    const output = outputs[index] ?? (remoteName ? download.fileName : undefined);
    io.spend(transferMs(download.size) + 150);
    if (output === undefined || output === '-') {
      if (modelled) io.stdout(contentToPipe(modelled.content));
      else if (download.text !== undefined) io.stdout(download.text);
      else
        io.note(
          `curl wrote ${download.size} bytes of binary content to standard output; the simulation passes no bytes on, so a command reading them (tar, sh) gets nothing.`,
        );
      if (!silent) meter(io, download);
      continue;
    }
    const dir = optionValues(parsed, 'output-dir')[0];
    const path = absolute(io.cwd, dir ? `${dir}/${output}` : output);
    if (hasOption(parsed, 'create-dirs')) ensureDir(io.fs, dirname(path));
    if (!isDir(io.fs, dirname(path)) || isDir(io.fs, path)) {
      if (!silent || showError)
        io.stderr(
          `curl: (23) client returned ERROR on write of ${Math.min(download.size, 16384)} bytes\n`,
        );
      return 23;
    }
    if (!silent) meter(io, download);
    const written = modelled
      ? io.fs.writeFile(path, modelled.content)
      : download.text !== undefined
        ? io.fs.writeFile(path, { text: download.text })
        : io.fs.writeFile(path, { blob: `download:${url}`, size: download.size });
    if (!written.ok) {
      if (!silent || showError)
        io.stderr(
          `curl: (23) Failure writing output to destination, passed ${download.size} returned 0\n`,
        );
      return 23;
    }
  }
  return 0;
}

/** curl's progress meter, final state only (what a non-terminal log keeps). */
function meter(io: ProgramIO, download: Download): void {
  const total = human(download.size);
  const speed = human(Math.round((download.size / Math.max(transferMs(download.size), 1)) * 1000));
  io.stderr(
    '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
      '                                 Dload  Upload   Total   Spent    Left  Speed\n' +
      `100 ${total.padStart(5)}  100 ${total.padStart(5)}    0     0  ${speed.padStart(5)}      0 --:--:-- --:--:-- --:--:-- ${speed.padStart(5)}\n`,
  );
}

/** curl's 5-character sizes: "2296k", "10.2M", "833". */
function human(bytes: number): string {
  if (bytes < 100_000) return String(bytes);
  if (bytes < 10_000 * 1024) return `${Math.round(bytes / 1024)}k`;
  const mib = bytes / 1024 / 1024;
  return mib < 100 ? `${mib.toFixed(1)}M` : `${Math.round(mib)}M`;
}
