/**
 * `docker cp` between the host's files and a container, and `docker commit`, which turns a
 * container's writable layer into the top layer of a new image.
 */
import { resolvePath } from '../../../fs/path';
import { commitContainer } from '../../../runtime/commit';
import {
  archiveFromContainer,
  copyFromContainer,
  copyToContainer,
  extractToContainer,
} from '../../../runtime/copy';
import type { Container } from '../../../host/containers';
import { contentToPipe, pipeToContent } from '../../../shell/pipe-content';
import { decodeTar, encodeTar, unwrap } from '../../../shell/programs/archive';
import { parseReference } from '../../../images/reference';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { daemonError, logContainerAction, lookup, settle } from './common';
import { COMMIT_FLAGS, CP_FLAGS } from './flags';

/** `web:/etc/passwd` → container and path; a plain path (or one with a slash first) is the host's. */
function splitTarget(arg: string): { container: string; path: string } | undefined {
  if (arg.startsWith('/') || arg.startsWith('.')) return undefined;
  const colon = arg.indexOf(':');
  if (colon <= 0) return undefined;
  return { container: arg.slice(0, colon), path: arg.slice(colon + 1) };
}

function cp(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const [src = '', dest = ''] = parsed.args;
  const from = splitTarget(src);
  const to = splitTarget(dest);
  if ((from && to) || (!from && !to)) {
    ctx.err(
      from
        ? 'copying between containers is not supported\n'
        : 'must specify at least one container source\n',
    );
    return 1;
  }
  const target = (from ?? to)!;
  const found = lookup(ctx, target.container);
  if (!found.ok) return daemonError(ctx, found.error);
  const path = target.path.startsWith('/') ? target.path : `/${target.path}`;
  if (dest === '-' || src === '-') return cpStream(ctx, parsed, found.container, path, src, dest);
  const result = from
    ? copyFromContainer(
        ctx.rt,
        found.container,
        path,
        ctx.io.fs,
        withSlash(resolvePath(ctx.io.cwd, dest), dest),
        ctx.io.user,
        target.container,
        { followLink: parsed.flags.bool('follow-link') },
      )
    : copyToContainer(
        ctx.rt,
        found.container,
        ctx.io.fs,
        resolvePath(ctx.io.cwd, src),
        withSlash(path, target.path),
        target.container,
      );
  if (!result.ok) {
    if (result.daemon) return daemonError(ctx, result.error);
    ctx.err(`${result.error}\n`);
    return 1;
  }
  logContainerAction(ctx, found.container.id, from ? 'archive-path' : 'extract-to-dir', {
    path,
  });
  ctx.spend(120);
  return 0;
}

/**
 * `docker cp CONTAINER:PATH -` writes a tar stream of the path to stdout; `docker cp -
 * CONTAINER:DIR` unpacks one from stdin (gzip and the like too) into an existing directory.
 */
function cpStream(
  ctx: DockerContext,
  parsed: ParsedArgs,
  c: Container,
  path: string,
  src: string,
  dest: string,
): number {
  if (dest === '-') {
    const archive = archiveFromContainer(
      ctx.rt,
      c,
      ctx.io.fs,
      path,
      src.slice(0, src.indexOf(':')),
      {
        followLink: parsed.flags.bool('follow-link'),
      },
    );
    if (!archive.ok) return daemonError(ctx, archive.error);
    logContainerAction(ctx, c.id, 'archive-path', { path });
    ctx.spend(120);
    ctx.out(contentToPipe(encodeTar(archive.entries)));
    return 0;
  }
  const entries = decodeTar(unwrap(pipeToContent(ctx.io.stdin)));
  // The CLI checks the destination before sending anything.
  const result = extractToContainer(ctx.rt, c, ctx.io.fs, entries ?? [], path, dest);
  if (!result.ok) {
    if (result.daemon) return daemonError(ctx, result.error);
    ctx.err(`${result.error}\n`);
    return 1;
  }
  if (!entries) {
    // Text that is no tar archive (`echo hi | docker cp - box:/d`): the daemon's tar fails.
    return daemonError(ctx, 'Error processing tar file(exit status 1): unexpected EOF');
  }
  logContainerAction(ctx, c.id, 'extract-to-dir', { path });
  ctx.spend(120);
  return 0;
}

/** Keeps a trailing slash the user typed: it means "must be an existing directory". */
function withSlash(resolved: string, typed: string): string {
  return typed.endsWith('/') && resolved !== '/' ? `${resolved}/` : resolved;
}

function commit(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const [ref = '', reference] = parsed.args;
  // The CLI parses the new name itself, before asking the daemon anything.
  const named = reference === undefined ? undefined : parseReference(reference);
  if (named && !named.ok) {
    ctx.err(`${named.error}\n`);
    return 1;
  }
  const found = lookup(ctx, ref);
  if (!found.ok) return daemonError(ctx, found.error);
  ctx.spend(300);
  const result = commitContainer(
    ctx.rt,
    found.container,
    {
      changes: parsed.flags.strings('change'),
      ...(reference !== undefined ? { reference } : {}),
      ...(parsed.flags.string('message') ? { message: parsed.flags.string('message') } : {}),
      ...(parsed.flags.string('author') ? { author: parsed.flags.string('author') } : {}),
    },
    ctx.now(),
  );
  if (!result.ok) return daemonError(ctx, result.error);
  ctx.out(`${result.image.id}\n`);
  return 0;
}

export const CP_COMMIT_COMMANDS = [
  ...commandPair({
    top: 'cp',
    sub: 'cp',
    usage:
      // Docker's second usage line says `docker cp` under `docker container cp` too.
      '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
    short: 'Copy files/folders between a container and the local filesystem',
    long: "Copy files/folders between a container and the local filesystem\n\nUse '-' as the source to read a tar archive from stdin\nand extract it to a directory destination in a container.\nUse '-' as the destination to stream a tar archive of a\ncontainer source to stdout.",
    flags: CP_FLAGS,
    minArgs: 2,
    maxArgs: 2,
    run: cp,
  }),
  ...commandPair({
    top: 'commit',
    sub: 'commit',
    usage: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
    short: "Create a new image from a container's changes",
    flags: COMMIT_FLAGS,
    minArgs: 1,
    maxArgs: 2,
    run: commit,
  }),
];
