import { describe, expect, it } from 'vitest';
import { levenshtein, suggest, withSuggestion } from './suggest';

describe('suggestions', () => {
  it('measures edit distance by code point', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('♥a', 'a')).toBe(1);
  });

  it('suggests only options closer than 3 edits, first one winning ties', () => {
    expect(suggest('RUNN', ['ADD', 'RUN'], false)).toBe('RUN');
    expect(suggest('xyz', ['ADD', 'RUN'], false)).toBeUndefined();
    expect(suggest('ab', ['ax', 'ay'], true)).toBe('ax');
  });

  it('answers nothing for an exact match and matches the typed case', () => {
    expect(suggest('run', ['RUN'], false)).toBeUndefined();
    // Mixed case: Go's matchCase leaves the lower-cased option as it is.
    expect(suggest('Runn', ['RUN'], false)).toBe('run');
    expect(suggest('RUNN', ['RUN'], false)).toBe('RUN');
    expect(suggest('runn', ['RUN'], false)).toBe('run');
    expect(withSuggestion('bad: x', 'lnk', ['link'], true)).toBe('bad: x (did you mean link?)');
  });
});
