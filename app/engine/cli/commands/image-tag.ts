/** `docker tag` / `docker image tag`: another name for an image (nothing is copied). */
import { tagImage } from '../../host/images';
import { familiarString, parseReference, withDefaultTag } from '../../images/reference';
import type { CommandSpec } from '../args/spec';
import type { DockerCommand, DockerContext } from '../command';
import type { ParsedArgs } from '../parsed';
import { daemonError, localImage } from './image-common';

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  const [source = '', target = ''] = parsed.args;
  for (const name of [source, target]) {
    const ref = parseReference(name);
    if (!ref.ok) {
      ctx.err(
        `Error parsing reference: ${JSON.stringify(name)} is not a valid repository/tag: ${ref.error}\n`,
      );
      return 1;
    }
  }
  const ref = parseReference(target);
  if (!ref.ok) return 1;
  if (ref.ref.digest) {
    ctx.err('refusing to create a tag with a digest reference\n');
    return 1;
  }
  const found = localImage(ctx.rt.host, source);
  if (!found.ok) return daemonError(ctx, found.error);
  const targetRef = withDefaultTag(ref.ref);
  ctx.rt.updateHost((host) => tagImage(host, targetRef, found.image.id));
  ctx.rt.emit({
    type: 'image-tagged',
    host: ctx.rt.hostName,
    ref: familiarString(targetRef),
    imageId: found.image.id,
  });
  return 0;
}

function spec(usage: string): CommandSpec {
  return {
    name: usage.startsWith('docker tag') ? 'tag' : 'image tag',
    usage,
    short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
    aliases: ['docker image tag', 'docker tag'],
    minArgs: 2,
    maxArgs: 2,
    interspersed: true,
    flags: [],
  };
}

export const tagCommand: DockerCommand = {
  path: ['tag'],
  spec: spec('docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]'),
  run,
};

export const imageTagCommand: DockerCommand = {
  path: ['image', 'tag'],
  spec: spec('docker image tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]'),
  run,
};
