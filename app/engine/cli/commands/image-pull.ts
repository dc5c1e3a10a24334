/**
 * `docker pull` / `docker image pull`: the client part (the default tag, --all-tags, -q,
 * the reference printed at the end) around the registry's pullImage.
 */
import { familiarName, qualifiedString } from '../../images/reference';
import { pullImage } from '../../registry/pull';
import { remoteTags } from '../../registry/resolve';
import type { DockerContext } from '../command';
import type { ParsedArgs } from '../parsed';
import { commandPair } from './command-pair';
import { daemonError, referenceArgument } from './image-common';

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  const quiet = parsed.flags.bool('quiet');
  const allTags = parsed.flags.bool('all-tags');
  const ref = referenceArgument(ctx, parsed.args[0] ?? '');
  if (!ref) return 1;
  const write = quiet ? undefined : (text: string) => ctx.out(text);
  if (allTags) {
    if (ref.tag || ref.digest) {
      ctx.err("tag can't be used with --all-tags/-a\n");
      return 1;
    }
    const tags = remoteTags(ctx.rt.world, ref, ctx.rt.catalog);
    if (tags.length === 0) {
      const single = pullImage(ctx, { ...ref, tag: 'latest' }, { ...(write ? { write } : {}) });
      if (!single.ok) return daemonError(ctx, single.error);
    }
    let downloaded = false;
    for (const tag of tags) {
      const outcome = pullImage(
        ctx,
        { ...ref, tag },
        { ...(write ? { write } : {}), noStatus: true },
      );
      if (!outcome.ok) return daemonError(ctx, outcome.error);
      downloaded ||= outcome.downloaded;
    }
    const status = downloaded ? 'Downloaded newer image for' : 'Image is up to date for';
    if (!quiet) ctx.out(`Status: ${status} ${familiarName(ref)}\n`);
    ctx.out(`${ref.domain}/${ref.path}\n`);
    return 0;
  }
  if (!ref.tag && !ref.digest && !quiet) ctx.out('Using default tag: latest\n');
  const outcome = pullImage(ctx, ref, write ? { write } : {});
  if (!outcome.ok) return daemonError(ctx, outcome.error);
  ctx.out(`${qualifiedString(outcome.ref)}\n`);
  return 0;
}

export const [imagePullCommand, pullCommand] = commandPair({
  group: 'image',
  top: 'pull',
  sub: 'pull',
  usage: '[OPTIONS] NAME[:TAG|@DIGEST]',
  short: 'Download an image from a registry',
  minArgs: 1,
  maxArgs: 1,
  flags: [
    {
      long: 'all-tags',
      short: 'a',
      type: 'bool',
      help: 'Download all tagged images in the repository',
    },
    {
      long: 'disable-content-trust',
      type: 'bool',
      default: true,
      help: 'Skip image verification',
    },
    {
      long: 'platform',
      type: 'string',
      help: 'Set platform if server is multi-platform capable',
    },
    { long: 'quiet', short: 'q', type: 'bool', help: 'Suppress verbose output' },
  ],
  run,
});
