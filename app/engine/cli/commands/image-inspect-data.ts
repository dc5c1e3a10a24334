/**
 * The object `docker image inspect` prints for an image (Engine API 1.51, Docker 28): no
 * Container, ContainerConfig or VirtualSize any more, Config still with the empty
 * container-only fields Docker 29 drops. Built as Go structs so --format templates see
 * docker's field names and JSON keeps docker's field order.
 *
 * `inspectImage` is also what `docker inspect NAME` falls back to when NAME is no container.
 */
import { chainIds } from '../../fs/digest';
import { sha256Hex } from '../../fs/digest';
import { imageSize, tagsOf } from '../../host/images';
import type { HostState } from '../../host/state';
import type { Image } from '../../images/image';
import { goNilMap, goNilSlice, goStruct, type GoStruct } from '../format/go-value';
import { goTimeText } from '../format/go-time';
import { healthConfigStruct } from '../format/health-config';
import { localImage } from './image-common';

const NO_TIME = '0001-01-01T00:00:00Z';

/** BuildKit marks CMD and ENTRYPOINT as already escaped (a Windows detail kept in every config). */
function argsEscaped(image: Image): boolean {
  return image.history.some(
    (h) => h.comment === 'buildkit.dockerfile.v0' && /^(CMD|ENTRYPOINT) \[/.test(h.created_by),
  );
}

function configStruct(image: Image): GoStruct {
  const c = image.config;
  return goStruct(
    'container.Config',
    {
      Hostname: '',
      Domainname: '',
      User: c.User,
      AttachStdin: false,
      AttachStdout: false,
      AttachStderr: false,
      // Nil slices and maps: JSON null (or left out), yet templates print [] and map[].
      ExposedPorts: c.ExposedPorts ?? goNilMap(),
      Tty: false,
      OpenStdin: false,
      StdinOnce: false,
      Env: c.Env.length > 0 ? c.Env : goNilSlice(),
      Cmd: c.Cmd ?? goNilSlice(),
      Healthcheck: healthConfigStruct(c.Healthcheck) ?? null,
      ArgsEscaped: argsEscaped(image),
      Image: '',
      Volumes: c.Volumes ?? goNilMap(),
      WorkingDir: c.WorkingDir,
      Entrypoint: c.Entrypoint ?? goNilSlice(),
      OnBuild: c.OnBuild ?? goNilSlice(),
      Labels: c.Labels ?? goNilMap(),
      StopSignal: c.StopSignal,
      Shell: c.Shell,
    },
    { omitEmpty: ['ExposedPorts', 'Healthcheck', 'ArgsEscaped', 'StopSignal', 'Shell'] },
  );
}

/** overlay2 keeps each layer in a directory of its own, named after the layer chain. */
export function overlayDir(chainId: string): string {
  return `/var/lib/docker/overlay2/${sha256Hex(`overlay2:${chainId}`)}`;
}

function graphDriver(image: Image): GoStruct {
  const chain = chainIds(image.diffIds);
  const top = chain[chain.length - 1];
  if (!top) return goStruct('storage.DriverData', { Data: null, Name: 'overlay2' });
  const lower = chain
    .slice(0, -1)
    .reverse()
    .map((id) => `${overlayDir(id)}/diff`);
  const dir = overlayDir(top);
  const data: Record<string, string> = {
    ...(lower.length > 0 ? { LowerDir: lower.join(':') } : {}),
    MergedDir: `${dir}/merged`,
    UpperDir: `${dir}/diff`,
    WorkDir: `${dir}/work`,
  };
  return goStruct('storage.DriverData', { Data: data, Name: 'overlay2' });
}

/** The daemon fills an empty Comment from the last history entry. */
function comment(image: Image): string {
  return image.comment ?? image.history[image.history.length - 1]?.comment ?? '';
}

export function imageInspectObject(host: HostState, image: Image): GoStruct {
  const tags = tagsOf(host, image.id);
  return goStruct('image.InspectResponse', {
    Id: image.id,
    RepoTags: tags,
    RepoDigests: image.repoDigests,
    Parent: image.parent ?? '',
    Comment: comment(image),
    Created: goTimeText(image.created),
    DockerVersion: '',
    Author: image.author ?? '',
    Config: configStruct(image),
    Architecture: 'amd64',
    Os: 'linux',
    Size: imageSize(host, image),
    GraphDriver: graphDriver(image),
    RootFS: goStruct(
      'image.RootFS',
      { Type: 'layers', Layers: image.diffIds },
      { omitEmpty: ['Layers'] },
    ),
    Metadata: goStruct('image.Metadata', {
      LastTagTime: tags.length > 0 ? goTimeText(image.created) : NO_TIME,
    }),
  });
}

export type ImageInspection = { ok: true; object: GoStruct } | { ok: false; error: string };

/**
 * `docker image inspect NAME`'s object, or the daemon's error (`No such image: x:latest`)
 * for the caller to print after "Error response from daemon: ".
 */
export function inspectImage(host: HostState, name: string): ImageInspection {
  const found = localImage(host, name);
  if (!found.ok) return found;
  return { ok: true, object: imageInspectObject(host, found.image) };
}
