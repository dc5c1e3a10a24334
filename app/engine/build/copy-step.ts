/**
 * COPY and ADD: sources from the build context, a stage or an image, placed into a fresh
 * layer over the stage. The cache input is the content of the sources, not their times.
 */
import type { AddCommand, CopyCommand } from '../dockerfile/commands/types';
import { serializeLayer, sha256Hex } from '../fs/digest';
import { describeDownload } from '../programs/net/downloads';
import { OverlayFs } from '../fs/overlay';
import { blobFile, emptyDir, textFile, type DirNode, type LiveNode } from '../fs/node';
import { basename, dirname, resolvePath } from '../fs/path';
import { placements, resolveSources, type CopySource } from './copy';
import { lookupUser } from './users';
import { unpackedArchive } from './add-archive';
import type { FsEvent } from '../fs/events';

export interface CopyInput {
  command: CopyCommand | AddCommand;
  /** Sources and dest after variable expansion. */
  sources: string[];
  dest: string;
  /** Where sources come from: the context tree, or the merged tree of a stage or image. */
  sourceRoot: DirNode;
  layers: readonly DirNode[];
  workdir: string;
  /** BuildKit names the context snapshot in its error (`ref ID::ID`). */
  refId: string;
}

export type CopyOutput =
  | {
      ok: true;
      upper: DirNode;
      events: FsEvent[];
      contentKey: string;
      notes: string[];
      bytes: number;
    }
  | { ok: false; message: string };

const URL = /^https?:\/\//;

/**
 * A stand-in for a downloaded file, as curl and wget would have it (programs/net/downloads.ts:
 * real sizes for well-known release assets such as tini and gosu). BuildKit saves it 0600.
 */
function downloaded(url: string): LiveNode {
  const download = describeDownload(url);
  return download.text !== undefined
    ? textFile(download.text, 0o600)
    : blobFile(`download:${url}`, download.size, 0o600);
}

function sourceKey(sources: readonly CopySource[]): string {
  return sha256Hex(
    sources
      .map(
        ({ path, node }) =>
          `${path}\n${node.kind === 'dir' ? serializeLayer(node) : serializeLayer({ ...emptyDir(), children: { f: node } })}`,
      )
      .join('\n'),
  );
}

export function executeCopy(input: CopyInput): CopyOutput {
  const { command } = input;
  const notes: string[] = [];
  const sources: CopySource[] = [];
  for (const heredoc of command.heredocSources) {
    sources.push({ path: `/${heredoc.name}`, node: textFile(heredoc.content) });
  }
  const local = input.sources.filter((s) => !(command.kind === 'ADD' && URL.test(s)));
  for (const url of input.sources.filter((s) => command.kind === 'ADD' && URL.test(s))) {
    sources.push({ path: `/${basename(url.split('?')[0] ?? url)}`, node: downloaded(url) });
    notes.push(`ADD ${url}: nothing was downloaded; the file is a stand-in of plausible size.`);
  }
  if (local.length > 0) {
    const found = resolveSources(input.sourceRoot, local);
    if (!found.ok)
      return {
        ok: false,
        message: `failed to compute cache key: failed to calculate checksum of ref ${input.refId}: "${found.missing}": not found`,
      };
    // ADD unpacks a local tar archive into the destination (add-archive.ts).
    for (const source of found.sources) {
      const tree = command.kind === 'ADD' ? unpackedArchive(source.node) : undefined;
      sources.push(tree ? { path: source.path, node: tree, unpacked: true } : source);
    }
  }
  const fs = new OverlayFs(input.layers);
  const dest = resolvePath(input.workdir || '/', input.dest);
  const endsWithSlash = /\/\.?$/.test(input.dest) || input.dest === '.';
  const existing = fs.stat(dest);
  // BuildKit, unlike the classic builder, does not refuse several sources (or a wildcard)
  // with a destination that is not a directory: each lands at the destination in turn and
  // the last one stays (recorded on Docker 20.10; see fixtures/docker/README.md). So the
  // common `COPY --from=build /app/target/*.jar app.jar` makes the file app.jar.
  const destIsDir = endsWithSlash || (existing.ok && existing.value.node.kind === 'dir');
  let owner;
  if (command.chown) {
    const user = lookupUser(fs, command.chown);
    if (!user.ok) return { ok: false, message: user.error };
    owner = { uid: user.user.uid, gid: user.user.gid };
  }
  const mode = command.chmod ? parseInt(command.chmod, 8) : undefined;
  if (mode !== undefined && Number.isNaN(mode))
    return { ok: false, message: `invalid chmod parameter ${command.chmod}` };
  let bytes = 0;
  for (const placement of placements(sources, dest, destIsDir, {
    ...(owner ? { owner } : {}),
    ...(mode !== undefined ? { mode } : {}),
  })) {
    const parent = placement.node.kind === 'dir' ? placement.dest : dirname(placement.dest);
    // Directories the step makes take --chown, every level of them (recorded on 20.10).
    const made = fs.mkdir(parent, { parents: true, ...(owner ? { owner } : {}) });
    if (!made.ok)
      return {
        ok: false,
        message: `mkdir ${parent}: ${made.error === 'ENOTDIR' ? 'not a directory' : made.error}`,
      };
    const put = fs.putTree(placement.dest, placement.node);
    if (!put.ok) return { ok: false, message: `copy ${placement.dest}: ${put.error}` };
    bytes += placement.node.kind === 'file' ? placement.node.size : 0;
  }
  return {
    ok: true,
    upper: fs.upper,
    events: fs.events,
    contentKey: sourceKey(sources),
    notes,
    bytes,
  };
}
