/**
 * `docker update`: changes a container's restart policy (the resource limits it also takes
 * are not modelled: the simulation accepts them, says so, and leaves inspect as it was).
 */
import type { Container } from '../../../host/containers';
import { updateContainer } from '../../../runtime/transitions';
import type { FlagSpec } from '../../args/spec';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { lookup, settle } from './common';
import { parseRestartFlag, restartPolicyRefusal, type RestartPolicy } from './restart-policy';

/** Docker 28's `docker update --help`, in its order. */
const UPDATE_FLAGS: readonly FlagSpec[] = [
  {
    long: 'blkio-weight',
    type: 'string',
    valueName: 'uint16',
    help: 'Block IO (relative weight), between 10 and 1000, or 0 to disable',
    defaultText: '0',
  },
  { long: 'cpu-period', type: 'int', help: 'Limit CPU CFS (Completely Fair Scheduler) period' },
  { long: 'cpu-quota', type: 'int', help: 'Limit CPU CFS (Completely Fair Scheduler) quota' },
  { long: 'cpu-rt-period', type: 'int', help: 'Limit the CPU real-time period in microseconds' },
  { long: 'cpu-rt-runtime', type: 'int', help: 'Limit the CPU real-time runtime in microseconds' },
  { long: 'cpu-shares', short: 'c', type: 'int', help: 'CPU shares (relative weight)' },
  { long: 'cpus', type: 'string', valueName: 'decimal', help: 'Number of CPUs' },
  { long: 'cpuset-cpus', type: 'string', help: 'CPUs in which to allow execution (0-3, 0,1)' },
  { long: 'cpuset-mems', type: 'string', help: 'MEMs in which to allow execution (0-3, 0,1)' },
  { long: 'memory', short: 'm', type: 'string', valueName: 'bytes', help: 'Memory limit' },
  { long: 'memory-reservation', type: 'string', valueName: 'bytes', help: 'Memory soft limit' },
  {
    long: 'memory-swap',
    type: 'string',
    valueName: 'bytes',
    help: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap',
  },
  { long: 'pids-limit', type: 'int', help: 'Tune container pids limit (set -1 for unlimited)' },
  { long: 'restart', type: 'string', help: 'Restart policy to apply when a container exits' },
];

/** The daemon's update of one container, or its error. */
function applyPolicy(c: Container, policy: RestartPolicy | undefined): string | undefined {
  if (!policy) return undefined;
  if (c.autoRemove && policy.name !== 'no' && policy.name !== '') {
    return `Cannot update container ${c.id}: Restart policy cannot be updated because AutoRemove is enabled for the container`;
  }
  return restartPolicyRefusal(policy);
}

function update(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const given = UPDATE_FLAGS.filter((f) => parsed.flags.given(f.long));
  if (given.length === 0) {
    ctx.err('you must provide one or more flags when using this command\n');
    return 1;
  }
  let policy: RestartPolicy | undefined;
  const restart = parsed.flags.string('restart');
  if (parsed.flags.given('restart') && restart !== undefined) {
    const read = parseRestartFlag(restart);
    if ('error' in read) {
      ctx.err(`${read.error}\n`);
      return 1;
    }
    policy = read;
  }
  const errors: string[] = [];
  for (const ref of parsed.args) {
    const found = lookup(ctx, ref);
    const error = found.ok ? applyPolicy(found.container, policy) : found.error;
    if (error !== undefined || !found.ok) {
      errors.push(`Error response from daemon: ${error ?? ''}`);
      continue;
    }
    if (policy) {
      const stored = policy.maximumRetryCount
        ? `${policy.name}:${policy.maximumRetryCount}`
        : policy.name || 'no';
      updateContainer(ctx.rt, found.container.id, (c) => ({ ...c, restartPolicy: stored }));
    }
    ctx.out(`${ref}\n`);
  }
  if (given.some((f) => f.long !== 'restart')) {
    ctx.io.note(
      'Resource limits (memory, CPUs, pids) are not part of this simulation: docker update accepts them here but nothing changes.',
    );
  }
  if (errors.length > 0) ctx.err(`${errors.join('\n')}\n`);
  return errors.length > 0 ? 1 : 0;
}

export const UPDATE_COMMANDS = commandPair({
  top: 'update',
  sub: 'update',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Update configuration of one or more containers',
  flags: UPDATE_FLAGS,
  minArgs: 1,
  run: update,
});
