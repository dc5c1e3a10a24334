/**
 * `docker container inspect` and `docker inspect`, which looks a name up as a container
 * first, then as an image, then as a volume (or only as `--type` says). Rendering and Go
 * templates are shared with `docker image inspect`.
 */
import { findLocalImage } from '../../../host/images';
import { inspectContainer } from '../../../runtime/inspect';
import { findContainer } from '../../../runtime/lookup';
import { inspectVolume } from '../../../runtime/volume-inspect';
import type { DockerCommand, DockerContext } from '../../command';
import type { GoStruct } from '../../format/go-value';
import type { ParsedArgs } from '../../parsed';
import { missingImageName } from '../image-common';
import { imageInspectObject } from '../image-inspect-data';
import { printInspect } from '../image-inspect';
import { settle } from './common';
import { CONTAINER_INSPECT_FLAGS, INSPECT_FLAGS } from './flags';

function containerInspect(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const objects: GoStruct[] = [];
  const errors: string[] = [];
  for (const ref of parsed.args) {
    const found = findContainer(ctx.rt.host, ref);
    if (found.ok)
      objects.push(
        inspectContainer(ctx.rt.host, found.container, parsed.flags.bool('size')) as GoStruct,
      );
    else errors.push(`Error response from daemon: ${found.error}`);
  }
  return printInspect(ctx, objects, parsed.flags.string('format'), errors);
}

/** With --type, docker passes that lookup's daemon error on; without, its own. */
function notFound(type: string | undefined, name: string): string {
  switch (type) {
    case undefined:
      return `Error: No such object: ${name}`;
    case 'container':
      return `Error response from daemon: No such container: ${name}`;
    case 'image':
      return `Error response from daemon: No such image: ${missingImageName(name)}`;
    case 'volume':
      return `Error response from daemon: get ${name}: no such volume`;
    default:
      return `Error: No such ${type}: ${name}`;
  }
}

function inspectAny(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const host = ctx.rt.host;
  const type = parsed.flags.string('type');
  if (
    type !== undefined &&
    ![
      'container',
      'image',
      'volume',
      'network',
      'node',
      'plugin',
      'secret',
      'service',
      'task',
      'config',
    ].includes(type)
  ) {
    ctx.err(
      `unknown type: "${type}": must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\n`,
    );
    return 1;
  }
  const objects: GoStruct[] = [];
  const errors: string[] = [];
  for (const name of parsed.args) {
    const container = !type || type === 'container' ? findContainer(host, name) : undefined;
    if (container?.ok) {
      objects.push(
        inspectContainer(host, container.container, parsed.flags.bool('size')) as GoStruct,
      );
      continue;
    }
    const image = !type || type === 'image' ? findLocalImage(host, name) : undefined;
    if (image) {
      objects.push(imageInspectObject(host, image));
      continue;
    }
    const volume = !type || type === 'volume' ? host.volumes[name] : undefined;
    if (volume) {
      objects.push(inspectVolume(volume) as GoStruct);
      continue;
    }
    errors.push(notFound(type, name));
  }
  return printInspect(ctx, objects, parsed.flags.string('format'), errors);
}

export const INSPECT_COMMANDS: DockerCommand[] = [
  {
    path: ['container', 'inspect'],
    spec: {
      name: 'container inspect',
      usage: 'docker container inspect [OPTIONS] CONTAINER [CONTAINER...]',
      short: 'Display detailed information on one or more containers',
      minArgs: 1,
      interspersed: true,
      flags: CONTAINER_INSPECT_FLAGS,
    },
    run: containerInspect,
  },
  {
    path: ['inspect'],
    spec: {
      name: 'inspect',
      usage: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]',
      short: 'Return low-level information on Docker objects',
      minArgs: 1,
      interspersed: true,
      flags: INSPECT_FLAGS,
    },
    run: inspectAny,
  },
];
