/**
 * `docker exec`: a command in a running container. `-it` with a shell hands the terminal
 * to that shell until `exit` (the container keeps running afterwards).
 */
import { shellAttachment } from '../../../runtime/attachment';
import { execInContainer } from '../../../runtime/exec';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { resolvePath } from '../../../fs/path';
import { commandPair } from '../command-pair';
import { daemonError, daemonHostFs, logContainerAction, lookup, settle } from './common';
import { sha256Hex } from '../../../fs/digest';
import { EXEC_FLAGS } from './flags';
import { printOutput } from './run';

function envFiles(ctx: DockerContext, files: readonly string[]): string[] | string {
  const out: string[] = [];
  for (const file of files) {
    const read = ctx.io.fs.readFile(resolvePath(ctx.io.cwd, file));
    if (!read.ok) return `open ${file}: no such file or directory`;
    out.push(
      ...(read.value.text ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#')),
    );
  }
  return out;
}

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const { flags } = parsed;
  const [ref = '', ...argv] = parsed.args;
  const found = lookup(ctx, ref);
  if (!found.ok) return daemonError(ctx, found.error);
  const files = envFiles(ctx, flags.strings('env-file'));
  if (typeof files === 'string') {
    ctx.err(`${files}\n`);
    return 125;
  }
  const env = [...files, ...flags.strings('env')]
    .map((e) => (e.includes('=') ? e : ctx.io.env[e] !== undefined ? `${e}=${ctx.io.env[e]}` : ''))
    .filter(Boolean);
  ctx.spend(60);
  const result = execInContainer(
    ctx.rt,
    found.container,
    {
      argv,
      env,
      tty: flags.bool('tty'),
      interactive: flags.bool('interactive'),
      detach: flags.bool('detach'),
      stdin: flags.bool('interactive') ? ctx.io.stdin : '',
      ...(flags.string('workdir') ? { workdir: flags.string('workdir') } : {}),
      ...(flags.string('user') !== undefined ? { user: flags.string('user') } : {}),
    },
    { catalog: ctx.rt.catalog, now: ctx.now(), hostFs: daemonHostFs(ctx), ref },
  );
  if (!result.ok && result.kind === 'daemon') return daemonError(ctx, result.error);
  // The daemon created and started the exec: its events name the command and an exec id.
  const execID = sha256Hex(`exec:${found.container.id}:${ctx.now()}:${argv.join(' ')}`);
  const command = argv.join(' ');
  logContainerAction(ctx, found.container.id, `exec_create: ${command}`, { execID });
  logContainerAction(ctx, found.container.id, `exec_start: ${command}`, { execID });
  const died = (exitCode: number) =>
    logContainerAction(ctx, found.container.id, 'exec_die', {
      execID,
      exitCode: String(exitCode),
    });
  if (!result.ok) {
    died(result.exitCode);
    // The runtime's own failure comes back on stdout, ended by "\r\n" as the CLI prints it.
    ctx.out(`${result.error}\r\n`);
    return result.exitCode;
  }
  for (const note of result.notes) ctx.io.note(note);
  if (result.session) {
    ctx.attach(shellAttachment(ctx.rt, found.container, result.session));
    return 0;
  }
  ctx.spend(result.durationMs);
  died(result.exitCode);
  printOutput(ctx, result.output);
  return result.exitCode;
}

export const EXEC_COMMANDS = commandPair({
  top: 'exec',
  sub: 'exec',
  usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  flags: EXEC_FLAGS,
  minArgs: 2,
  interspersed: false,
  run,
});
