/**
 * `docker pull` / `docker image pull`: the client part (the default tag, --all-tags, -q,
 * the reference printed at the end) around the registry's pullImage.
 */
import { familiarName, parseReference, qualifiedString } from '../../images/reference';
import { pullImage } from '../../registry/pull';
import { remoteTags } from '../../registry/resolve';
import type { DockerContext } from '../command';
import type { ParsedArgs } from '../parsed';
import { commandPair } from './command-pair';
import { daemonError } from './image-common';

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  const input = parsed.args[0] ?? '';
  const quiet = parsed.flags.bool('quiet');
  const allTags = parsed.flags.bool('all-tags');
  const ref = parseReference(input);
  if (!ref.ok) {
    ctx.err(`${ref.error}\n`);
    return 1;
  }
  const write = quiet ? undefined : (text: string) => ctx.out(text);
  if (allTags) {
    if (ref.ref.tag || ref.ref.digest) {
      ctx.err("tag can't be used with --all-tags/-a\n");
      return 1;
    }
    const tags = remoteTags(ctx.rt.world, ref.ref, ctx.rt.catalog);
    if (tags.length === 0) {
      const single = pullImage(ctx, { ...ref.ref, tag: 'latest' }, { ...(write ? { write } : {}) });
      if (!single.ok) return daemonError(ctx, single.error);
    }
    let downloaded = false;
    for (const tag of tags) {
      const outcome = pullImage(
        ctx,
        { ...ref.ref, tag },
        { ...(write ? { write } : {}), noStatus: true },
      );
      if (!outcome.ok) return daemonError(ctx, outcome.error);
      downloaded ||= outcome.downloaded;
    }
    const status = downloaded ? 'Downloaded newer image for' : 'Image is up to date for';
    if (!quiet) ctx.out(`Status: ${status} ${familiarName(ref.ref)}\n`);
    ctx.out(`${ref.ref.domain}/${ref.ref.path}\n`);
    return 0;
  }
  if (!ref.ref.tag && !ref.ref.digest && !quiet) ctx.out('Using default tag: latest\n');
  const outcome = pullImage(ctx, ref.ref, write ? { write } : {});
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
