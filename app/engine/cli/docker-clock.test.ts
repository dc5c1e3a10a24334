// The clock a docker command sees (ctx.now) and the one the daemon's event log stamps with
// (rt.eventTime): both must be the line's start plus what the command spent, which is what
// the shell's own live clock (io.now) says at the same moment.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog/types';
import { ManualClock, REPLAY_EPOCH } from '../clock';
import { HostRuntime } from '../host/runtime';
import { createWorld } from '../host/world';
import { CounterIds } from '../ids';
import type { ProgramIO } from '../shell/program';
import type { DockerCommand } from './command';
import { dockerProgram } from './docker';

interface Seen {
  now: number;
  eventTime: number;
  shell: number;
}

/** A command that spends `spends` ms in steps and notes the clocks after each. */
function clockProbe(spends: readonly number[], seen: Seen[]): DockerCommand {
  return {
    path: ['probe'],
    spec: { name: 'probe', usage: 'docker probe', short: 'Probe', interspersed: true, flags: [] },
    run: (ctx) => {
      for (const ms of spends) {
        ctx.spend(ms);
        seen.push({ now: ctx.now(), eventTime: ctx.rt.eventTime(), shell: ctx.io.now });
      }
      return 0;
    },
  };
}

/** A ProgramIO whose clock moves with spend, as the shell's does (exec/runtime.ts). */
function liveIo(start: number): ProgramIO {
  let elapsed = 0;
  return {
    fs: undefined as never,
    env: {},
    cwd: '/',
    user: { name: 'root', uid: 0, gid: 0, home: '/root' },
    userland: 'gnu',
    stdin: '',
    stdout: () => {},
    stderr: () => {},
    note: () => {},
    spend: (ms) => {
      if (Number.isFinite(ms) && ms > 0) elapsed += ms;
    },
    get now() {
      return start + elapsed;
    },
    run: () => 127,
  };
}

function runtime(): HostRuntime {
  return new HostRuntime(
    createWorld([]),
    new ManualClock(REPLAY_EPOCH),
    {} as Catalog,
    new CounterIds('clock-test'),
  );
}

describe('the docker command clock', () => {
  it('counts spent time once: ctx.now() is the shell clock, not the shell clock plus spent', () => {
    const seen: Seen[] = [];
    const program = dockerProgram(runtime(), () => {}, [clockProbe([10_000, 250], seen)]);
    expect(program(['docker', 'probe'], liveIo(REPLAY_EPOCH))).toBe(0);
    expect(seen.map((s) => s.now - REPLAY_EPOCH)).toEqual([10_000, 10_250]);
    for (const s of seen) expect(s.now).toBe(s.shell);
  });

  it('stamps daemon events with the same clock the command reads', () => {
    const seen: Seen[] = [];
    const program = dockerProgram(runtime(), () => {}, [clockProbe([3_000, 7_000], seen)]);
    program(['docker', 'probe'], liveIo(REPLAY_EPOCH + 500));
    for (const s of seen) expect(s.eventTime).toBe(s.now);
  });

  it('moves on with a test double whose now stands still, and ignores negative spends', () => {
    const seen: Seen[] = [];
    const rt = runtime();
    const program = dockerProgram(rt, () => {}, [clockProbe([2_000, -500, Number.NaN], seen)]);
    program(['docker', 'probe'], { ...liveIo(REPLAY_EPOCH), now: REPLAY_EPOCH });
    expect(seen.map((s) => s.now - REPLAY_EPOCH)).toEqual([2_000, 2_000, 2_000]);
    // After the command, event times come from the runtime's own clock again.
    expect(rt.eventTime()).toBe(REPLAY_EPOCH);
  });
});
