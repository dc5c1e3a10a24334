/**
 * Steps that change the image config: ARG (a stage variable, from `--build-arg`, its default
 * or the global ARG), the metadata instructions (ENV, LABEL, CMD, ... a 0 B history row each),
 * and WORKDIR, which changes the config and also makes a layer holding the directory.
 */
import { displayInstruction, expandWord } from '../dockerfile';
import type { ArgCommand, Command, WorkdirCommand } from '../dockerfile/commands/types';
import { OverlayFs } from '../fs/overlay';
import { stepKey } from './cache';
import { applyMetadata, nextWorkdir, type MetadataCommand } from './metadata';
import { PREDEFINED_ARGS } from './stage-plan';
import { lookupVar, type StageState } from './stage-state';
import {
  buildNow,
  commandLines,
  historyRow,
  type StepContext,
  type StepResult,
} from './step-context';
import { layerStep } from './step-layer';
import { exposedPorts } from './port-specs';
import { lookupUser } from './users';

export function argStep(ctx: StepContext, state: StageState, command: ArgCommand): StepResult {
  const { shared, plan } = ctx;
  const args = new Map(state.args);
  for (const arg of command.args) {
    const def =
      arg.defaultValue === undefined
        ? undefined
        : expandWord(arg.defaultValue, lookupVar({ ...state, args }), {
            escapeToken: ctx.escapeToken,
          });
    const inherited = plan.globalArgs.get(arg.name) ?? PREDEFINED_ARGS[arg.name];
    args.set(
      arg.name,
      shared.req.buildArgs[arg.name] ?? (def?.ok ? def.value : undefined) ?? inherited,
    );
  }
  const applied = applyMetadata(state.config, command, false);
  return {
    ok: true,
    state: {
      ...state,
      args,
      history: [...state.history, historyRow(buildNow(shared), applied.createdBy, true)],
    },
  };
}

/** ENV, LABEL, CMD and the rest, already expanded: the config changes, no layer. */
export function metadataStep(
  ctx: StepContext,
  state: StageState,
  command: MetadataCommand,
  raw: Command,
): StepResult {
  // A CMD inherited from the base is dropped by ENTRYPOINT unless the stage set its own.
  const commands = ctx.stage.commands;
  const inheritedCmd =
    state.config.Cmd !== undefined &&
    !commands.slice(0, commands.indexOf(raw)).some((c) => c.kind === 'CMD');
  let applied;
  if (command.kind === 'EXPOSE') {
    const ports = exposedPorts(command.ports);
    if (!ports.ok) return { ok: false, message: ports.message, lines: commandLines(raw) };
    applied = applyMetadata(state.config, { ...command, ports: ports.ports }, inheritedCmd);
  } else applied = applyMetadata(state.config, command, inheritedCmd);
  // BuildKit stores an ONBUILD trigger in the config only: it writes no history row
  // (recorded on the 20.10 oracle; the classic builder wrote one).
  const history =
    command.kind === 'ONBUILD'
      ? state.history
      : [...state.history, historyRow(buildNow(ctx.shared), applied.createdBy, true)];
  return { ok: true, state: { ...state, config: applied.config, history } };
}

/** WORKDIR: the directory is made (a layer, often empty) and becomes the working dir. */
export function workdirStep(
  ctx: StepContext,
  state: StageState,
  command: WorkdirCommand,
  raw: Command,
): StepResult {
  const path = nextWorkdir(state.config.WorkingDir, command.path);
  // BuildKit makes the missing directories as the stage's USER (uid:uid for a bare uid, as
  // `COPY --chown` does); directories that exist keep their owner.
  const user = state.config.User ?? '';
  const asUser = user !== '' && user !== 'root' && user !== '0';
  return layerStep(ctx, state, {
    raw,
    display: displayInstruction(raw.instruction.original, lookupVar(state), 'expanded', {
      escapeToken: ctx.escapeToken,
    }),
    key: stepKey(state.key, asUser ? `WORKDIR ${path} (user ${user})` : `WORKDIR ${path}`),
    createdBy: `WORKDIR ${path}`,
    config: { ...state.config, WorkingDir: path },
    execute: () => {
      const fs = new OverlayFs(state.layers.map((l) => l.tree));
      const found = asUser ? lookupUser(fs, user) : undefined;
      const owner = found?.ok ? { uid: found.user.uid, gid: found.user.gid } : undefined;
      fs.mkdir(path, { parents: true, ...(owner ? { owner } : {}) });
      return { ok: true, upper: fs.upper, events: fs.events, logs: [], durationMs: 30 };
    },
  });
}
