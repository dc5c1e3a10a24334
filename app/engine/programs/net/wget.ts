/**
 * wget, GNU or BusyBox (Alpine's wget is a BusyBox applet, and words things its own way):
 * -O FILE, -O- (to stdout), -q, -P DIR, --no-verbose. Downloads are simulated (no network).
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, isDir } from '../common/fs-helpers';
import { hasOption, optionValue, parseArgs } from '../common/args';
import { transferMs } from '../common/sizes';
import { addressOf, describeDownload, offlineNote, type Download } from './downloads';
import type { KnownContentResolver } from '../archives/known-content';
import { contentToPipe } from '../../shell/programs/archive';

export const wgetProgram: Program = (argv, io) => wget(argv, io);

/** wget that writes what `known` knows a URL serves (release archives, checksum lists). */
export function wgetWithKnownContent(known: KnownContentResolver): Program {
  return (argv, io) => wget(argv, io, known);
}

function wget(argv: string[], io: ProgramIO, known?: KnownContentResolver): number {
  const parsed = parseArgs(argv.slice(1), {
    short: {
      O: 'output-document',
      q: 'quiet',
      P: 'directory-prefix',
      c: 'continue',
      V: 'version',
      T: 'timeout',
      t: 'tries',
      U: 'user-agent',
      S: 'server-response',
    },
    takesValue: [
      'output-document',
      'directory-prefix',
      'timeout',
      'tries',
      'user-agent',
      'progress',
      'header',
      'post-data',
      'ca-certificate',
      'wait',
    ],
  });
  const busybox = io.userland === 'busybox';
  if (hasOption(parsed, 'version')) {
    io.stdout(
      busybox
        ? 'BusyBox v1.37.0 (2025-06-19 10:00:00 UTC) multi-call binary.\n'
        : 'GNU Wget 1.25.0 built on linux-gnu.\n',
    );
    return 0;
  }
  const [url] = parsed.operands;
  if (!url) {
    io.stderr(
      busybox
        ? 'BusyBox v1.37.0 multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n'
        : "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n",
    );
    return 1;
  }
  const quiet = hasOption(parsed, 'quiet') || hasOption(parsed, 'no-verbose', 'nv');
  const download = describeDownload(url);
  const modelled = known?.(url, download.size, 'wget');
  io.note(modelled?.note ?? offlineNote('wget', download));
  io.spend(transferMs(download.size) + 200);
  const target = optionValue(parsed, 'output-document');
  if (target === '-') {
    if (modelled) io.stdout(contentToPipe(modelled.content));
    else if (download.text !== undefined) io.stdout(download.text);
    else
      io.note(
        `wget wrote ${download.size} bytes of binary content to standard output; the simulation passes no bytes on, so a command reading them (tar, sh) gets nothing.`,
      );
    return 0;
  }
  const prefix = optionValue(parsed, 'directory-prefix');
  const name = target ?? download.fileName;
  const path = absolute(io.cwd, prefix && !target ? `${prefix}/${name}` : name);
  if (!isDir(io.fs, path.slice(0, path.lastIndexOf('/')) || '/')) {
    io.stderr(
      busybox
        ? `wget: can't open '${name}': No such file or directory\n`
        : `${name}: No such file or directory\n`,
    );
    return busybox ? 1 : 3;
  }
  if (!quiet) io.stderr(busybox ? busyboxLog(download, name) : gnuLog(io, download, name));
  const written = modelled
    ? io.fs.writeFile(path, modelled.content)
    : download.text !== undefined
      ? io.fs.writeFile(path, { text: download.text })
      : io.fs.writeFile(path, { blob: `download:${url}`, size: download.size });
  return written.ok ? 0 : 3;
}

function host(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? url;
}

function busyboxLog(download: Download, name: string): string {
  const h = host(download.url);
  const port = download.url.startsWith('http://') ? 80 : 443;
  const kb = `${Math.round(download.size / 1024)}k`;
  return (
    `Connecting to ${h} (${addressOf(h)}:${port})\n` +
    `saving to '${name}'\n` +
    `${name.slice(0, 20).padEnd(20)} 100% |********************************| ${kb.padStart(5)}  0:00:00 ETA\n` +
    `'${name}' saved\n`
  );
}

function gnuLog(io: ProgramIO, download: Download, name: string): string {
  const h = host(download.url);
  const stamp = new Date(io.now).toISOString().slice(0, 19).replace('T', ' ');
  const ip = addressOf(h);
  const port = download.url.startsWith('http://') ? 80 : 443;
  const mb = download.size / 1024 / 1024;
  const short = mb >= 1 ? `${mb.toFixed(1)}M` : `${Math.round(download.size / 1024)}K`;
  const rate = ((download.size / Math.max(transferMs(download.size), 1)) * 1000) / 1e6;
  return (
    `--${stamp}--  ${download.url}\n` +
    `Resolving ${h} (${h})... ${ip}\n` +
    `Connecting to ${h} (${h})|${ip}|:${port}... connected.\n` +
    'HTTP request sent, awaiting response... 200 OK\n' +
    `Length: ${download.size} (${short}) [${download.contentType}]\n` +
    `Saving to: ‘${name}’\n\n` +
    `${stamp} (${rate.toFixed(1)} MB/s) - ‘${name}’ saved [${download.size}/${download.size}]\n\n`
  );
}
