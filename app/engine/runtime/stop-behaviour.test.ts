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
