/** What bash adds over POSIX sh, checked against bash 5.2, and what dash lacks in turn. */
import { describe, expect, it } from 'vitest';
import { sim } from '../testing/harness';

const bash = (script: string) => sim().run(script, { shellName: 'bash' });
const dash = (script: string) => sim().run(script);

describe('bash extensions', () => {
  it('expands braces into lists and sequences', () => {
    expect(
      bash('echo {1..3} {a..c} {01..03} x{,.bak} {a,b{c,d}} "{a,b}" {a} {5..1..2}').stdout,
    ).toBe('1 2 3 a b c 01 02 03 x x.bak a bc bd {a,b} {a} 5 3 1\n');
  });

  it('creates directories from a brace list, where dash makes one odd name', () => {
    const s = sim();
    s.run('mkdir -p /app/{src,bin}', { shellName: 'bash' });
    s.run('mkdir -p /dash/{src,bin}');
    expect(s.run('ls /app /dash').stdout).toBe('/app:\nbin\nsrc\n\n/dash:\n{src,bin}\n');
  });

  it('evaluates [[ ]] without splitting, with patterns, regexes, && and ||', () => {
    const script =
      'x=abc; y="a b"; [[ $x == a* ]] && echo glob; [[ $x == "a*" ]] || echo literal; [[ $y == "a b" ]] && echo nosplit; ' +
      '[[ $x =~ ^a(b|c)c$ ]] && echo regex; [[ -d /tmp && ! -f /tmp ]] && echo dir; [[ ( 1 -eq 1 ) || 1 -eq 2 ]] && echo paren';
    expect(bash(script).stdout).toBe('glob\nliteral\nnosplit\nregex\ndir\nparen\n');
  });

  it('has no [[ in dash: it is a command that does not exist', () => {
    expect(dash('[[ 1 == 1 ]]')).toMatchObject({
      stderr: '/bin/sh: 1: [[: not found\n',
      exitCode: 127,
    });
  });

  it("reads $'...' escapes and changes case with ^^ and ,,", () => {
    expect(bash("x=Hello; printf '%s|' $'a\\tb' ${x^^} ${x,,} ${x,}; echo").stdout).toBe(
      'a\tb|HELLO|hello|hello|\n',
    );
  });

  it('feeds a here-string to stdin', () => {
    expect(bash('read -r a b <<< "one two"; echo "$b $a"').stdout).toBe('two one\n');
  });

  it('takes &> as a redirection of both streams', () => {
    const s = sim();
    s.run('ls /nope &> /tmp/both', { shellName: 'bash' });
    expect(s.run('cat /tmp/both').stdout).toBe(
      "ls: cannot access '/nope': No such file or directory\n",
    );
  });

  it('words its errors the bash way', () => {
    expect(bash('nope')).toMatchObject({
      stderr: 'bash: line 1: nope: command not found\n',
      exitCode: 127,
    });
    expect(bash('if true; then')).toMatchObject({
      stderr: 'bash: -c: line 2: syntax error: unexpected end of file\n',
      exitCode: 2,
    });
    expect(bash('echo ok; fi').stderr).toBe(
      "bash: -c: line 1: syntax error near unexpected token `fi'\nbash: -c: line 1: `echo ok; fi'\n",
    );
  });

  it('quotes words in set -x traces and prints assignments on their own lines', () => {
    expect(bash("set -x; a='x y' b=2; echo \"$a\" ''").stderr).toBe(
      "+ a='x y'\n+ b=2\n+ echo 'x y' ''\n",
    );
  });
});
