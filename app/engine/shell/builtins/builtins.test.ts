import { describe, expect, it } from 'vitest';
import { sim } from '../testing/harness';

const run = (script: string, userland: 'gnu' | 'busybox' = 'gnu') => sim(userland).run(script);

describe('cd and pwd', () => {
  it('changes directory, sets PWD and OLDPWD, and cd - goes back printing the path', () => {
    expect(run('cd /tmp; pwd; cd /etc; cd -; echo $PWD $OLDPWD').stdout).toBe(
      '/tmp\n/tmp\n/tmp /etc\n',
    );
  });

  it('goes home without arguments', () => {
    expect(run('cd; pwd').stdout).toBe('/root\n');
  });

  it('words a failed cd as dash, BusyBox and bash do', () => {
    expect(run('cd /nope')).toMatchObject({
      stderr: "/bin/sh: 1: cd: can't cd to /nope\n",
      exitCode: 2,
    });
    expect(run('cd /nope', 'busybox').stderr).toBe(
      "/bin/sh: cd: line 0: can't cd to /nope: No such file or directory\n",
    );
    expect(sim().run('cd /nope', { shellName: 'bash' }).stderr).toBe(
      'bash: line 1: cd: /nope: No such file or directory\n',
    );
  });
});

describe('variables', () => {
  it('exports to programs only what export marks', () => {
    expect(run('A=1; export B=2; env | grep -E "^(A|B)="').stdout).toBe('B=2\n');
  });

  it('passes prefix assignments to one command only', () => {
    expect(run('X=once env | grep X=; echo "[$X]"').stdout).toBe('X=once\n[]\n');
  });

  it('keeps readonly variables and ends the script on an assignment to one', () => {
    expect(run('readonly R=1; R=2; echo never')).toMatchObject({
      stderr: '/bin/sh: 1: R: is read only\n',
      exitCode: 2,
    });
  });

  it('unsets variables and functions', () => {
    expect(run('v=1; f() { :; }; unset v; unset -f f; echo "[${v-gone}]"; f').stderr).toBe(
      '/bin/sh: 1: f: not found\n',
    );
  });

  it('refuses local outside a function', () => {
    expect(run('local x=1')).toMatchObject({
      stderr: '/bin/sh: 1: local: not in a function\n',
      exitCode: 2,
    });
  });

  it('shifts positional parameters and fails fatally when there are too few (dash)', () => {
    expect(run('set -- a b c; shift 2; echo $@').stdout).toBe('c\n');
    expect(run('shift 3; echo never')).toMatchObject({
      stderr: "/bin/sh: 1: shift: can't shift that many\n",
      exitCode: 2,
    });
  });

  it('lists variables with set and exported ones with export -p', () => {
    expect(run('export Q="a b"; export -p | grep Q=').stdout).toBe("export Q='a b'\n");
  });
});

describe('read', () => {
  it('splits a line into names, the last taking the rest', () => {
    expect(run('echo "a b c d" | { read x y; echo "$x|$y"; }').stdout).toBe('a|b c d\n');
  });

  it('keeps backslashes with -r and joins continued lines without it', () => {
    expect(run('printf \'a\\\\\\nb\\n\' | { read v; echo "$v"; }').stdout).toBe('ab\n');
    expect(run("printf 'a\\\\tb\\n' | { read -r v; printf '%s\\n' \"$v\"; }").stdout).toBe(
      'a\\tb\n',
    );
    expect(run("printf 'a\\\\tb\\n' | { read v; printf '%s\\n' \"$v\"; }").stdout).toBe('atb\n');
  });

  it('returns 1 at end of input after assigning a last partial line', () => {
    expect(run('printf \'x\' | { read v; echo "$? $v"; }').stdout).toBe('1 x\n');
  });
});

describe('eval, ., exec, trap, exit', () => {
  it('evaluates its arguments as shell code in the current shell', () => {
    expect(run('cmd="x=5; echo \\$x"; eval "$cmd"; echo $x').stdout).toBe('5\n5\n');
  });

  it('sources a file, which may return early', () => {
    const s = sim('gnu', { '/env.sh': 'A=from-file\nreturn 0\nA=never\n' });
    expect(s.run('. /env.sh; echo $A').stdout).toBe('from-file\n');
  });

  it('has no source builtin in dash, but bash and BusyBox have one', () => {
    const files = { '/env.sh': 'A=1\n' };
    expect(sim('gnu', files).run('source /env.sh')).toMatchObject({
      stderr: '/bin/sh: 1: source: not found\n',
      exitCode: 127,
    });
    expect(sim('busybox', files).run('source /env.sh; echo $A').stdout).toBe('1\n');
  });

  it('replaces the shell with exec: nothing after it runs', () => {
    expect(run('exec echo replaced; echo never')).toMatchObject({
      stdout: 'replaced\n',
      exitCode: 0,
    });
  });

  it('runs the EXIT trap when the shell ends', () => {
    expect(run('trap "echo cleanup" EXIT; echo work; exit 3')).toMatchObject({
      stdout: 'work\ncleanup\n',
      exitCode: 3,
    });
  });

  it('exits with the given status, masked to 8 bits', () => {
    expect(run('exit 300').exitCode).toBe(44);
  });
});

describe('command, type, hash', () => {
  it('finds builtins, functions and programs with command -v', () => {
    expect(
      run('f() { :; }; command -v cd; command -v f; command -v ls; command -v nope; echo $?')
        .stdout,
    ).toBe('cd\nf\n/usr/bin/ls\n127\n');
  });

  it('describes names with type in dash wording', () => {
    expect(run('f() { :; }; type f exit cd ls if').stdout).toBe(
      'f is a shell function\nexit is a special shell builtin\ncd is a shell builtin\nls is /usr/bin/ls\nif is a shell keyword\n',
    );
  });

  it('skips functions with command', () => {
    expect(run('ls() { echo function; }; command ls /tmp; ls').stdout).toBe('function\n');
  });

  it('accepts hash and ulimit without effect', () => {
    expect(run('hash -r; ulimit -n 1024; echo ok').stdout).toBe('ok\n');
  });
});

describe('echo, printf and test as builtins', () => {
  it('interprets escapes in dash echo but only with -e in BusyBox echo', () => {
    expect(run("echo 'a\\tb'").stdout).toBe('a\tb\n');
    expect(run("echo 'a\\tb'; echo -e 'a\\tb'", 'busybox').stdout).toBe('a\\tb\na\tb\n');
    expect(run('echo -e x').stdout).toBe('-e x\n');
  });

  it('reuses the printf format for extra arguments', () => {
    expect(run('printf "%s=%d\\n" a 1 b 2').stdout).toBe('a=1\nb=2\n');
  });

  it('words an illegal number in [ as each shell does', () => {
    expect(run('[ "" -eq 1 ]')).toMatchObject({
      stderr: '/bin/sh: 1: [: Illegal number: \n',
      exitCode: 2,
    });
    expect(run('[ "" -eq 1 ]', 'busybox').stderr).toBe('/bin/sh: bad number\n');
  });

  it('tests files by type and permission', () => {
    const s = sim('gnu', { '/f': 'x' });
    expect(
      s.run('[ -f /f ] && [ -d /tmp ] && [ ! -x /f ] && [ -s /f ] && [ -L /bin ] && echo yes')
        .stdout,
    ).toBe('yes\n');
  });
});

describe('interactive-style state', () => {
  it('keeps cwd and variables in the result for the next line', () => {
    const s = sim();
    const first = s.run('cd /tmp; secret=1; export SHOWN=2');
    expect(first).toMatchObject({ cwd: '/tmp', vars: { secret: '1' } });
    expect(first.env.SHOWN).toBe('2');
    const second = s.run('echo $secret $SHOWN $(pwd)', {
      cwd: first.cwd,
      env: first.env,
      vars: first.vars,
    });
    expect(second.stdout).toBe('1 2 /tmp\n');
  });
});

describe('startup variables', () => {
  it('exports PWD and keeps IFS, OPTIND and the prompts as shell variables, as dash does', () => {
    const r = sim().run('set', { cwd: '/tmp' });
    expect(r.stdout).toBe(
      "HOME='/root'\nIFS=' \t\n'\nOPTIND='1'\nPATH='/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'\nPPID='0'\nPS1='# '\nPS2='> '\nPS4='+ '\nPWD='/tmp'\n",
    );
    expect(r.env.PWD).toBe('/tmp');
  });

  it('counts SHLVL in BusyBox and bash, one more per nested shell', () => {
    expect(sim('busybox').run('echo $SHLVL; sh -c "echo \\$SHLVL"').stdout).toBe('1\n2\n');
    expect(sim().run('echo "[$SHLVL]"').stdout).toBe('[]\n');
  });
});
