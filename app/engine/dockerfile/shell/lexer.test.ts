import { describe, expect, it } from 'vitest';
import { lexShellWord } from './lexer';
import { replacePattern, trimPatternPrefix, trimPatternSuffix } from './pattern';

const none = (): undefined => undefined;

describe('lexShellWord options used by the parser', () => {
  it('keeps quotes and escapes raw, and unset variables as written', () => {
    const result = lexShellWord('RUN a\\ b "<<E$X" ${Y:-z} <<\'EOF\'', none, {
      rawQuotes: true,
      rawEscapes: true,
      skipUnsetEnv: true,
    });
    expect(result.ok && result.value.words).toEqual([
      'RUN',
      'a\\ b',
      '"<<E$X"',
      '${Y:-z}',
      "<<'EOF'",
    ]);
  });

  it('reports which variables were found and which were not', () => {
    const result = lexShellWord('$A ${B:-x} $C', (n) => (n === 'A' ? '1' : undefined));
    expect(result.ok && [result.value.matched, result.value.unmatched]).toEqual([
      ['A'],
      ['B', 'C'],
    ]);
  });

  it('treats quotes as plain characters when asked to', () => {
    const result = lexShellWord('"a b"', none, { skipProcessQuotes: true });
    expect(result.ok && result.value.words).toEqual(['"a', 'b"']);
  });
});

describe('shell patterns', () => {
  it('trims with * and ? wildcards and escaped literals', () => {
    expect(trimPatternPrefix('a*', 'abcabc', false)).toBe('bcabc');
    expect(trimPatternPrefix('a*c', 'abcabc', true)).toBe('');
    expect(trimPatternSuffix('.?', 'file.go', false)).toBe('file.go');
    expect(trimPatternSuffix('.??', 'file.go', false)).toBe('file');
    expect(trimPatternPrefix('\\*', '*x', false)).toBe('x');
  });

  it('expands Go template references in a replace-all replacement, not in a single replace', () => {
    expect(replacePattern('a-a', 'a', '$1b$$', true)).toBe('$-$');
    expect(replacePattern('a-a', 'a', '$1b', false)).toBe('$1b-a');
  });
});
