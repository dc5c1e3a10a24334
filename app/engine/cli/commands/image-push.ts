/**
 * `docker push` / `docker image push`: find the local tag, ask the registry which layers it
 * already has, upload the rest and the manifest. The registry is shared world state, so
 * another host can pull what this one pushed (registry/README.md says which registries
 * exist and who may push where).
 */
import type { LayerBlob } from '../../catalog/types';
import { familiarName, familiarString, type ImageRef } from '../../images/reference';
import { storedUser } from '../../registry/credentials';
import { planPush } from '../../registry/push';
import { registryFor } from '../../registry/registries';
import type { DockerContext } from '../command';
import type { ParsedArgs } from '../parsed';
import { commandPair } from './command-pair';
import { referenceArgument } from './image-common';

/** Pushes one tag; prints its lines; false when the registry refused. */
function pushTag(ctx: DockerContext, ref: ImageRef, quiet: boolean): boolean {
  const { rt } = ctx;
  const id = rt.host.tags[familiarString(ref)];
  const image = id ? rt.host.images[id] : undefined;
  if (!image) return false;
  const layers = image.diffIds
    .map((d) => rt.host.layers[d])
    .filter((l): l is LayerBlob => l !== undefined);
  const found = registryFor(ref.domain, rt.hostName);
  const home = ctx.io.env['HOME'] ?? rt.host.home;
  const user = found.ok ? storedUser(ctx.io.fs, home, found.registry.authKey) : undefined;
  const plan = planPush(rt.world, { ref, image, layers, ...(user ? { user } : {}) }, rt.catalog);
  ctx.spend(300);
  if (!plan.ok) {
    if (!quiet) for (const blob of plan.preparing) ctx.out(`${blob}: Preparing\n`);
    ctx.err(`${plan.error}\n`);
    return false;
  }
  for (const layer of plan.layers) {
    ctx.spend(layer.ms);
    if (!quiet) ctx.out(`${layer.id}: ${layer.status}\n`);
  }
  rt.updateRegistry(() => plan.next);
  const repoDigest = `${familiarName(ref)}@${plan.manifest.digest}`;
  rt.updateHost((host) => {
    const current = host.images[image.id];
    if (!current || current.repoDigests.includes(repoDigest)) return host;
    const updated = { ...current, repoDigests: [...current.repoDigests, repoDigest] };
    return { ...host, images: { ...host.images, [image.id]: updated } };
  });
  rt.emit({ type: 'image-pushed', host: rt.hostName, ref: familiarString(ref) });
  if (!quiet)
    ctx.out(
      `${ref.tag ?? 'latest'}: digest: ${plan.manifest.digest} size: ${plan.manifest.size}\n`,
    );
  return true;
}

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  const quiet = parsed.flags.bool('quiet');
  const allTags = parsed.flags.bool('all-tags');
  const ref = referenceArgument(ctx, parsed.args[0] ?? '');
  if (!ref) return 1;
  if (ref.digest) {
    ctx.err('cannot push a digest reference\n');
    return 1;
  }
  if (allTags && ref.tag) {
    ctx.err("tag can't be used with --all-tags/-a\n");
    return 1;
  }
  if (!ref.tag && !allTags && !quiet) ctx.out('Using default tag: latest\n');
  const name = familiarName(ref);
  const tags = allTags
    ? Object.keys(ctx.rt.host.tags)
        .filter((t) => t.slice(0, t.lastIndexOf(':')) === name)
        .map((t) => t.slice(t.lastIndexOf(':') + 1))
        .sort()
    : [ref.tag ?? 'latest'];
  if (!quiet) ctx.out(`The push refers to repository [${ref.domain}/${ref.path}]\n`);
  if (
    tags.length === 0 ||
    (!allTags && !ctx.rt.host.tags[familiarString({ ...ref, tag: tags[0] })])
  ) {
    ctx.err(
      ref.tag
        ? `tag does not exist: ${familiarString(ref)}\n`
        : `An image does not exist locally with the tag: ${name}\n`,
    );
    return 1;
  }
  for (const tag of tags) {
    if (!pushTag(ctx, { ...ref, tag }, quiet)) return 1;
  }
  if (quiet) ctx.out(`${allTags ? name : familiarString({ ...ref, tag: tags[0] })}\n`);
  return 0;
}

export const [imagePushCommand, pushCommand] = commandPair({
  group: 'image',
  top: 'push',
  sub: 'push',
  usage: '[OPTIONS] NAME[:TAG]',
  short: 'Upload an image to a registry',
  minArgs: 1,
  maxArgs: 1,
  flags: [
    {
      long: 'all-tags',
      short: 'a',
      type: 'bool',
      help: 'Push all tags of an image to the repository',
    },
    { long: 'disable-content-trust', type: 'bool', default: true, help: 'Skip image signing' },
    { long: 'platform', type: 'string', hidden: true, help: 'Push a platform-specific manifest' },
    { long: 'quiet', short: 'q', type: 'bool', help: 'Suppress verbose output' },
  ],
  run,
});
