/**
 * `docker export [-o FILE] CONTAINER`: the container's filesystem as a tar stream, to stdout
 * (never a terminal: the CLI refuses) or into a file on the host.
 */
import { resolvePath, dirname } from '../../../fs/path';
import { exportContainer } from '../../../runtime/export';
import { contentToPipe } from '../../../shell/pipe-content';
import { encodeTar, tarSize } from '../../../shell/programs/archive';
import type { FlagSpec } from '../../args/spec';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { daemonError, logContainerAction, lookup, settle } from './common';

export const EXPORT_FLAGS: readonly FlagSpec[] = [
  { long: 'output', short: 'o', type: 'string', help: 'Write to a file, instead of STDOUT' },
];

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const output = parsed.flags.string('output') ?? '';
  if (output === '' && ctx.io.tty) {
    ctx.err('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
    return 1;
  }
  const target = output === '' ? '' : resolvePath(ctx.io.cwd, output);
  if (target !== '' && !ctx.io.fs.stat(dirname(target)).ok) {
    ctx.err(
      `failed to export container: invalid output path: stat ${dirname(target)}: no such file or directory\n`,
    );
    return 1;
  }
  const found = lookup(ctx, parsed.args[0] ?? '');
  if (!found.ok) return daemonError(ctx, found.error);
  const exported = exportContainer(ctx.rt, found.container);
  if (!exported.ok) return daemonError(ctx, exported.error);
  logContainerAction(ctx, found.container.id, 'export');
  const archive = encodeTar(exported.entries);
  ctx.spend(200 + Math.round(tarSize(exported.entries) / 50_000));
  if (target === '') {
    ctx.out(contentToPipe(archive));
    return 0;
  }
  const written = ctx.io.fs.writeFile(target, archive, {
    mode: 0o600,
    owner: { uid: ctx.io.user.uid, gid: ctx.io.user.gid },
  });
  if (!written.ok) {
    ctx.err(`failed to export container: open ${target}: ${written.error}\n`);
    return 1;
  }
  return 0;
}

export const EXPORT_COMMANDS = commandPair({
  top: 'export',
  sub: 'export',
  usage: '[OPTIONS] CONTAINER',
  short: "Export a container's filesystem as a tar archive",
  flags: EXPORT_FLAGS,
  minArgs: 1,
  maxArgs: 1,
  run,
});
