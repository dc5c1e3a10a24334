/** `docker tag` / `docker image tag`: another name for an image (nothing is copied). */
import { tagImage } from '../../host/images';
import { familiarString, parseReference, withDefaultTag } from '../../images/reference';
import type { DockerContext } from '../command';
import type { ParsedArgs } from '../parsed';
import { commandPair } from './command-pair';
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

export const [imageTagCommand, tagCommand] = commandPair({
  group: 'image',
  top: 'tag',
  sub: 'tag',
  usage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  minArgs: 2,
  maxArgs: 2,
  flags: [],
  run,
});
