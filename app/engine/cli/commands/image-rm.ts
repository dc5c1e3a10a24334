/** `docker rmi` / `docker image rm`: untag and delete images, one name at a time. */
import { settleContainers } from '../../runtime/transitions';
import type { DockerContext } from '../command';
import type { ParsedArgs } from '../parsed';
import { commandPair } from './command-pair';
import { removeImage } from './image-remove';

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  settleContainers(ctx.rt, ctx.now());
  let status = 0;
  for (const name of parsed.args) {
    const result = removeImage(ctx.rt, name, {
      force: parsed.flags.bool('force'),
      prune: !parsed.flags.bool('no-prune'),
    });
    for (const record of result.records) ctx.out(`${record.kind}: ${record.ref}\n`);
    if (!result.ok) {
      ctx.err(`Error response from daemon: ${result.error}\n`);
      // With -f a missing image is still reported, but is not a failure (runtime-rmi-conflicts).
      const missing = result.error.startsWith('No such image:');
      if (!(parsed.flags.bool('force') && missing)) status = 1;
    } else if (result.note) ctx.io.note(result.note);
  }
  return status;
}

export const [imageRmCommand, rmiCommand] = commandPair({
  group: 'image',
  top: 'rmi',
  sub: 'rm',
  subAliases: ['remove'],
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  minArgs: 1,
  flags: [
    { long: 'force', short: 'f', type: 'bool', help: 'Force removal of the image' },
    { long: 'no-prune', type: 'bool', help: 'Do not delete untagged parents' },
    {
      long: 'platform',
      type: 'stringArray',
      hidden: true,
      help: 'Remove only the given platform variants',
    },
  ],
  run,
});
