/**
 * One line typed at a host's prompt: it runs in the host's shell (GNU userland) with the
 * docker CLI, jq and ssh as programs. The host's files, working directory and variables
 * carry over to the next line.
 */
import { OverlayFs } from '../fs/overlay';
import { CounterIds } from '../ids';
import { HostRuntime } from '../host/runtime';
import { createHost } from '../host/world';
import type { World } from '../host/state';
import { coreutils, runShell } from '../shell';
import type { ProgramEntry } from '../shell/program';
import type { Attachment, LineOptions } from './interactive';
import type { LineResult } from './line-result';
import { dockerProgram } from './docker';
import { jqProgram } from './jq-program';
import { ManualClock } from '../clock';
import { MACHINE } from './commands/engine-facts';

/** Programs only the host has (its own Debian has more, but these are what the lessons use). */
const HOST_ONLY = ['docker', 'jq', 'ssh'];

export function hostToolNames(): string[] {
  return [...new Set([...coreutils('gnu').keys(), ...HOST_ONLY])].sort();
}

export function runHostLine(world: World, input: string, options: LineOptions): LineResult {
  const ids = new CounterIds(world.ids.seed, world.ids.counter);
  const rt = new HostRuntime(world, new ManualClock(options.now), options.catalog, ids);
  const host = rt.host;
  const fs = new OverlayFs([], host.fs);
  let attach: Attachment | undefined;
  const programs = new Map<string, ProgramEntry>(coreutils('gnu'));
  programs.set('docker', { run: dockerProgram(rt, (a) => (attach = a)) });
  programs.set('jq', { run: jqProgram });
  programs.set('ssh', {
    run: (argv, io) => {
      const target = argv.filter((a) => !a.startsWith('-'))[1]?.replace(/^.*@/, '');
      if (!target) {
        io.stderr('usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] destination [command]\n');
        return 255;
      }
      if (!/^[a-z][a-z0-9-]*$/.test(target)) {
        io.stderr(`ssh: Could not resolve hostname ${target}: Name or service not known\n`);
        return 255;
      }
      if (!rt.world.hosts[target])
        rt.world = {
          ...rt.world,
          hosts: { ...rt.world.hosts, [target]: createHost(target, hostToolNames()) },
        };
      io.stdout(`Linux ${target} ${MACHINE.kernel} #1 SMP PREEMPT_DYNAMIC Debian x86_64\n`);
      attach = { kind: 'host', host: target, previous: rt.world.current };
      rt.world = { ...rt.world, current: target };
      return 0;
    },
  });
  const result = runShell(input, {
    fs,
    env: host.env,
    vars: host.vars,
    cwd: host.cwd,
    user: { name: 'learner', uid: 1000, gid: 1000, home: host.home },
    userland: 'gnu',
    programs,
    now: options.now,
    shellName: 'bash',
    // The terminal's prompt is an interactive bash: its errors name no line number.
    interactive: true,
    // A real user's terminal: stdout not redirected or piped is a TTY (ls prints columns,
    // docker export refuses to write an archive to it). The shell tracks redirections.
    tty: options.tty ?? false,
  });
  // The shell worked on the host the line started on, even if `ssh` moved the terminal.
  const after = rt.world.hosts[host.name] ?? host;
  rt.world = {
    ...rt.world,
    hosts: {
      ...rt.world.hosts,
      [host.name]: {
        ...after,
        fs: fs.upper,
        cwd: result.cwd,
        env: { ...result.env, PWD: result.cwd },
        vars: result.vars ?? host.vars,
      },
    },
  };
  return {
    world: rt.finish(),
    output: result.output,
    exitCode: result.exitCode,
    durationMs: result.durationMs,
    events: rt.events,
    notes: result.notes,
    ...(attach ? { attach } : {}),
  };
}
