import { describe, expect, it } from 'vitest';
import type { ServiceOutcome } from './services';
import { stopBehaviour, trappedTermExit, type StopOptions } from './stop-behaviour';

/** BusyBox's sh, as the busybox and alpine images have it. */
const ASH: StopOptions = { init: false, shell: 'ash' };
/** Debian's and Ubuntu's /bin/sh. */
const DASH: StopOptions = { init: false, shell: 'dash' };

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
    expect(stopBehaviour(['sleep', '3600'], sleep, ASH).ignoresSigterm).toBe(true);
    expect(stopBehaviour(['nginx', '-g', 'daemon off;'], nginx, ASH)).toMatchObject({
      ignoresSigterm: false,
      termExitCode: 0,
    });
  });

  it('is the shell when the program runs under sh -c, so SIGTERM is ignored unless trapped', () => {
    expect(
      stopBehaviour(['sh', '-c', 'while true; do sleep 1; done'], sleep, ASH).ignoresSigterm,
    ).toBe(true);
    expect(
      stopBehaviour(['sh', '-c', 'trap "exit 0" TERM; while true; do sleep 1; done'], sleep, ASH),
    ).toEqual({
      ignoresSigterm: false,
      termExitCode: 0,
      termDelayMs: 1060,
    });
  });

  it('is the program when the shell execs it or runs it last', () => {
    expect(
      stopBehaviour(['sh', '-c', 'echo start && exec nginx -g "daemon off;"'], nginx, ASH)
        .termExitCode,
    ).toBe(0);
    expect(
      stopBehaviour(['sh', '-c', 'echo start; nginx -g "daemon off;"'], nginx, ASH).ignoresSigterm,
    ).toBe(false);
  });

  it('with --init, forwards the signal to a child that dies of it', () => {
    expect(stopBehaviour(['sleep', '3600'], sleep, { ...ASH, init: true })).toMatchObject({
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
      const behaviour = stopBehaviour(argv, puma, ASH);
      expect(behaviour.stopLog).toBe(puma.stopLog);
      expect(behaviour.processes).toBe(puma.processes);
    }
  });

  it('keeps the tree but not the goodbye under a shell that stays PID 1: the signal never reaches the server', () => {
    const behaviour = stopBehaviour(['sh', '-c', 'puma; echo done'], puma, ASH);
    expect(behaviour.stopLog).toBeUndefined();
    expect(behaviour.processes).toBe(puma.processes);
  });

  it('keeps the goodbye and the tree when npm, docker-init or tini forwards the signal', () => {
    for (const [argv, init] of [
      [['npm', 'start'], false],
      [['puma'], true],
      [['tini', '--', 'puma'], false],
    ] as const) {
      const behaviour = stopBehaviour(argv, puma, { ...ASH, init });
      expect(behaviour.stopLog).toBe(puma.stopLog);
      expect(behaviour.processes).toBe(puma.processes);
    }
  });
});

describe('whether the shell is PID 1 depends on which shell sh is', () => {
  const shellForm = ['sh', '-c', "nginx -g 'daemon off;'"];

  it('dash stays above a shell-form CMD: SIGTERM is ignored and the server never hears it', () => {
    expect(stopBehaviour(shellForm, nginx, DASH)).toEqual({
      ignoresSigterm: true,
      termExitCode: 143,
      termDelayMs: 0,
    });
  });

  it('BusyBox sh and bash exec it: the server is PID 1 and answers itself', () => {
    for (const shell of ['ash', 'bash'] as const) {
      expect(stopBehaviour(shellForm, nginx, { init: false, shell })).toMatchObject({
        ignoresSigterm: false,
        termExitCode: 0,
      });
    }
  });

  it('an explicit exec hands PID 1 over under dash too', () => {
    expect(stopBehaviour(['sh', '-c', "exec nginx -g 'daemon off;'"], nginx, DASH)).toMatchObject({
      ignoresSigterm: false,
      termExitCode: 0,
    });
  });

  it('a script that names the program only inside a word does not hand over', () => {
    // The old text match read `nginx` at the end as the server; it is an argument of sleep.
    expect(stopBehaviour(['sh', '-c', 'sleep 5; echo nginx'], sleep, ASH).ignoresSigterm).toBe(
      true,
    );
  });
});

describe('docker stop of busybox under a shell or --init (recorded, Docker 20.10)', () => {
  // `docker run -d busybox sh -c "sleep 1000; true"`: docker top → sh -c ..., sleep 1000;
  // `time docker stop` → 10.58 s, ExitCode 137. `sh -c "sleep 1000"` → sleep is PID 1 and
  // ignores it too: 10.50 s, 137. With --init the same two stop in 0.44 s and 0.36 s, 143.
  const sleeping: ServiceOutcome = { ...sleep, commandLine: 'sleep 1000' };

  it('a shell that stays ignores SIGTERM, and so does the sleep it execs', () => {
    for (const script of ['sleep 1000; true', 'sleep 1000']) {
      expect(stopBehaviour(['sh', '-c', script], sleeping, ASH)).toMatchObject({
        ignoresSigterm: true,
      });
    }
  });

  it('docker-init forwards SIGTERM to the shell or the sleep, which die of it: 143', () => {
    for (const argv of [
      ['sh', '-c', 'sleep 1000; true'],
      ['sleep', '1000'],
    ]) {
      expect(stopBehaviour(argv, sleeping, { ...ASH, init: true })).toMatchObject({
        ignoresSigterm: false,
        termExitCode: 143,
      });
    }
  });
});
