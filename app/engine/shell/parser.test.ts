import { describe, expect, it } from 'vitest';
import { parseShell } from './index';
import type { Script, SimpleCommand } from './ast';

function firstCommand(script: Script): SimpleCommand {
  const cmd = script.items[0]?.first.commands[0];
  if (cmd?.type !== 'simple') throw new Error('expected a simple command');
  return cmd;
}

function parse(text: string): Script {
  const result = parseShell(text);
  if (!result.ok) throw new Error(result.error);
  return result.ast;
}

describe('parseShell', () => {
  it('splits a command line into words, assignments and redirections', () => {
    const cmd = firstCommand(parse('FOO=bar echo "a b" c >out 2>&1'));
    expect(cmd.assigns.map((a) => a.name)).toEqual(['FOO']);
    expect(cmd.words.map((w) => w.raw)).toEqual(['echo', '"a b"', 'c']);
    expect(cmd.redirects).toMatchObject([
      { kind: 'file', op: '>', target: { raw: 'out' } },
      { kind: 'file', fd: 2, op: '>&', target: { raw: '1' } },
    ]);
  });

  it('ends a command substitution at its own parenthesis even with a case pattern inside', () => {
    const cmd = firstCommand(parse('echo $(case a in a) echo x;; esac) tail'));
    expect(cmd.words.map((w) => w.raw)).toEqual(['echo', '$(case a in a) echo x;; esac)', 'tail']);
  });

  it('tells $(( arithmetic )) from $( (a subshell) )', () => {
    const arith = firstCommand(parse('echo $((1 + 2))')).words[1]?.parts[0];
    const sub = firstCommand(parse('echo $( (echo x) )')).words[1]?.parts[0];
    expect(arith?.type).toBe('arith');
    expect(sub?.type).toBe('command');
  });

  it('reads heredoc bodies after the line, quoted ones without expansion', () => {
    const script = parse("cat <<EOF; cat <<'RAW'\nhi $x\nEOF\nraw $y\nRAW\necho after");
    const first = firstCommand(script);
    expect(first.redirects[0]).toMatchObject({
      kind: 'heredoc',
      doc: { delimiter: 'EOF', quoted: false },
    });
    const second = script.items[1]?.first.commands[0] as SimpleCommand;
    expect(second.redirects[0]).toMatchObject({
      kind: 'heredoc',
      doc: { quoted: true, body: [{ type: 'quoted', text: 'raw $y\n' }] },
    });
    expect(script.items).toHaveLength(3);
  });

  it('strips leading tabs in <<- heredocs', () => {
    const cmd = firstCommand(parse('cat <<-EOF\n\t\tindented\n\tEOF\n'));
    expect(cmd.redirects[0]).toMatchObject({
      doc: { body: [{ type: 'literal', text: 'indented\n' }] },
    });
  });

  it('joins lines ended by a backslash and drops comments', () => {
    const cmd = firstCommand(parse('apt-get install \\\n  -y curl # and nothing else'));
    expect(cmd.words.map((w) => w.raw)).toEqual(['apt-get', 'install', '-y', 'curl']);
  });

  it('parses compound commands: if, for, while, case, functions, groups and subshells', () => {
    const script = parse(
      'if a; then b; elif c; then d; else e; fi; for x in 1 2; do :; done; while false; do :; done; case $x in a|b) ;; *) ;; esac; f() { :; }; ( cd /; )',
    );
    expect(script.items.map((i) => i.first.commands[0]?.type)).toEqual([
      'if',
      'for',
      'loop',
      'case',
      'function',
      'subshell',
    ]);
  });

  it('keeps reserved words as plain arguments after the command name', () => {
    expect(firstCommand(parse('echo if then fi')).words.map((w) => w.raw)).toEqual([
      'echo',
      'if',
      'then',
      'fi',
    ]);
  });

  it('reports a misplaced keyword in dash wording', () => {
    expect(parseShell('if then')).toEqual({
      ok: false,
      error: 'Syntax error: "then" unexpected',
      line: 1,
    });
  });

  it('reports a missing closer with what it expected', () => {
    expect(parseShell('if true; then echo')).toMatchObject({
      error: 'Syntax error: end of file unexpected (expecting "fi")',
    });
    expect(parseShell('while :')).toMatchObject({
      error: 'Syntax error: end of file unexpected (expecting "do")',
    });
    expect(parseShell('{ echo')).toMatchObject({
      error: 'Syntax error: end of file unexpected (expecting "}")',
    });
    expect(parseShell('echo $(')).toMatchObject({
      error: 'Syntax error: end of file unexpected (expecting ")")',
    });
  });

  it('reports unterminated quotes, bad substitutions and bad for variables', () => {
    expect(parseShell('echo "abc')).toMatchObject({
      error: 'Syntax error: Unterminated quoted string',
    });
    expect(parseShell('echo ${a;}')).toMatchObject({ error: 'Bad substitution' });
    expect(parseShell('echo ${a')).toMatchObject({ error: "Syntax error: Missing '}'" });
    expect(parseShell('for 1 in a; do :; done')).toMatchObject({
      error: 'Syntax error: Bad for loop variable',
    });
    expect(parseShell('echo `')).toMatchObject({
      error: 'Syntax error: EOF in backquote substitution',
    });
  });

  it('words syntax errors as BusyBox and bash do', () => {
    expect(parseShell('if then', 'ash')).toMatchObject({
      error: 'syntax error: unexpected "then"',
    });
    expect(parseShell('if true; then', 'ash')).toMatchObject({
      error: 'syntax error: unexpected end of file (expecting "fi")',
    });
    expect(parseShell('if then', 'bash')).toMatchObject({
      error: "syntax error near unexpected token `then'",
    });
    expect(parseShell('echo "x', 'bash')).toMatchObject({
      error: 'unexpected EOF while looking for matching `"\'',
    });
  });

  it('counts lines for errors on later lines', () => {
    expect(parseShell('echo a\necho b\nfi')).toMatchObject({ ok: false, line: 3 });
  });

  it('treats &> as a redirection in bash but as & then > in dash', () => {
    const bash = parseShell('echo hi &>/dev/null', 'bash');
    const dash = parseShell('echo hi &>/dev/null', 'dash');
    expect(bash.ok && bash.ast.items).toHaveLength(1);
    expect(dash.ok && dash.ast.items).toHaveLength(2);
    expect(dash.ok && dash.ast.items[0]?.background).toBe(true);
  });
});
