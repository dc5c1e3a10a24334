import { describe, expect, it } from 'vitest';
import { dumpBuildkit } from '../dump';
import { parseDockerfile } from '../index';
import type { ParsedDockerfile } from '../types';

function parse(text: string): ParsedDockerfile {
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.value;
}

function parseError(text: string) {
  const result = parseDockerfile(text);
  if (result.ok) throw new Error('expected a parse error');
  return result.errors[0];
}

describe('directives', () => {
  it('reads # escape= and # syntax= at the top and records them', () => {
    const df = parse('# syntax=docker/dockerfile:1\n# escape=`\nFROM a\nRUN echo `\n  hi\n');
    expect(df.escapeToken).toBe('`');
    expect(df.directives).toEqual({ syntax: 'docker/dockerfile:1', escape: '`' });
    expect(df.instructions[1]?.args).toEqual(['echo   hi']);
  });

  it('ignores a directive after a comment, a blank line or an instruction', () => {
    expect(parse('# hello\n# escape=`\nFROM a\n').escapeToken).toBe('\\');
    expect(parse('\n# escape=`\nFROM a\n').escapeToken).toBe('\\');
    expect(parse('FROM a\n# escape=`\nRUN x\n').escapeToken).toBe('\\');
  });

  it('matches directive names case-insensitively and trims around =', () => {
    const df = parse('#  ESCAPE  =  `  \nFROM a\n');
    expect(df.escapeToken).toBe('`');
  });

  it('rejects a repeated directive on its line', () => {
    const error = parseError('# escape=\\\n# escape=`\nFROM a\n');
    expect(error?.message).toBe('only one escape parser directive can be used');
    expect(error?.line).toBe(2);
  });

  it('rejects an escape token other than \\ or `', () => {
    const error = parseError('# escape=x\nFROM a\n');
    expect(error?.message).toBe("invalid escape token 'x' does not match ` or \\");
    expect(error?.line).toBe(1);
  });
});

describe('line continuations', () => {
  it('joins lines ending with the escape token, keeping the text around it', () => {
    const df = parse('FROM a\nRUN echo a \\\n    b\\\nc\n');
    expect(df.instructions[1]?.original).toBe('RUN echo a     bc');
    expect(df.instructions[1]).toMatchObject({ startLine: 2, endLine: 4 });
  });

  it('drops comment lines inside a continuation', () => {
    const df = parse('FROM a\nRUN a \\\n  # note\n  b\n');
    expect(df.instructions[1]?.args).toEqual(['a   b']);
  });

  it('drops empty continuation lines and warns on the last line of the instruction', () => {
    const df = parse('FROM a\nRUN a \\\n\n  b\n');
    expect(df.instructions[1]?.args).toEqual(['a   b']);
    expect(df.warnings).toEqual([
      expect.objectContaining({ code: 'NoEmptyContinuation', line: 4, severity: 'warning' }),
    ]);
  });

  it('does not continue after an escaped escape token', () => {
    const df = parse('FROM a\nENV C x\\\\\nENV D y\n');
    expect(df.instructions.map((i) => i.keyword)).toEqual(['FROM', 'ENV', 'ENV']);
  });

  it('accepts a trailing backslash on the last line of the file', () => {
    const df = parse('FROM a\nRUN echo \\');
    expect(df.instructions[1]).toMatchObject({ args: ['echo'], startLine: 2, endLine: 2 });
  });

  it('handles CRLF line endings like LF', () => {
    const crlf = parse('FROM a\r\nRUN echo a \\\r\n  b\r\n');
    const lf = parse('FROM a\nRUN echo a \\\n  b\n');
    expect(dumpBuildkit(crlf)).toBe(dumpBuildkit(lf));
  });

  it('drops a UTF-8 byte-order mark at the start', () => {
    expect(parse('\uFEFFFROM a\n').instructions[0]?.args).toEqual(['a']);
  });
});

describe('instructions', () => {
  it('matches keywords case-insensitively and keeps how they were written', () => {
    const df = parse('from a\nRun echo\n');
    expect(df.instructions.map((i) => [i.keyword, i.rawKeyword])).toEqual([
      ['FROM', 'from'],
      ['RUN', 'Run'],
    ]);
  });

  it('records the 1-based column of an indented keyword', () => {
    const df = parse('FROM a\n   RUN echo\n');
    expect(df.instructions[1]?.column).toBe(4);
  });

  it('keeps unknown instructions with one empty value, as BuildKit does', () => {
    const df = parse('FROM a\nFOO bar\n');
    expect(dumpBuildkit(df)).toBe('(from "a")\n(foo "")\n');
  });

  it('uses the exec form for a valid JSON array and the shell form otherwise', () => {
    const df = parse('CMD ["a", "b c"]\nCMD [a, b]\nCMD ["a"] x\n');
    expect(df.instructions.map((i) => [i.json, i.args])).toEqual([
      [true, ['a', 'b c']],
      [false, ['[a, b]']],
      [false, ['["a"] x']],
    ]);
  });

  it('rejects a JSON array that holds something other than strings', () => {
    const error = parseError('FROM a\nCMD ["a", 1]\n');
    expect(error?.message).toBe(
      'when using JSON array syntax, arrays must be comprised of strings only',
    );
    expect(error?.line).toBe(2);
  });

  it('wraps the ONBUILD trigger as an inner instruction', () => {
    const df = parse('FROM a\nONBUILD RUN ["echo", "x"]\n');
    const onbuild = df.instructions[1];
    expect(onbuild?.next).toMatchObject({ keyword: 'RUN', args: ['echo', 'x'], json: true });
    expect(dumpBuildkit(df)).toBe('(from "a")\n(onbuild (run "echo" "x"))\n');
  });

  it('puts flags first in the dump', () => {
    const df = parse('FROM a\nCOPY --from=b --chown="1 2" x /y\n');
    expect(df.instructions[1]?.flags).toEqual(['--from=b', '--chown=1 2']);
    expect(dumpBuildkit(df)).toBe('(from "a")\n(copy ["--from=b" "--chown=1 2"] "x" "/y")\n');
  });
});

describe('empty input', () => {
  it('rejects an empty file', () => {
    expect(parseError('')?.message).toBe('file with no instructions');
  });

  it('rejects a file with only comments and blank lines, at its last line', () => {
    const error = parseError('# a\n\n# b\n');
    expect(error?.message).toBe('file with no instructions');
    expect(error?.line).toBe(3);
  });
});

describe('errors from the line parsers', () => {
  it('reports ENV without a value with its line range and column', () => {
    const error = parseError('FROM a\n  ENV PATH\n');
    expect(error).toMatchObject({
      message: 'ENV must have two arguments',
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 11,
    });
  });

  it("reports a name=value list with a word lacking '='", () => {
    const error = parseError('FROM a\nLABEL a=b c\n');
    expect(error?.message).toBe(
      'Syntax error - can\'t find = in "c". Must be of the form: name=value',
    );
  });

  it('returns what was parsed before the error as partial', () => {
    const result = parseDockerfile('FROM a\nRUN x\nENV\tP\n');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.partial?.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN']);
  });
});
