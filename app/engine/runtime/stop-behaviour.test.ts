import { describe, expect, it } from 'vitest';
import type { ServiceOutcome } from './services';
import { stopBehaviour, trappedTermExit } from './stop-behaviour';

const sleep: ServiceOutcome = {
  name: 'sleep',
  commandLine: 'sleep 1',
  ignoresSigterm: true,
  termExitCode: 143,
  termDelayMs: 0,
};
const nginx: ServiceOutcome = {
  name: 'nginx',
  commandLine: 'nginx',
  ignoresSigterm: false,
  termExitCode: 0,
  termDelayMs: 120,
};

describe('who answers docker stop', () => {
  it('is the program itself when it is PID 1', () => {
    expect(stopBehaviour(['sleep', '3600'], sleep, { init: false }).ignoresSigterm).toBe(true);
    expect(stopBehaviour(['nginx', '-g', 'daemon off;'], nginx, { init: false })).toMatchObject({
      ignoresSigterm: false,
      termExitCode: 0,
    });
  });

  it('is the shell when the program runs under sh -c, so SIGTERM is ignored unless trapped', () => {
    expect(
      stopBehaviour(['sh', '-c', 'while true; do sleep 1; done'], sleep, { init: false })
        .ignoresSigterm,
    ).toBe(true);
    expect(
      stopBehaviour(['sh', '-c', 'trap "exit 0" TERM; while true; do sleep 1; done'], sleep, {
        init: false,
      }),
    ).toEqual({
      ignoresSigterm: false,
      termExitCode: 0,
      termDelayMs: 1060,
    });
  });

  it('is the program when the shell execs it or runs it last', () => {
    expect(
      stopBehaviour(['sh', '-c', 'echo start && exec nginx -g "daemon off;"'], nginx, {
        init: false,
      }).termExitCode,
    ).toBe(0);
    expect(
      stopBehaviour(['sh', '-c', 'echo start; nginx -g "daemon off;"'], nginx, { init: false })
        .ignoresSigterm,
    ).toBe(false);
  });

  it('with --init, forwards the signal to a child that dies of it', () => {
    expect(stopBehaviour(['sleep', '3600'], sleep, { init: true })).toMatchObject({
      ignoresSigterm: false,
      termExitCode: 143,
    });
  });

  it('reads the status a TERM trap exits with', () => {
    expect(trappedTermExit('trap "exit 3" TERM; sleep 10')).toBe(3);
    expect(trappedTermExit("trap 'echo bye; exit' SIGTERM")).toBe(0);
    expect(trappedTermExit('trap "" TERM')).toBeUndefined();
    expect(trappedTermExit('sleep 10')).toBeUndefined();
  });
});

describe('whose goodbye and process tree the container keeps', () => {
  const puma: ServiceOutcome = {
    name: 'puma',
    commandLine: 'puma',
    ignoresSigterm: false,
    termExitCode: 143,
    termDelayMs: 300,
    stopLog: [{ stream: 'stdout', text: '- Goodbye!\n' }],
    processes: { title: 'puma 6.4.3 (tcp://0.0.0.0:9292) [app]' },
  };

  it('keeps both when the server is PID 1 (exec form, or a shell that execs it)', () => {
    for (const argv of [['puma'], ['sh', '-c', 'bundle install && exec puma']]) {
      const behaviour = stopBehaviour(argv, puma, { init: false });
      expect(behaviour.stopLog).toBe(puma.stopLog);
      expect(behaviour.processes).toBe(puma.processes);
    }
  });

  it('keeps neither under a shell that stays PID 1: the signal never reaches the server', () => {
    const behaviour = stopBehaviour(['sh', '-c', 'puma; echo done'], puma, { init: false });
    expect(behaviour.stopLog).toBeUndefined();
    expect(behaviour.processes).toBeUndefined();
  });

  it('keeps the goodbye but not the tree when npm or tini forwards the signal', () => {
    for (const [argv, init] of [
      [['npm', 'start'], false],
      [['puma'], true],
    ] as const) {
      const behaviour = stopBehaviour(argv, puma, { init });
      expect(behaviour.stopLog).toBe(puma.stopLog);
      expect(behaviour.processes).toBeUndefined();
    }
  });
});
