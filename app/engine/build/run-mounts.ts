/**
 * What a RUN's --mount options put in front of the command, as BuildKit mounts them:
 * - bind: a file or folder of the build context (or of a stage or image with from=), so
 *   `--mount=type=bind,source=requirements.txt,target=requirements.txt pip install -r ...`
 *   (every `docker init` template) reads the file without a COPY layer;
 * - cache: a folder that outlives the step, kept per id (the target unless id= says) across
 *   RUNs and builds on the host, so `go mod download` then `go build` download once;
 * - tmpfs: an empty folder.
 * None of it ends up in the layer (run-step strips the targets afterwards). A bind is
 * read-only unless it says `rw`; what an `rw` bind is given is thrown away with the step. Secrets and ssh
 * sockets are not given to the build, so those mounts stay empty.
 */
import type { RunMount } from '../dockerfile/commands/mounts';
import { serializeLayer, sha256Hex } from '../fs/digest';
import { emptyDir, type DirNode, type LiveNode } from '../fs/node';
import { OverlayFs } from '../fs/overlay';
import { resolvePath, splitPath } from '../fs/path';
import { getAt, setAt } from '../fs/tree';
import { cleanPattern } from './match';
import type { StageState } from './stage-state';
import type { StepContext } from './step-context';
import { sourceRootFor } from './step-copy';

/** The build cache key under which a cache mount's contents are kept. */
export const cacheMountKey = (id: string): string => `mount:${id}`;

export interface PreparedMounts {
  /** A layer over the stage holding what is mounted, each mounted folder opaque. */
  layer: DirNode;
  /** Every mount target, absolute: their contents stay out of the step's layer. */
  targets: string[];
  /** Folder targets: BuildKit leaves an empty mount point there when the path was new. */
  folderTargets: string[];
  /** Bind mounts without `rw`: writing under them fails with "Read-only file system". */
  readOnlyTargets: string[];
  /** Cache mounts: what to keep after the step, and under which id. */
  caches: { id: string; target: string }[];
  /** What the step's cache key must include: the content of bind-mounted sources. */
  contentKey: string;
}

export type MountsResult = { ok: true; mounts: PreparedMounts } | { ok: false; message: string };

export function prepareMounts(
  ctx: StepContext,
  state: StageState,
  mounts: readonly RunMount[],
): MountsResult {
  const workdir = state.config.WorkingDir || '/';
  const { shared } = ctx;
  let layer = emptyDir();
  const prepared: PreparedMounts = {
    layer,
    targets: [],
    folderTargets: [],
    readOnlyTargets: [],
    caches: [],
    contentKey: '',
  };
  const contentParts: string[] = [];
  const below = new OverlayFs(state.layers.map((l) => l.tree));
  for (const { mount } of mounts) {
    if (!mount || mount.type === 'ssh' || !mount.target) continue;
    const target = resolvePath(workdir, mount.target);
    prepared.targets.push(target);
    let node: LiveNode;
    if (mount.type === 'bind') {
      const root = sourceRootFor(ctx, mount.from);
      if (!root.ok) return { ok: false, message: root.message };
      const source = cleanPattern(mount.source ?? '.');
      const found =
        source === '' || source === '.' ? root.root : getAt(root.root, splitPath(source));
      if (!found || found.kind === 'whiteout') {
        const { now } = shared.env;
        const refId = `${sha256Hex(`ref:${now}`).slice(0, 25)}::${sha256Hex(`snap:${now}`).slice(0, 25)}`;
        return {
          ok: false,
          message: `failed to compute cache key: failed to calculate checksum of ref ${refId}: "/${source}": not found`,
        };
      }
      node = found;
      if (mount.readOnly) prepared.readOnlyTargets.push(target);
      contentParts.push(
        `${target}\n${node.kind === 'dir' ? serializeLayer(node) : serializeLayer({ ...emptyDir(), children: { f: node } })}`,
      );
    } else if (mount.type === 'cache') {
      const id = mount.id ?? target;
      const key = cacheMountKey(id);
      const kept = shared.cache[key]?.tree ?? shared.env.host.buildCache[key]?.tree;
      node = kept ?? emptyDir(mount.mode ?? 0o755, { uid: mount.uid ?? 0, gid: mount.gid ?? 0 });
      prepared.caches.push({ id, target });
    } else node = emptyDir();
    if (node.kind === 'dir') {
      prepared.folderTargets.push(target);
      node = { ...node, opaque: true };
    }
    layer = setAt(withParents(layer, splitPath(target), below), splitPath(target), node);
  }
  prepared.layer = layer;
  prepared.contentKey = contentParts.length > 0 ? sha256Hex(contentParts.join('\n')) : '';
  return { ok: true, mounts: prepared };
}

/**
 * The mount layer's folders above a target take the stage's own metadata, so a mount under
 * /app (owned by `node`, say) leaves /app as it was: a root-owned stand-in would stop a
 * non-root RUN from writing there.
 */
function withParents(layer: DirNode, parts: readonly string[], below: OverlayFs): DirNode {
  let out = layer;
  for (let depth = 1; depth < parts.length; depth++) {
    const prefix = parts.slice(0, depth);
    if (getAt(out, prefix)) continue;
    const st = below.stat('/' + prefix.join('/'));
    const meta = st.ok && st.value.node.kind === 'dir' ? st.value.node : emptyDir();
    out = setAt(out, prefix, { ...emptyDir(meta.mode, { uid: meta.uid, gid: meta.gid }) });
  }
  return out;
}
