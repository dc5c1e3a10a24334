/**
 * `docker commit`: a new image whose layers are the container's image layers plus its
 * writable layer as one more layer (volume contents are not in it: they never were in the
 * writable layer). The history row records only the container's command, which is why a
 * committed layer has no recipe: a Dockerfile is the reproducible way.
 */
import { layerBlob } from '../catalog/images/layer';
import type { HistoryEntry, ImageConfig } from '../catalog/types';
import { isEmptyTree } from '../fs/tree';
import type { Container } from '../host/containers';
import { storeImage, tagImage } from '../host/images';
import type { HostRuntime } from '../host/runtime';
import { rfc3339Nano } from '../cli/format/go-time';
import { makeImage, type Image } from '../images/image';
import { familiarString, parseReference, withDefaultTag } from '../images/reference';
import { mergeEnv } from './command-line';

export interface CommitRequest {
  /** `REPOSITORY[:TAG]`, or none for a dangling image. */
  reference?: string;
  message?: string;
  author?: string;
  /** `-c 'CMD ["cat", "/x"]'`, `-c 'ENV A=1'`: Dockerfile instructions applied to the config. */
  changes: string[];
}

export type CommitResult = { ok: true; image: Image } | { ok: false; error: string };

const JSON_ARRAY = /^\[.*\]$/s;

function execForm(rest: string): string[] | undefined {
  if (!JSON_ARRAY.test(rest.trim())) return undefined;
  try {
    const parsed: unknown = JSON.parse(rest);
    return Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')
      ? (parsed as string[])
      : undefined;
  } catch {
    return undefined;
  }
}

function keyValues(rest: string): [string, string][] {
  const pairs: [string, string][] = [];
  if (!rest.includes('=')) {
    const [key = '', ...value] = rest.split(/\s+/);
    return [[key, value.join(' ')]];
  }
  for (const m of rest.matchAll(/([^\s=]+)=("([^"]*)"|'([^']*)'|\S*)/g)) {
    pairs.push([m[1]!, m[3] ?? m[4] ?? m[2] ?? '']);
  }
  return pairs;
}

/** Applies one `--change` instruction; returns an error in the daemon's words. */
export function applyChange(config: ImageConfig, change: string): ImageConfig | string {
  const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(change);
  const keyword = (m?.[1] ?? '').toUpperCase();
  const rest = (m?.[2] ?? '').trim();
  const shell = (text: string) => [...(config.Shell ?? ['/bin/sh', '-c']), text];
  switch (keyword) {
    case 'CMD':
      return { ...config, Cmd: execForm(rest) ?? shell(rest) };
    case 'ENTRYPOINT':
      return { ...config, Entrypoint: execForm(rest) ?? shell(rest) };
    case 'ENV':
      return {
        ...config,
        Env: mergeEnv(
          config.Env ?? [],
          keyValues(rest).map(([k, v]) => `${k}=${v}`),
        ),
      };
    case 'LABEL':
      return {
        ...config,
        Labels: { ...(config.Labels ?? {}), ...Object.fromEntries(keyValues(rest)) },
      };
    case 'WORKDIR':
      return { ...config, WorkingDir: rest };
    case 'USER':
      return { ...config, User: rest };
    case 'STOPSIGNAL':
      return { ...config, StopSignal: rest };
    case 'EXPOSE': {
      const ports = { ...(config.ExposedPorts ?? {}) };
      for (const p of rest.split(/\s+/).filter(Boolean)) {
        const [port = '', proto = 'tcp'] = p.split('/');
        // A port or a range of ports; anything else the daemon refuses.
        const range = /^(\d+)(?:-(\d+))?$/.exec(port);
        const first = Number(range?.[1]);
        const last = Number(range?.[2] ?? range?.[1]);
        if (!range || first > 65535 || last > 65535 || last < first)
          return `Invalid containerPort: ${port}`;
        for (let n = first; n <= last; n++) ports[`${n}/${proto}`] = {};
      }
      return { ...config, ExposedPorts: ports };
    }
    case 'VOLUME': {
      const volumes = { ...(config.Volumes ?? {}) };
      for (const v of execForm(rest) ?? rest.split(/\s+/).filter(Boolean)) volumes[v] = {};
      return { ...config, Volumes: volumes };
    }
    case 'ONBUILD':
      return { ...config, OnBuild: [...(config.OnBuild ?? []), rest] };
    default:
      // RUN, COPY and made-up words alike: the daemon names the instruction in lower case.
      return `${keyword.toLowerCase()} is not a valid change command`;
  }
}

/** The image config a commit starts from: the image's, with what the container changed. */
function containerConfig(image: Image, c: Container): ImageConfig {
  const config: ImageConfig = {
    ...image.config,
    Env: [...c.env],
    WorkingDir: c.workingDir,
    User: c.user,
  };
  if (c.cmd && c.cmd.length > 0) config.Cmd = [...c.cmd];
  else delete config.Cmd;
  if (c.entrypoint && c.entrypoint.length > 0) config.Entrypoint = [...c.entrypoint];
  else delete config.Entrypoint;
  if (Object.keys(c.labels).length > 0) config.Labels = { ...c.labels };
  return config;
}

export function commitContainer(
  rt: HostRuntime,
  c: Container,
  request: CommitRequest,
  now: number,
): CommitResult {
  const base = rt.host.images[c.image];
  if (!base) return { ok: false, error: `No such image: ${c.imageRef}` };
  let ref;
  if (request.reference !== undefined) {
    const parsed = parseReference(request.reference);
    if (!parsed.ok || parsed.ref.digest) {
      return { ok: false, error: `invalid reference format` };
    }
    ref = withDefaultTag(parsed.ref);
  }
  let config = containerConfig(base, c);
  for (const change of request.changes) {
    const applied = applyChange(config, change);
    if (typeof applied === 'string') return { ok: false, error: applied };
    config = applied;
  }
  const empty = isEmptyTree(c.upper);
  const blob = layerBlob(c.upper);
  // As the daemon writes it: RFC3339Nano, no trailing zeros (`.709Z`, not `.709000000Z`).
  const created = rfc3339Nano(now);
  const entry: HistoryEntry = {
    created,
    created_by: (c.cmd ?? []).join(' '),
    ...(request.author ? { author: request.author } : {}),
    ...(request.message ? { comment: request.message } : {}),
    ...(empty ? { empty_layer: true } : {}),
  };
  const image = makeImage({
    config,
    diffIds: empty ? [...base.diffIds] : [...base.diffIds, blob.diffId],
    history: [...base.history, entry],
    created,
    ...(request.author ? { author: request.author } : {}),
    ...(request.message ? { comment: request.message } : {}),
    parent: base.id,
    userland: base.userland,
    ...(base.distro ? { distro: base.distro } : {}),
  });
  rt.updateHost((host) => storeImage(host, image, empty ? [] : [blob]));
  if (ref) {
    const tagged = ref;
    rt.updateHost((host) => tagImage(host, tagged, image.id));
    rt.emit({
      type: 'image-tagged',
      host: rt.hostName,
      ref: familiarString(tagged),
      imageId: image.id,
    });
  }
  rt.emit({ type: 'image-committed', host: rt.hostName, imageId: image.id, containerId: c.id });
  return { ok: true, image };
}
