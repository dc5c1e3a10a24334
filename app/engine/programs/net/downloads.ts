/**
 * What a URL would serve, without a network: a plausible size (real sizes for well-known
 * release assets such as gosu, tini, Node, Go and Python tarballs; by file type otherwise),
 * a content type, and, for install scripts piped into sh, a harmless script that says what
 * it stands for. The content itself is a blob, so unpacking it is not modelled.
 */
import { unitFromName } from '../common/hash';

export interface Download {
  url: string;
  /** The file name curl -O and wget would save under. */
  fileName: string;
  size: number;
  contentType: string;
  /** Text content, for scripts and small text files; undefined for binary content. */
  text?: string;
}

const KNOWN: [RegExp, number][] = [
  [/tianon\/gosu\/releases\/download\/.*\/gosu-amd64\.asc$/, 833],
  [/tianon\/gosu\/releases\/download\/.*\/gosu-amd64$/, 2_351_104],
  [/krallin\/tini\/releases\/download\/.*\/tini-static(-amd64)?$/, 867_240],
  [/krallin\/tini\/releases\/download\/.*\/tini(-amd64)?\.asc$/, 833],
  [/krallin\/tini\/releases\/download\/.*\/tini(-amd64)?$/, 24_064],
  [/node-v[\d.]+-linux-x64\.tar\.xz$/, 30_214_440],
  [/node-v[\d.]+-linux-x64\.tar\.gz$/, 52_112_861],
  [/go[\d.]+\.linux-amd64\.tar\.gz$/, 75_543_214],
  [/Python-[\d.]+\.tar\.xz$/, 22_873_160],
  [/Python-[\d.]+\.tgz$/, 29_912_083],
  [/yarn-v[\d.]+\.tar\.gz$/, 1_250_000], // about: Yarn 1's release tarball is ~1.2 MB
  [/get-pip\.py$/, 2_284_331],
  [/docker-[\d.]+\.tgz$/, 75_800_112],
];

const BY_TYPE: [RegExp, number, number, string][] = [
  [/\.(asc|sig|sha256|sha256sum|sha512|md5)$/, 100, 900, 'text/plain'],
  [/\.(tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tar\.zst)$/, 3_000_000, 25_000_000, 'application/gzip'],
  [/\.zip$/, 2_000_000, 15_000_000, 'application/zip'],
  [/\.(deb|rpm|apk)$/, 500_000, 5_000_000, 'application/vnd.debian.binary-package'],
  [/\.(json|yaml|yml|toml)$/, 800, 6_000, 'application/json'],
  [/\.(sh|bash|py|pl)$/, 4_000, 30_000, 'text/x-shellscript'],
  [/\.(txt|md|conf|cfg|ini|pem|crt|key|gpg)$/, 500, 8_000, 'text/plain'],
  [/\.(jar|war)$/, 1_000_000, 60_000_000, 'application/java-archive'],
];

export function describeDownload(url: string): Download {
  const path = url.replace(/^[a-z]+:\/\//i, '').replace(/[?#].*$/, '');
  const last = path.split('/').filter(Boolean).slice(1).pop() ?? '';
  const fileName = last === '' ? 'index.html' : decodeURIComponent(last);
  const unit = unitFromName(url);
  for (const [pattern, size] of KNOWN) {
    if (pattern.test(path)) return { url, fileName, size, contentType: 'application/octet-stream' };
  }
  if (isInstallScript(path)) {
    const text = `#!/bin/sh\n# Downloaded from ${url} in Layercake's simulation: the real script is not modelled.\nexit 0\n`;
    return { url, fileName, size: text.length, contentType: 'text/x-shellscript', text };
  }
  for (const [pattern, min, max, contentType] of BY_TYPE) {
    if (pattern.test(path))
      return { url, fileName, size: Math.round(min + unit * (max - min)), contentType };
  }
  if (/\/releases\/download\//.test(path)) {
    return {
      url,
      fileName,
      size: Math.round(5_000_000 + unit * 20_000_000),
      contentType: 'application/octet-stream',
    };
  }
  return { url, fileName, size: Math.round(1_200 + unit * 40_000), contentType: 'text/html' };
}

/** Install scripts people pipe into a shell (`curl ... | sh`). */
function isInstallScript(path: string): boolean {
  return (
    /\.(sh|bash)$/.test(path) ||
    /(get\.docker\.com|sh\.rustup\.rs|install\.python-poetry\.org|deb\.nodesource\.com\/setup_|astral\.sh\/uv\/install|bun\.sh\/install|get\.pnpm\.io)/.test(
      path,
    )
  );
}

export function offlineNote(tool: string, download: Download): string {
  return `${tool} did not connect to ${download.url.replace(/^([a-z]+:\/\/[^/]+).*$/i, '$1')}: Layercake has no network. The download is simulated: its size (${download.size} bytes) is what this URL typically serves, its content is not modelled.`;
}

/** A made-up but stable address for a host, for wget's Resolving/Connecting lines. */
export function addressOf(host: string): string {
  const u = unitFromName(host);
  return `151.101.${Math.floor(u * 256)}.${Math.floor((u * 65536) % 256)}`;
}
