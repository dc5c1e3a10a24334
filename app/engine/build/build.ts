/**
 * `docker build`: parse, plan stages, run each needed step (or reuse it from the cache),
 * and assemble the image. Output is BuildKit's plain progress; everything that happens is
 * also an event for the views. Never throws: every failure is an outcome.
 */
import { parseDockerfile, toCommand } from '../dockerfile';
import { buildChecks, formatBuildCheck, type BuildCheck } from '../dockerfile/build-checks';
import type { Command } from '../dockerfile/commands/types';
import type { Diagnostic } from '../dockerfile/types';
import type { EngineEvent } from '../events';
import { renderFailure, renderSnippet, renderVertices, type Vertex } from './progress';
import type { BuildEnv, BuildOutcome, BuildRequest } from './request';
import { planStages } from './stage-plan';
import { StageRunner, type BuildShared } from './stage-runner';
import { exportImage } from './export';
import { frontendVertices } from './frontend';
import type { StageState } from './stage-state';

export function runBuild(req: BuildRequest, env: BuildEnv): BuildOutcome {
  try {
    return new Build(req, env).execute();
  } catch (err) {
    const message = `internal error in the simulated builder: ${err instanceof Error ? err.message : String(err)}`;
    return failedOutcome(`ERROR: failed to solve: ${message}\n`, message);
  }
}

function failedOutcome(stderr: string, message: string, line?: number): BuildOutcome {
  const errors: Diagnostic[] = line
    ? [{ severity: 'error', message, line, column: 1, endLine: line, endColumn: 1 }]
    : [];
  return {
    ok: false,
    stderr,
    stdout: '',
    durationMs: 0,
    layers: [],
    cache: {},
    events: [],
    hints: [],
    errors,
    steps: [],
    notes: [],
  };
}

/**
 * What buildx prints after a build that succeeds and found something (not with -q, nor
 * after a failure): ` 2 warnings found (use docker --debug to expand):` and one line each.
 */
export function checksSummary(checks: readonly BuildCheck[]): string {
  if (checks.length === 0) return '';
  const count = checks.length === 1 ? '1 warning found' : `${checks.length} warnings found`;
  return (
    `\n ${count} (use docker --debug to expand):\n` +
    checks.map((c) => ` - ${formatBuildCheck(c)}\n`).join('')
  );
}

class Build {
  private readonly vertices: Vertex[] = [];
  private readonly shared: BuildShared;
  /** The build checks, once the Dockerfile is read and the stages are planned. */
  private checks: () => BuildCheck[] = () => [];

  constructor(
    private readonly req: BuildRequest,
    private readonly env: BuildEnv,
  ) {
    this.shared = {
      req,
      env,
      vertices: this.vertices,
      events: [] as EngineEvent[],
      elapsed: 0,
      cache: {},
      layers: new Map(),
      notes: [],
      contextLoaded: false,
      checks: [],
      fromVertices: new Map(),
      pulled: new Set(),
      stageStates: new Map<number, StageState>(),
      steps: [],
    };
  }

  execute(): BuildOutcome {
    const { req } = this;
    this.vertices.push({
      name: `[internal] load build definition from ${req.dockerfileName.split('/').pop()}`,
      logs: [],
      status: [`transferring dockerfile: ${new TextEncoder().encode(req.dockerfile).length}B done`],
      result: { kind: 'done', seconds: 0 },
    });
    const parsed = parseDockerfile(req.dockerfile);
    if (!parsed.ok) return this.failAtLine(parsed.errors[0] as Diagnostic);
    const commands: Command[] = [];
    for (const instruction of parsed.value.instructions) {
      const command = toCommand(instruction);
      if (!command.ok) return this.failAtLine(command.error);
      commands.push(command.value);
    }
    const escapeToken = parsed.value.escapeToken;
    const planned = planStages(commands, req.buildArgs, req.target, escapeToken);
    if (!planned.ok) {
      const instr = planned.command?.instruction;
      return this.fail(
        planned.message,
        instr ? { start: instr.startLine, end: instr.endLine } : undefined,
      );
    }
    const plan = planned.plan;
    // BuildKit prints its build checks under the first step as it reads the Dockerfile;
    // those it finds while converting the stages (UndefinedVar) join them when they are run.
    this.checks = () => buildChecks(parsed.value, new Set(plan.needed), this.shared.checks);
    this.vertices.push(...frontendVertices(this.shared, parsed.value.directives['syntax']));
    const runner = new StageRunner(this.shared, plan, escapeToken);
    const metadata = runner.loadMetadata();
    if (!metadata.ok) return this.fail(metadata.message, metadata.lines);
    this.vertices.push({
      name: '[internal] load .dockerignore',
      logs: [],
      status: [
        `transferring context: ${Math.max(2, new TextEncoder().encode(req.context.ignoreText).length)}B done`,
      ],
      result: { kind: 'done', seconds: 0 },
    });
    this.shared.events.push({
      type: 'build-started',
      host: this.env.hostName,
      ...(req.tags[0] ? { tag: req.tags[0] } : {}),
      steps: commands.length,
    });
    for (const index of plan.needed) {
      const result = runner.runStage(index);
      if (!result.ok)
        return this.fail(result.message, result.lines, result.stepName, result.logTail);
    }
    const finalState = this.shared.stageStates.get(plan.target) as StageState;
    const checks = this.showChecks();
    const exported = exportImage(this.shared, finalState, plan.stages[plan.target]!);
    if (exported.ok && !req.quiet) exported.stderr += checksSummary(checks);
    return exported;
  }

  /** Puts the checks under the first step (`#1 WARN: ...`) and returns them. */
  private showChecks(): BuildCheck[] {
    const checks = this.checks();
    this.vertices[0]?.status.push(...checks.map((c) => `WARN: ${formatBuildCheck(c)}`));
    return checks;
  }

  private failAtLine(diagnostic: Diagnostic): BuildOutcome {
    return this.fail(diagnostic.message, { start: diagnostic.line, end: diagnostic.endLine });
  }

  /** The failed vertex (if any) is already in place; prints BuildKit's error box. */
  private fail(
    message: string,
    lines?: { start: number; end: number },
    stepName?: string,
    logTail: string[] = [],
  ): BuildOutcome {
    const { req } = this;
    this.showChecks();
    let stderr = renderVertices(this.vertices);
    if (stepName) {
      stderr +=
        renderFailure({
          stepName,
          logTail,
          dockerfileName: req.dockerfileName,
          source: req.dockerfile,
          startLine: lines?.start ?? 1,
          endLine: lines?.end ?? 1,
          message,
        }) + '\n';
    } else if (lines) {
      stderr +=
        renderSnippet(req.dockerfileName, req.dockerfile, lines.start, lines.end) +
        `ERROR: failed to solve: ${message}\n`;
    } else stderr += `ERROR: failed to solve: ${message}\n`;
    const outcome = failedOutcome(stderr, message, lines?.start);
    outcome.durationMs = this.shared.elapsed;
    outcome.events = [
      ...this.shared.events,
      {
        type: 'build-failed',
        host: this.env.hostName,
        message,
        ...(lines ? { line: lines.start } : {}),
      },
    ];
    outcome.notes = this.shared.notes;
    outcome.layers = [...this.shared.layers.values()];
    outcome.cache = this.shared.cache;
    return outcome;
  }
}
