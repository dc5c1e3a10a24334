/**
 * `docker build` (BuildKit, as `docker buildx build` behind the scenes in Docker 23+): reads
 * the context folder from the host's files, runs the build engine, stores the image, its
 * layers and the build cache on the host, and tags it.
 */
import { makeContext } from '../../build/context';
import { runBuild } from '../../build/build';
import { storeImage, tagImage } from '../../host/images';
import { parseReference } from '../../images/reference';
import type { DockerCommand } from '../command';
import { readBuildSource } from './build-source';

export const buildCommand: DockerCommand = {
  path: ['build'],
  aliases: [
    ['image', 'build'],
    ['builder', 'build'],
    ['buildx', 'build'],
  ],
  spec: {
    name: 'buildx build',
    usage: 'docker buildx build [OPTIONS] PATH | URL | -',
    short: 'Start a build',
    minArgs: 1,
    maxArgs: 1,
    interspersed: true,
    aliases: ['docker buildx build', 'docker buildx b'],
    flags: [
      { long: 'build-arg', type: 'stringArray', help: 'Set build-time variables' },
      {
        long: 'file',
        short: 'f',
        type: 'string',
        help: 'Name of the Dockerfile (default: "PATH/Dockerfile")',
      },
      { long: 'label', type: 'stringArray', help: 'Set metadata for an image' },
      {
        long: 'network',
        type: 'string',
        help: 'Set the networking mode for the "RUN" instructions during build',
        default: 'default',
      },
      { long: 'no-cache', type: 'bool', help: 'Do not use cache when building the image' },
      { long: 'platform', type: 'stringArray', help: 'Set target platform for build' },
      {
        long: 'progress',
        type: 'string',
        help: 'Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output',
        default: 'auto',
      },
      { long: 'pull', type: 'bool', help: 'Always attempt to pull all referenced images' },
      {
        long: 'quiet',
        short: 'q',
        type: 'bool',
        help: 'Suppress the build output and print image ID on success',
      },
      {
        long: 'tag',
        short: 't',
        type: 'stringArray',
        help: 'Name and optionally a tag (format: "name:tag")',
      },
      { long: 'target', type: 'string', help: 'Set the target build stage to build' },
    ],
  },
  run(ctx, parsed) {
    const { io, rt } = ctx;
    const tags: string[] = [];
    for (const tag of parsed.flags.strings('tag')) {
      const ref = parseReference(tag);
      if (!ref.ok) {
        ctx.err(
          `ERROR: invalid tag "${tag}": ${ref.error.replace(/^invalid reference format: /, '')}\n`,
        );
        return 1;
      }
      tags.push(tag);
    }
    const source = readBuildSource(ctx.io, parsed.args[0] ?? '.', parsed.flags.string('file'));
    if (!source.ok) {
      ctx.err(source.error);
      return 1;
    }
    const { dockerfile, dockerfileName, contextTree } = source;
    const buildArgs: Record<string, string> = {};
    for (const pair of parsed.flags.strings('build-arg')) {
      const eq = pair.indexOf('=');
      if (eq > 0) buildArgs[pair.slice(0, eq)] = pair.slice(eq + 1);
      else if (io.env[pair] !== undefined) buildArgs[pair] = io.env[pair] as string;
    }
    const host = rt.host;
    const target = parsed.flags.string('target');
    const outcome = runBuild(
      {
        dockerfile,
        dockerfileName,
        context: makeContext(contextTree),
        tags,
        buildArgs,
        ...(target ? { target } : {}),
        noCache: parsed.flags.bool('no-cache'),
        quiet: parsed.flags.bool('quiet') || parsed.flags.string('progress') === 'quiet',
      },
      {
        catalog: rt.catalog,
        host,
        world: rt.world,
        hostName: rt.hostName,
        ids: rt.ids,
        now: ctx.now(),
      },
    );
    ctx.spend(outcome.durationMs);
    for (const event of outcome.events) rt.emit(event);
    for (const note of outcome.notes) io.note(note);
    rt.updateHost((h) => ({ ...h, buildCache: { ...h.buildCache, ...outcome.cache } }));
    if (outcome.stderr) ctx.err(outcome.stderr);
    if (!outcome.ok || !outcome.image) return 1;
    const image = outcome.image;
    rt.updateHost((h) => {
      let next = storeImage(h, image, [...outcome.layers, ...(outcome.pulled ?? [])]);
      for (const tag of tags) {
        const ref = parseReference(tag);
        if (ref.ok) next = tagImage(next, ref.ref, image.id);
      }
      return next;
    });
    if (outcome.stdout) ctx.out(outcome.stdout);
    return 0;
  },
};
