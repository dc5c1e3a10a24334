/**
 * Runs the stages of a build, step by step: FROM, then each instruction in order, reusing
 * cached steps, recording a BuildKit vertex per filesystem step and a history row per
 * instruction, and emitting events for the views.
 */
import type { LayerBlob } from '../catalog/types';
import { expandWord } from '../dockerfile';
import type { AddCommand, Command, CopyCommand } from '../dockerfile/commands/types';
import { runExecution } from '../dockerfile/commands/run';
import type { EngineEvent } from '../events';
import { layerDigest, sha256Hex, type Digest } from '../fs/digest';
import type { DirNode } from '../fs/node';
import type { FsEvent } from '../fs/events';
import { OverlayFs } from '../fs/overlay';
import { resolvePath } from '../fs/path';
import type { RunMount } from '../dockerfile/commands/mounts';
import { layerSize } from '../fs/stats';
import { rfc3339 } from '../images/image';
import { resolveBase, type ResolvedBase } from './base';
import { layerBlobDigest } from '../registry/blob';
import { stepKey, type BuildCacheEntry } from './cache';
import { executeCopy } from './copy-step';
import { copyCreatedBy, runCreatedBy, BUILDKIT_COMMENT } from './history';
import { applyMetadata, isMetadata, nextWorkdir } from './metadata';
import { progressBytes, type Vertex } from './progress';
import type { BuildEnv, BuildRequest, BuiltStep } from './request';
import { executeRun } from './run-step';
import { findStage, PREDEFINED_ARGS, type StagePlan } from './stage-plan';
import {
  emptyConfig,
  envMap,
  lookupVar,
  runEnv,
  type LayerRef,
  type StageState,
} from './stage-state';
import { stageLabel, type Stage } from './types';
import { expandCommand } from './expand-command';

export interface BuildShared {
  req: BuildRequest;
  env: BuildEnv;
  vertices: Vertex[];
  events: EngineEvent[];
  /** Simulated milliseconds since the build began. */
  elapsed: number;
  cache: Record<string, BuildCacheEntry>;
  /** Every layer the image (or a stage) uses, by diff_id, to be stored on the host. */
  layers: Map<Digest, LayerBlob>;
  notes: string[];
  contextLoaded: boolean;
  /** FROM vertices already printed (BuildKit shows one per distinct base). */
  fromVertices: Map<string, number>;
  stageStates: Map<number, StageState>;
  steps: BuiltStep[];
}

export type StageResult =
  | { ok: true }
  | {
      ok: false;
      message: string;
      lines?: { start: number; end: number };
      stepName?: string;
      logTail?: string[];
    };

const lines = (c: Command) => ({ start: c.instruction.startLine, end: c.instruction.endLine });

export class StageRunner {
  private readonly bases = new Map<number, ResolvedBase>();

  constructor(
    private readonly shared: BuildShared,
    private readonly plan: StagePlan,
    private readonly escapeToken: string,
  ) {}

  private get host() {
    return this.shared.env.host;
  }

  private globalLookup = (name: string) => this.plan.globalArgs.get(name) ?? PREDEFINED_ARGS[name];

  /** `[internal] load metadata for ...`: resolves every external base image up front. */
  loadMetadata(): StageResult {
    const seen = new Map<string, ResolvedBase>();
    for (const index of this.plan.needed) {
      const stage = this.plan.stages[index] as Stage;
      const name = expandWord(stage.from.image, this.globalLookup, {
        escapeToken: this.escapeToken,
      });
      if (!name.ok) return { ok: false, message: name.error, lines: lines(stage.from) };
      if (findStage(this.plan.stages, name.value, index) || name.value === 'scratch') continue;
      let base = seen.get(name.value);
      if (!base) {
        base = resolveBase(this.host, this.shared.env.world, this.shared.env.catalog, name.value);
        seen.set(name.value, base);
        const qualified =
          base.kind === 'image' ? base.qualified.replace(/@sha256:.*/, '') : name.value;
        const vertex: Vertex = {
          name: `[internal] load metadata for ${qualified}`,
          logs: [],
          status: [],
          result:
            base.kind === 'error'
              ? { kind: 'error', message: base.message }
              : {
                  kind: 'done',
                  seconds:
                    base.kind === 'image' && base.pulled ? 0.6 + (name.value.length % 5) / 10 : 0,
                },
        };
        this.shared.vertices.push(vertex);
        if (vertex.result.kind === 'done') this.shared.elapsed += vertex.result.seconds * 1000;
        if (base.kind === 'error') return { ok: false, message: base.message };
      }
      this.bases.set(index, base);
    }
    return { ok: true };
  }

  runStage(index: number): StageResult {
    const stage = this.plan.stages[index] as Stage;
    const fsSteps =
      stage.commands.filter((c) => ['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(c.kind)).length + 1;
    const prefix = this.plan.stages.length > 1 ? `${stageLabel(stage)} ` : '';
    const started = this.startStage(stage, `[${prefix}1/${fsSteps}]`);
    if (!started.ok) return started;
    let state = started.state;
    let n = 1;
    for (const command of stage.commands) {
      const isFsStep = ['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(command.kind);
      if (isFsStep) n++;
      const label = `[${prefix}${n}/${fsSteps}]`;
      const result = this.runCommand(state, command, label, stage, index);
      if (!result.ok) return result;
      state = result.state;
    }
    this.shared.stageStates.set(index, state);
    return { ok: true };
  }

  private startStage(
    stage: Stage,
    label: string,
  ): { ok: true; state: StageState } | (StageResult & { ok: false }) {
    const fromStage = findStage(
      this.plan.stages,
      expandWord(stage.from.image, this.globalLookup).ok
        ? (expandWord(stage.from.image, this.globalLookup) as { value: string }).value
        : stage.from.image,
      stage.index,
    );
    if (fromStage) {
      const parent = this.shared.stageStates.get(fromStage.index) as StageState;
      return {
        ok: true,
        state: {
          ...parent,
          args: new Map(),
          history: [...parent.history],
          baseLayerCount: parent.layers.length,
        },
      };
    }
    const base = this.bases.get(stage.index);
    if (!base || base.kind === 'scratch') {
      return {
        ok: true,
        state: {
          layers: [],
          baseLayerCount: 0,
          config: emptyConfig(),
          history: [],
          args: new Map(),
          key: 'scratch',
          userland: 'busybox',
          baseName: 'scratch',
        },
      };
    }
    if (base.kind === 'error') return { ok: false, message: base.message };
    const already = base.layers.every(
      (l) => this.host.layers[l.diffId] || this.shared.layers.has(l.diffId),
    );
    for (const layer of base.layers) this.shared.layers.set(layer.diffId, layer);
    const key = `from:${base.image.id}`;
    if (!this.shared.fromVertices.has(base.qualified)) {
      this.shared.fromVertices.set(base.qualified, this.shared.vertices.length);
      const vertex: Vertex = {
        name: `${label} FROM ${base.qualified}`,
        logs: [],
        status: [],
        result: { kind: 'cached' },
      };
      if (!already || base.pulled) {
        const status = [`resolve ${base.qualified} 0.0s done`];
        let total = 0;
        for (const layer of base.layers) {
          const blob = layerBlobDigest(layer).slice('sha256:'.length);
          const secs = Math.max(0.1, layer.compressedSize / 45e6);
          status.push(
            `sha256:${blob} ${progressBytes(layer.compressedSize)} / ${progressBytes(layer.compressedSize)} ${secs.toFixed(1)}s done`,
          );
          total += secs;
        }
        for (const layer of base.layers) {
          const secs = Math.max(0.1, layer.size / 120e6);
          status.push(`extracting ${layerBlobDigest(layer)} ${secs.toFixed(1)}s done`);
          total += secs;
        }
        vertex.status = already ? [] : status;
        vertex.result = already ? { kind: 'cached' } : { kind: 'done', seconds: total };
        this.shared.elapsed += already ? 0 : total * 1000;
      }
      this.shared.vertices.push(vertex);
    }
    const layers: LayerRef[] = base.layers.map((l) => ({
      diffId: l.diffId,
      tree: l.tree,
      size: l.size,
    }));
    return {
      ok: true,
      state: {
        layers,
        baseLayerCount: layers.length,
        config: { ...base.image.config, OnBuild: [] },
        history: [...base.image.history],
        args: new Map(),
        key,
        userland: base.image.userland,
        ...(base.image.distro ? { distro: base.image.distro } : {}),
        baseName: base.qualified,
      },
    };
  }

  private runCommand(
    state: StageState,
    raw: Command,
    label: string,
    stage: Stage,
    stageIndex: number,
  ): { ok: true; state: StageState } | (StageResult & { ok: false }) {
    const now = this.shared.env.now + this.shared.elapsed;
    if (raw.kind === 'ARG') {
      const args = new Map(state.args);
      for (const arg of raw.args) {
        const def =
          arg.defaultValue === undefined
            ? undefined
            : expandWord(arg.defaultValue, lookupVar({ ...state, args }), {
                escapeToken: this.escapeToken,
              });
        const inherited = this.plan.globalArgs.get(arg.name) ?? PREDEFINED_ARGS[arg.name];
        args.set(
          arg.name,
          this.shared.req.buildArgs[arg.name] ?? (def?.ok ? def.value : undefined) ?? inherited,
        );
      }
      const applied = applyMetadata(state.config, raw, false);
      return {
        ok: true,
        state: {
          ...state,
          args,
          history: [...state.history, this.row(now, applied.createdBy, true)],
        },
      };
    }
    const expanded = expandCommand(raw, lookupVar(state), this.escapeToken);
    if (!expanded.ok) return { ok: false, message: expanded.error, lines: lines(raw) };
    const command = expanded.value;
    if (isMetadata(command)) {
      const inheritedCmd =
        state.config.Cmd !== undefined &&
        !stage.commands.slice(0, stage.commands.indexOf(raw)).some((c) => c.kind === 'CMD');
      const applied = applyMetadata(state.config, command, inheritedCmd);
      return {
        ok: true,
        state: {
          ...state,
          config: applied.config,
          history: [...state.history, this.row(now, applied.createdBy, true)],
        },
      };
    }
    if (command.kind === 'WORKDIR') {
      const path = nextWorkdir(state.config.WorkingDir, command.path);
      const key = stepKey(state.key, `WORKDIR ${path}`);
      return this.fsStep(
        state,
        raw,
        label,
        `WORKDIR ${raw.instruction.args.join(' ')}`,
        key,
        `WORKDIR ${path}`,
        () => {
          const fs = new OverlayFs(state.layers.map((l) => l.tree));
          fs.mkdir(path, { parents: true });
          return { ok: true, upper: fs.upper, events: fs.events, logs: [], durationMs: 30 };
        },
        { ...state.config, WorkingDir: path },
        stageIndex,
      );
    }
    if (command.kind === 'RUN') return this.runStep(state, command, raw, label, stageIndex);
    if (command.kind === 'COPY' || command.kind === 'ADD')
      return this.copyStep(state, command, raw, label, stageIndex);
    return { ok: true, state };
  }

  private runStep(
    state: StageState,
    command: Extract<Command, { kind: 'RUN' }>,
    raw: Command,
    label: string,
    stageIndex: number,
  ) {
    const env = runEnv(state);
    const execution = runExecution(command);
    const shell = state.config.Shell ?? ['/bin/sh', '-c'];
    const display = displayRun(raw.instruction.original, state);
    const shellText = command.prependShell
      ? [...shell, command.cmdLine.join(' ')].join(' ')
      : command.cmdLine.join(' ');
    const argsUsed = [...state.args]
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${envMap(state.config).get(k) ?? v}`);
    const createdBy = command.prependShell
      ? runCreatedBy(shell, command.cmdLine.join(' '), argsUsed)
      : runCreatedBy(shell, command.cmdLine, argsUsed);
    const key = stepKey(
      state.key,
      JSON.stringify({
        run: command.cmdLine,
        shell,
        env,
        user: state.config.User,
        workdir: state.config.WorkingDir,
        heredocs: command.heredocs,
      }),
    );
    return this.fsStep(
      state,
      raw,
      label,
      display,
      key,
      createdBy,
      () => {
        const out = executeRun({
          layers: state.layers.map((l) => l.tree),
          execution,
          shell,
          env,
          workdir: state.config.WorkingDir,
          user: state.config.User,
          userland: state.userland,
          ...(state.distro ? { distro: state.distro } : {}),
          catalog: this.shared.env.catalog,
          now: this.shared.env.now + this.shared.elapsed,
          ...(this.shared.env.extraPrograms
            ? { extraPrograms: this.shared.env.extraPrograms }
            : {}),
          mountTargets: mountTargets(command.mounts, state.config.WorkingDir),
        });
        this.shared.notes.push(...out.notes);
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
      state.config,
      stageIndex,
    );
  }

  private copyStep(
    state: StageState,
    command: CopyCommand | AddCommand,
    raw: Command,
    label: string,
    stageIndex: number,
  ) {
    const from = command.kind === 'COPY' ? command.from : undefined;
    let sourceRoot: DirNode;
    if (from) {
      const fromStage = findStage(this.plan.stages, from, stageIndex);
      if (fromStage) {
        const fromState = this.shared.stageStates.get(fromStage.index) as StageState;
        sourceRoot = mergedTree(fromState.layers.map((l) => l.tree));
      } else {
        const base = resolveBase(this.host, this.shared.env.world, this.shared.env.catalog, from);
        if (base.kind === 'error')
          return { ok: false as const, message: base.message, lines: lines(raw) };
        sourceRoot =
          base.kind === 'scratch' ? mergedTree([]) : mergedTree(base.layers.map((l) => l.tree));
      }
    } else {
      sourceRoot = this.shared.req.context.tree;
      if (!this.shared.contextLoaded) {
        this.shared.contextLoaded = true;
        this.shared.vertices.push({
          name: '[internal] load build context',
          logs: [],
          status: [`transferring context: ${progressBytes(this.shared.req.context.bytes)} done`],
          result: { kind: 'done', seconds: 0 },
        });
      }
    }
    const copied = executeCopy({
      command,
      sources: command.sources,
      dest: command.dest,
      sourceRoot,
      layers: state.layers.map((l) => l.tree),
      workdir: state.config.WorkingDir,
      refId: `${sha256Hex(`ref:${this.shared.env.now}`).slice(0, 25)}::${sha256Hex(`snap:${this.shared.env.now}`).slice(0, 25)}`,
    });
    const flags = raw.instruction.flags;
    const createdBy = copyCreatedBy(
      command.kind,
      flags,
      raw.instruction.args.slice(0, -1),
      raw.instruction.args[raw.instruction.args.length - 1] ?? '',
    );
    const display = `${command.kind} ${raw.instruction.original.replace(/^\s*\S+\s+/, '')}`;
    const key = stepKey(
      state.key,
      JSON.stringify({
        copy: command.kind,
        flags,
        args: raw.instruction.args,
        workdir: state.config.WorkingDir,
      }),
      [copied.ok ? copied.contentKey : 'missing'],
    );
    if (copied.ok) this.shared.notes.push(...copied.notes);
    return this.fsStep(
      state,
      raw,
      label,
      display,
      key,
      createdBy,
      () =>
        copied.ok
          ? {
              ok: true,
              upper: copied.upper,
              events: copied.events,
              logs: [],
              durationMs: 40 + copied.bytes / 50_000,
            }
          : { ok: false, message: copied.message, logs: [], durationMs: 10 },
      state.config,
      stageIndex,
    );
  }

  /**
   * A step that makes a layer: reused from the cache when its key is known, else executed.
   * Either way it adds a vertex, a history row and a layer, and tells the views.
   */
  private fsStep(
    state: StageState,
    raw: Command,
    label: string,
    display: string,
    key: string,
    createdBy: string,
    execute: () =>
      | {
          ok: true;
          upper: DirNode;
          events: FsEvent[];
          logs: { at: number; text: string }[];
          durationMs: number;
        }
      | { ok: false; message: string; logs: { at: number; text: string }[]; durationMs: number },
    config: StageState['config'],
    stageIndex: number,
  ): { ok: true; state: StageState } | (StageResult & { ok: false }) {
    const host = this.shared.env.hostName;
    const stageName = stageLabel(this.plan.stages[stageIndex] as Stage);
    const index = state.layers.length;
    const instruction = raw.instruction.original;
    const vertex: Vertex = {
      name: `${label} ${display}`,
      logs: [],
      status: [],
      result: { kind: 'cached' },
    };
    this.shared.vertices.push(vertex);
    this.shared.events.push({
      type: 'step-started',
      host,
      stage: stageName,
      index,
      total: 0,
      instruction,
      line: raw.instruction.startLine,
    });
    const cached = this.shared.req.noCache
      ? undefined
      : (this.shared.cache[key] ?? this.host.buildCache[key]);
    let tree: DirNode;
    let durationMs = 0;
    if (cached?.tree) {
      tree = cached.tree;
      this.shared.events.push({
        type: 'cache-hit',
        host,
        stage: stageName,
        index,
        instruction,
        ...(cached.diffId ? { diffId: cached.diffId } : {}),
      });
    } else {
      const result = execute();
      vertex.logs = result.logs;
      durationMs = result.durationMs;
      this.shared.elapsed += durationMs;
      if (!result.ok) {
        vertex.result = { kind: 'error', message: result.message };
        return {
          ok: false,
          message: result.message,
          lines: lines(raw),
          stepName: `${label} ${display}`,
          logTail: result.logs.slice(-6).map((l) => `${l.at.toFixed(3)} ${l.text}`),
        };
      }
      tree = result.upper;
      vertex.result = { kind: 'done', seconds: durationMs / 1000 };
      for (const event of result.events)
        this.shared.events.push({
          ...event,
          host,
          where: { kind: 'build', stage: stageName, index },
        });
    }
    const diffId = layerDigest(tree);
    const size = layerSize(tree);
    this.shared.cache[key] = { diffId, tree, logs: [], durationMs };
    if (!this.shared.layers.has(diffId)) {
      this.shared.layers.set(diffId, {
        diffId,
        tree,
        size,
        compressedSize: size === 0 ? 32 : Math.round(size * 0.42) + 200,
      });
    }
    this.shared.events.push({
      type: 'layer-created',
      host,
      stage: stageName,
      index,
      instruction,
      diffId,
      size,
      empty: size === 0,
    });
    this.shared.steps.push({
      stage: stageName,
      instruction,
      line: raw.instruction.startLine,
      endLine: raw.instruction.endLine,
      diffId,
      size,
      cached: Boolean(cached?.tree),
      empty: size === 0,
    });
    const now = this.shared.env.now + this.shared.elapsed;
    return {
      ok: true,
      state: {
        ...state,
        config,
        key,
        layers: [...state.layers, { diffId, tree, size }],
        history: [...state.history, this.row(now, createdBy, false)],
      },
    };
  }

  private row(now: number, createdBy: string, empty: boolean) {
    return {
      created: rfc3339(now),
      created_by: createdBy,
      comment: BUILDKIT_COMMENT,
      ...(empty ? { empty_layer: true } : {}),
    };
  }
}

/** The merged filesystem of a stack of layers as one plain tree (COPY --from reads it). */
export function mergedTree(layers: readonly DirNode[]): DirNode {
  const tree = new OverlayFs(layers).tree('/');
  return tree.ok && tree.value.kind === 'dir'
    ? tree.value
    : { kind: 'dir', mode: 0o755, uid: 0, gid: 0, children: {} };
}

/** BuildKit names a RUN vertex with the variables it knows substituted (quotes kept). */
function displayRun(original: string, state: StageState): string {
  const lookup = lookupVar(state);
  return original.replace(
    /\$\{(\w+)\}|\$(\w+)/g,
    (match, braced: string | undefined, bare: string | undefined) => {
      const value = lookup((braced ?? bare) as string);
      return value === undefined ? match : value;
    },
  );
}

/** Where a RUN's mounts sit (ssh sockets excepted): their contents stay out of the layer. */
function mountTargets(mounts: readonly RunMount[], workdir: string): string[] {
  const targets: string[] = [];
  for (const { mount } of mounts) {
    if (mount && mount.type !== 'ssh' && mount.target)
      targets.push(resolvePath(workdir || '/', mount.target));
  }
  return targets;
}
