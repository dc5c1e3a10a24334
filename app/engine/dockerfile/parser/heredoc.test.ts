import { describe, expect, it } from 'vitest';
import { dumpBuildkit } from '../dump';
import { parseDockerfile } from '../index';
import type { ParsedDockerfile } from '../types';
import { chompHeredocContent, parseHeredocWord } from './heredoc-words';

function parse(text: string): ParsedDockerfile {
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.value;
}

describe('heredocs', () => {
  it('reads a RUN <<EOF body up to the terminator, line endings kept', () => {
    const df = parse('FROM a\nRUN <<EOF\necho hi\necho $HOME\nEOF\nUSER x\n');
    const run = df.instructions[1];
    expect(run?.heredocs).toEqual([
      { name: 'EOF', content: 'echo hi\necho $HOME\n', expand: true, chomp: false },
    ]);
    expect(run).toMatchObject({ startLine: 2, endLine: 5, args: ['<<EOF'] });
    expect(df.instructions[2]?.startLine).toBe(6);
  });

  it('keeps the heredoc out of the BuildKit dump', () => {
    expect(dumpBuildkit(parse('FROM a\nRUN <<EOF\nx\nEOF\n'))).toBe('(from "a")\n(run "<<EOF")\n');
  });

  it('marks <<- as chomp and accepts a tab-indented terminator', () => {
    const df = parse('FROM a\nRUN <<-EOT\n\techo hi\n\tEOT\n');
    const heredoc = df.instructions[1]?.heredocs[0];
    expect(heredoc).toMatchObject({ name: 'EOT', chomp: true, content: '\techo hi\n' });
    expect(chompHeredocContent(heredoc?.content ?? '')).toBe('echo hi\n');
  });

  it('disables expansion when the delimiter is quoted, fully or partly', () => {
    const df = parse('FROM a\nRUN <<\'EOF\' <<"B"C\n$x\nEOF\n$y\nBC\n');
    expect(df.instructions[1]?.heredocs.map((h) => [h.name, h.expand, h.content])).toEqual([
      ['EOF', false, '$x\n'],
      ['BC', false, '$y\n'],
    ]);
  });

  it('reads several heredocs of one line in order', () => {
    const df = parse('FROM a\nCOPY <<one <<two /dest/\n1\none\n2\ntwo\n');
    expect(df.instructions[1]?.heredocs.map((h) => [h.name, h.content])).toEqual([
      ['one', '1\n'],
      ['two', '2\n'],
    ]);
    expect(df.instructions[1]?.endLine).toBe(6);
  });

  it('finds a heredoc after a command word and records a file descriptor', () => {
    const df = parse('FROM a\nRUN python3 <<EOF\nprint(1)\nEOF\nRUN cat 3<<X\ny\nX\n');
    expect(df.instructions[1]?.heredocs[0]?.content).toBe('print(1)\n');
    expect(df.instructions[2]?.heredocs[0]).toMatchObject({ name: 'X', fileDescriptor: 3 });
  });

  it('ignores heredoc syntax in the exec form and in other instructions', () => {
    const df = parse('FROM a\nRUN ["cat", "<<EOF"]\nENV x=<<EOF\n');
    expect(df.instructions.map((i) => i.heredocs.length)).toEqual([0, 0, 0]);
  });

  it('reads heredocs of an ONBUILD trigger', () => {
    const df = parse('FROM a\nONBUILD RUN <<EOF\nx\nEOF\n');
    expect(df.instructions[1]?.heredocs[0]?.content).toBe('x\n');
    expect(df.instructions[1]?.next?.heredocs[0]?.content).toBe('x\n');
  });

  it('rejects an unterminated heredoc over the lines it swallowed', () => {
    const result = parseDockerfile('FROM a\nRUN <<EOF\necho\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toMatchObject({
        message: 'unterminated heredoc',
        line: 2,
        endLine: 3,
      });
    }
  });

  it('keeps CRLF endings in the body and still finds the terminator', () => {
    const df = parse('FROM a\r\nRUN <<EOF\r\nx\r\nEOF\r\n');
    expect(df.instructions[1]?.heredocs[0]?.content).toBe('x\r\n');
  });
});

describe('parseHeredocWord', () => {
  it('is undefined for words that are not heredoc openers', () => {
    for (const word of ['<<', '<<<EOF', 'a<<EOF', 'EOF']) {
      expect(parseHeredocWord(word)).toEqual({ ok: true, value: undefined });
    }
  });
});
