/** `docker rmi` / `docker image rm`: untag and delete images, one name at a time. */
import { settleContainers } from '../../runtime/transitions';
import type { CommandSpec } from '../args/spec';
import type { DockerCommand, DockerContext } from '../command';
import type { ParsedArgs } from '../parsed';
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

function spec(usage: string): CommandSpec {
  return {
    name: usage.startsWith('docker rmi') ? 'rmi' : 'image rm',
    usage,
    short: 'Remove one or more images',
    aliases: ['docker image rm', 'docker image remove', 'docker rmi'],
    minArgs: 1,
    interspersed: true,
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
  };
}

export const rmiCommand: DockerCommand = {
  path: ['rmi'],
  spec: spec('docker rmi [OPTIONS] IMAGE [IMAGE...]'),
  run,
};

export const imageRmCommand: DockerCommand = {
  path: ['image', 'rm'],
  aliases: [['image', 'remove']],
  spec: spec('docker image rm [OPTIONS] IMAGE [IMAGE...]'),
  run,
};
