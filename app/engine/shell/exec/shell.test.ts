import { describe, expect, it } from 'vitest';
import { readText, sim } from '../testing/harness';

const run = (script: string, userland: 'gnu' | 'busybox' = 'gnu') => sim(userland).run(script);

describe('expansion in the running shell', () => {
  it('splits unquoted expansions on IFS and keeps quoted ones whole', () => {
    expect(run('x="a  b"; printf "<%s>" $x "$x"; echo').stdout).toBe('<a><b><a  b>\n');
    expect(run('IFS=:; x=a::b; printf "<%s>" $x; echo').stdout).toBe('<a><><b>\n');
  });

  it('expands "$@" to one word per parameter and "$*" to one word', () => {
    expect(run('set -- "a b" c; printf "<%s>" "$@"; printf "[%s]" "$*"; echo').stdout).toBe(
      '<a b><c>[a b c]\n',
    );
  });

  it('runs command substitutions for real and strips trailing newlines', () => {
    expect(run('echo "[$(printf "x\\n\\n")]" `echo y`').stdout).toBe('[x] y\n');
  });

  it('globs against the filesystem and leaves unmatched patterns as they are', () => {
    const s = sim();
    s.run('mkdir /g && touch /g/b.txt /g/a.txt /g/.hidden /g/c.log');
    expect(s.run('echo /g/*.txt /g/*.none /g/*').stdout).toBe(
      '/g/a.txt /g/b.txt /g/*.none /g/a.txt /g/b.txt /g/c.log\n',
    );
    expect(s.run('cd /g && echo ?.log [ab].*').stdout).toBe('c.log a.txt b.txt\n');
  });

  it('expands ~ to $HOME and ~user from /etc/passwd', () => {
    expect(run('echo ~ ~/x ~nobody "~"').stdout).toBe('/root /root/x /nonexistent ~\n');
  });

  it('gives $$ a fixed pid and $? the last status', () => {
    expect(run('echo $$; false; echo $?').stdout).toBe('1\n1\n');
  });

  it('supports ${x/a/b} and ${x:1:2} in bash and BusyBox but not in dash', () => {
    expect(sim().run('x=hello; echo ${x/l/L} ${x:1:3}', { shellName: 'bash' }).stdout).toBe(
      'heLlo ell\n',
    );
    expect(run('x=hello; echo ${x//l/L}', 'busybox').stdout).toBe('heLLo\n');
    expect(run('x=hello; echo ${x/l/L}')).toMatchObject({
      stderr: '/bin/sh: 1: Bad substitution\n',
      exitCode: 2,
    });
  });
});

describe('control flow', () => {
  it('runs for, while, until, case and functions with arguments and return codes', () => {
    const script = [
      'for i in 1 2 3; do echo "for $i"; done',
      'n=0; while [ $n -lt 2 ]; do n=$((n+1)); done; echo "while $n"',
      'until [ $n -eq 0 ]; do n=$((n-1)); done; echo "until $n"',
      'case "a.tar.gz" in *.zip|*.jar) echo zip;; *.tar.*) echo tar;; esac',
      'f() { echo "f $1 $#"; return 4; }; f x y; echo "status $?"',
    ].join('\n');
    expect(run(script).stdout).toBe(
      'for 1\nfor 2\nfor 3\nwhile 2\nuntil 0\ntar\nf x 2\nstatus 4\n',
    );
  });

  it('breaks and continues out of nested loops by level', () => {
    expect(
      run('for a in 1 2; do for b in x y; do [ $b = y ] && continue 2; echo $a$b; done; done')
        .stdout,
    ).toBe('1x\n2x\n');
    expect(
      run('for a in 1 2; do for b in x y; do break 2; done; echo no; done; echo out').stdout,
    ).toBe('out\n');
  });

  it('keeps local variables inside the function', () => {
    expect(run('x=out; f() { local x=in; echo $x; }; f; echo $x').stdout).toBe('in\nout\n');
  });

  it('does not leak variable or directory changes out of a subshell', () => {
    expect(run('x=1; (x=2; cd /tmp); echo $x $(pwd)').stdout).toBe('1 /\n');
  });

  it('runs each stage of a pipeline in a subshell, feeding stdout to stdin', () => {
    expect(run('echo hi | read v; echo "[$v]"; printf "b\\na\\n" | sort | head -1').stdout).toBe(
      '[]\na\n',
    );
  });

  it('runs & commands synchronously and sets $!', () => {
    expect(run('echo bg & wait; echo "$!" | grep -c "[0-9]"').stdout).toBe('bg\n1\n');
  });

  it('stops an endless loop with a clear error instead of hanging', () => {
    const r = run('while true; do :; done; echo never');
    expect(r.stderr).toContain('loop stopped after 10000 iterations');
    expect(r.exitCode).toBe(124);
    expect(r.notes.join(' ')).toContain('stopped this script');
  });

  it('stops endless recursion', () => {
    expect(run('f() { f; }; f').stderr).toContain('functions nested more than 100 deep');
  });

  it('stops a string that doubles itself forever', () => {
    expect(run('x=ab; while :; do x="$x$x"; done').stderr).toContain('value longer than');
  });
});

describe('redirections and heredocs', () => {
  it('creates, truncates and appends files, and sends stderr where 2>&1 says', () => {
    const s = sim();
    s.run(
      'echo one > /tmp/f; echo two >> /tmp/f; ls /nope > /tmp/e 2>&1; echo three 2>/dev/null >/tmp/g',
    );
    expect(readText(s.fs, '/tmp/f')).toBe('one\ntwo\n');
    expect(readText(s.fs, '/tmp/e')).toBe("ls: cannot access '/nope': No such file or directory\n");
    expect(readText(s.fs, '/tmp/g')).toBe('three\n');
  });

  it('reads stdin from a file with <', () => {
    const s = sim('gnu', { '/data.txt': 'x y\n' });
    expect(s.run('read a b < /data.txt; echo $b$a').stdout).toBe('yx\n');
  });

  it('expands unquoted heredocs and keeps quoted ones literal', () => {
    const r = run("v=1\ncat <<EOF\nv=$v $(echo sub)\nEOF\ncat <<'EOF'\nv=$v\nEOF");
    expect(r.stdout).toBe('v=1 sub\nv=$v\n');
  });

  it('writes a heredoc to a file (the scenario-script idiom)', () => {
    const s = sim();
    s.run('cat > /tmp/Dockerfile <<\'EOF\'\nFROM python:3.14-slim\nCMD ["python"]\nEOF');
    expect(readText(s.fs, '/tmp/Dockerfile')).toBe('FROM python:3.14-slim\nCMD ["python"]\n');
  });

  it('reports a missing directory in the target with the shell wording', () => {
    expect(run('echo x > /nope/f')).toMatchObject({
      stderr: '/bin/sh: 1: cannot create /nope/f: Directory nonexistent\n',
      exitCode: 2,
    });
    expect(run('echo x > /nope/f', 'busybox')).toMatchObject({
      stderr: "/bin/sh: can't create /nope/f: nonexistent directory\n",
      exitCode: 1,
    });
  });

  it('keeps exec redirections for the rest of the script', () => {
    const s = sim();
    s.run('exec > /tmp/log; echo one; echo two');
    expect(readText(s.fs, '/tmp/log')).toBe('one\ntwo\n');
  });

  it('gives new files the user owner and the umask', () => {
    const s = sim();
    s.run('umask 077; echo x > /tmp/private', {
      user: { name: 'nobody', uid: 65534, gid: 65534, home: '/' },
    });
    const st = s.fs.stat('/tmp/private');
    expect(st.ok && st.value.node).toMatchObject({ uid: 65534, gid: 65534, mode: 0o600 });
  });
});

describe('finding commands', () => {
  it('reports a missing command as dash does on Debian and as BusyBox does', () => {
    expect(run('foo')).toMatchObject({ stderr: '/bin/sh: 1: foo: not found\n', exitCode: 127 });
    expect(run('foo', 'busybox')).toMatchObject({
      stderr: '/bin/sh: foo: not found\n',
      exitCode: 127,
    });
    expect(sim().run('foo', { shellName: 'bash' })).toMatchObject({
      stderr: 'bash: line 1: foo: command not found\n',
    });
  });

  it('refuses to run a file without the execute bit, with 126', () => {
    const s = sim('gnu', { '/tmp/script.sh': 'echo hi\n' });
    expect(s.run('/tmp/script.sh')).toMatchObject({
      stderr: '/bin/sh: 1: /tmp/script.sh: Permission denied\n',
      exitCode: 126,
    });
  });

  it('runs #! scripts by path and text files without #! in sh', () => {
    const s = sim('gnu', {
      '/usr/local/bin/hello': '#!/bin/sh\necho "hello $1 from $0"\n',
      '/tmp/plain': 'echo plain\n',
    });
    s.run('chmod +x /usr/local/bin/hello /tmp/plain');
    expect(s.run('hello world; /tmp/plain').stdout).toBe(
      'hello world from /usr/local/bin/hello\nplain\n',
    );
  });

  it('finds a program only where the image has an executable for it on PATH', () => {
    expect(run('useradd x', 'busybox')).toMatchObject({ exitCode: 127 });
    expect(run('PATH=/nowhere; ls')).toMatchObject({ stderr: '/bin/sh: 1: ls: not found\n' });
    expect(run('PATH=/nowhere; echo still-built-in').stdout).toBe('still-built-in\n');
  });

  it('runs sh -c, bash -c and sh script.sh as nested shells', () => {
    const s = sim('gnu', { '/tmp/s.sh': 'echo "script $1"\nexit 3\n' });
    const r = s.run(
      'sh -c \'echo "c $0 $1"\' zero one; bash -c "echo bash"; sh /tmp/s.sh arg; echo $?',
    );
    expect(r.stdout).toBe('c zero one\nbash\nscript arg\n3\n');
  });

  it('words a missing script file as each shell does', () => {
    expect(run('sh /nope.sh')).toMatchObject({
      stderr: 'sh: 0: cannot open /nope.sh: No such file\n',
      exitCode: 2,
    });
  });
});
