/**
 * The RUN step: its cache key (command, shell, environment, user, workdir, heredocs), its
 * history row (`RUN |n ARG=v ... /bin/sh -c ...`), and the command run over the stage's
 * layers by executeRun.
 */
import { displayInstruction } from '../dockerfile';
import type { Command, RunCommand } from '../dockerfile/commands/types';
import { runExecution } from '../dockerfile/commands/run';
import { stepKey } from './cache';
import { runCreatedBy } from './history';
import { cacheMountKey, prepareMounts } from './run-mounts';
import { executeRun } from './run-step';
import { envMap, lookupVar, runEnv, type StageState } from './stage-state';
import { buildNow, type StepContext, type StepResult } from './step-context';
import { layerStep } from './step-layer';

export function runStep(
  ctx: StepContext,
  state: StageState,
  command: RunCommand,
  raw: Command,
): StepResult {
  const { shared } = ctx;
  const env = runEnv(state);
  const execution = runExecution(command);
  const shell = state.config.Shell ?? ['/bin/sh', '-c'];
  const shellText = command.prependShell
    ? [...shell, command.cmdLine.join(' ')].join(' ')
    : command.cmdLine.join(' ');
  // Every ARG the stage declared is listed, one without a value as `NAME=` (recorded on the
  // 20.10 oracle: `RUN |1 VER= /bin/sh -c id`).
  const argsUsed = [...state.args].map(
    ([k, v]) => `${k}=${envMap(state.config).get(k) ?? v ?? ''}`,
  );
  const createdBy = command.prependShell
    ? runCreatedBy(shell, command.cmdLine.join(' '), argsUsed)
    : runCreatedBy(shell, command.cmdLine, argsUsed);
  const mounted = prepareMounts(ctx, state, command.mounts);
  const key = JSON.stringify({
    run: command.cmdLine,
    shell,
    env,
    user: state.config.User,
    workdir: state.config.WorkingDir,
    heredocs: command.heredocs,
  });
  return layerStep(ctx, state, {
    raw,
    display: displayInstruction(raw.instruction.original, lookupVar(state), 'shell', {
      escapeToken: ctx.escapeToken,
    }),
    key: stepKey(
      state.key,
      key,
      mounted.ok && mounted.mounts.contentKey ? [mounted.mounts.contentKey] : [],
    ),
    createdBy,
    config: state.config,
    execute: () => {
      if (!mounted.ok) return { ok: false, message: mounted.message, logs: [], durationMs: 10 };
      const out = executeRun({
        layers: state.layers.map((l) => l.tree),
        execution,
        shell,
        env,
        workdir: state.config.WorkingDir,
        user: state.config.User,
        userland: state.userland,
        ...(state.distro ? { distro: state.distro } : {}),
        catalog: shared.env.catalog,
        now: buildNow(shared),
        ...(shared.env.extraPrograms ? { extraPrograms: shared.env.extraPrograms } : {}),
        mounts: mounted.mounts,
      });
      shared.notes.push(...out.notes);
      for (const { id, tree } of out.caches ?? [])
        shared.cache[cacheMountKey(id)] = { tree, logs: [], durationMs: 0 };
      if (out.error)
        return { ok: false, message: out.error, logs: out.logs, durationMs: out.durationMs };
      if (out.exitCode !== 0) {
        return {
          ok: false,
          message: `process "${shellText}" did not complete successfully: exit code: ${out.exitCode}`,
          logs: out.logs,
          durationMs: out.durationMs,
        };
      }
      return {
        ok: true,
        upper: out.upper,
        events: out.events,
        logs: out.logs,
        durationMs: out.durationMs,
      };
    },
  });
}
