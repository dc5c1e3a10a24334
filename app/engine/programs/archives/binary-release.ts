/**
 * Prebuilt binary release tarballs, the other common download in system-level Dockerfiles
 * (exporters, CLIs, agents), recognised by the three naming schemes most projects use:
 *
 *   Prometheus:  node_exporter-1.8.2.linux-amd64.tar.gz  -> node_exporter-1.8.2.linux-amd64/
 *                {node_exporter, LICENSE, NOTICE}
 *   GoReleaser:  lazygit_0.44.1_Linux_x86_64.tar.gz      -> {lazygit, LICENSE, README.md}
 *                (also hugo_0.143.1_linux-amd64.tar.gz, the same layout)
 *   Helm style:  helm-v3.16.2-linux-amd64.tar.gz         -> linux-amd64/{helm, LICENSE, README.md}
 *
 * The binary is a stand-in of a plausible size (running it does nothing); members are root's,
 * 0755 for the binary and 0644 for the texts (real tarballs carry their builder's ids).
 */
import { blobFile, emptyDir, textFile, withChild, type DirNode } from '../../fs/node';
import type { ArchiveEntry } from '../../shell/programs/archive';
import { sha256Hex } from '../common/hash';

export interface BinaryRelease {
  project: string;
  version: string;
  /** The directory the members sit in, or undefined when they are at the top (GoReleaser). */
  top: string | undefined;
  /** The texts packed beside the binary. */
  texts: readonly string[];
}

const ARCH = '(amd64|arm64|x86_64|aarch64|arm64v8)';

export function binaryRelease(name: string): BinaryRelease | undefined {
  let m = new RegExp(
    `^([A-Za-z][\\w-]*?)-(\\d+\\.\\d+\\.\\d+[\\w.+-]*?)\\.linux-${ARCH}\\.tar\\.gz$`,
  ).exec(name);
  if (m?.[1] && m[2])
    return {
      project: m[1],
      version: m[2],
      top: name.replace(/\.tar\.gz$/, ''),
      texts: ['LICENSE', 'NOTICE'],
    };
  m = new RegExp(
    `^([A-Za-z][\\w-]*?)_v?(\\d+\\.\\d+\\.\\d+[\\w.+-]*?)_[Ll]inux[_-]${ARCH}\\.tar\\.gz$`,
  ).exec(name);
  if (m?.[1] && m[2])
    return { project: m[1], version: m[2], top: undefined, texts: ['LICENSE', 'README.md'] };
  m = new RegExp(
    `^([A-Za-z][\\w-]*?)-v(\\d+\\.\\d+\\.\\d+[\\w.+-]*?)-linux-${ARCH}\\.tar\\.gz$`,
  ).exec(name);
  if (m?.[1] && m[2] && m[3])
    return {
      project: m[1],
      version: m[2],
      top: `linux-${m[3]}`,
      texts: ['LICENSE', 'README.md'],
    };
  return undefined;
}

export function binaryReleaseEntries(release: BinaryRelease): ArchiveEntry[] {
  const { project, version } = release;
  // Statically linked Go or Rust binaries: 8 to 60 MB, stable for the release.
  const size =
    8_000_000 + (parseInt(sha256Hex(`${project}@${version}`).slice(0, 6), 16) % 52_000_000);
  const binary = blobFile(`release-binary:${project}@${version}`, size, 0o755);
  const texts = release.texts.map((name) => ({
    name,
    node: textFile(`${name} of ${project} ${version} (stand-in text)\n`),
  }));
  if (release.top === undefined) return [{ name: project, node: binary }, ...texts];
  let dir: DirNode = emptyDir();
  dir = withChild(dir, project, binary);
  for (const text of texts) dir = withChild(dir, text.name, text.node);
  return [{ name: release.top, node: dir }];
}
