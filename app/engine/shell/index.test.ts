import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../fs/overlay';
import { coreutils, parseShell, runShell, type ShellOptions } from './index';
import { baseTree, NOW, ROOT, sim } from './testing/harness';

function options(overrides: Partial<ShellOptions> = {}): ShellOptions {
  return {
    fs: new OverlayFs([baseTree()]),
    env: { PATH: '/usr/bin:/bin' },
    cwd: '/',
    user: ROOT,
    userland: 'gnu',
    programs: coreutils('gnu'),
    now: NOW,
    ...overrides,
  };
}

describe('runShell', () => {
  it('returns stdout and stderr both separately and interleaved in order', () => {
    const r = runShell('echo out1; echo err1 >&2; echo out2', options());
    expect(r.output).toEqual([
      { stream: 'stdout', text: 'out1\n' },
      { stream: 'stderr', text: 'err1\n' },
      { stream: 'stdout', text: 'out2\n' },
    ]);
    expect([r.stdout, r.stderr]).toEqual(['out1\nout2\n', 'err1\n']);
  });

  it('feeds stdin to the script', () => {
    expect(runShell('read a; cat', options({ stdin: 'first\nrest\n' })).stdout).toBe('rest\n');
  });

  it("words errors as a terminal's interactive bash does, without a line number", () => {
    // Recorded with bash 5.2 reading typed lines (bash -i).
    const script = 'nosuchcmd\ncd /nope\n( nosuch2 )\necho )\n';
    const typed = runShell(script, options({ shellName: 'bash', interactive: true }));
    expect(typed.stderr).toBe(
      'bash: nosuchcmd: command not found\nbash: cd: /nope: No such file or directory\n' +
        "bash: nosuch2: command not found\nbash: syntax error near unexpected token `)'\n",
    );
    const script1 = runShell('nosuchcmd', options({ shellName: 'bash' }));
    expect(script1.stderr).toBe('bash: line 1: nosuchcmd: command not found\n');
  });

  it('uses shellName as $0 and as the prefix of its messages', () => {
    const r = runShell('echo $0; nope', options({ shellName: 'sh' }));
    expect(r).toMatchObject({ stdout: 'sh\n', stderr: 'sh: 1: nope: not found\n' });
  });

  it('carries variables, functions, options, $? and line numbers from one line to the next', () => {
    const s = sim();
    const first = s.run('cd /tmp; x=1; export Y=2; f() { echo "f$x$Y"; }; set -u; false');
    expect(first).toMatchObject({ cwd: '/tmp', vars: { x: '1' }, exitCode: 1, exited: false });
    const second = s.run('echo $?; f; pwd; echo $nope', {
      cwd: first.cwd,
      env: first.env,
      vars: first.vars,
      functions: first.functions,
      flags: first.flags,
      lastExitCode: first.exitCode,
      line: 2,
    });
    expect(second.stdout).toBe('1\nf12\n/tmp\n');
    expect(second.stderr).toBe('/bin/sh: 2: nope: parameter not set\n');
  });

  it('says when the shell ended itself, so an interactive session can close', () => {
    expect(sim().run('exit 5')).toMatchObject({ exitCode: 5, exited: true });
    expect(sim().run('false')).toMatchObject({ exitCode: 1, exited: false });
  });

  it('reports simulated time and the notes programs leave', () => {
    const r = sim().run('sleep 3; yes | head -1');
    expect(r.durationMs).toBe(3000);
    expect(r.notes).toEqual([
      'yes stopped after 1000 lines: the simulation caps its endless output.',
    ]);
  });

  it('returns a clear error rather than throwing when a program throws', () => {
    const programs = coreutils('gnu');
    programs.set('boom', {
      always: true,
      run: () => {
        throw new Error('kaput');
      },
    });
    const r = runShell('boom; echo after', options({ programs }));
    expect(r).toMatchObject({ stdout: 'after\n', stderr: 'boom: kaput\n', exitCode: 0 });
  });

  it('runs lines before a syntax error, as dash does', () => {
    const r = runShell('echo one\nif then\necho never', options());
    expect(r).toMatchObject({
      stdout: 'one\n',
      stderr: '/bin/sh: 2: Syntax error: "then" unexpected\n',
      exitCode: 2,
    });
  });
});

describe('parseShell', () => {
  it('returns the syntax tree or the error and its line', () => {
    expect(parseShell('echo hi').ok).toBe(true);
    expect(parseShell('echo hi\ncase')).toEqual({
      ok: false,
      error: 'Syntax error: end of file unexpected (expecting word)',
      line: 2,
    });
  });
});
