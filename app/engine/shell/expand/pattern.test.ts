import { describe, expect, it } from 'vitest';
import { escapePattern, matchPattern, replacePattern, trimPattern } from './pattern';

describe('shell patterns', () => {
  it('matches *, ? and bracket expressions over the whole string', () => {
    expect(matchPattern('*.tar.*', 'x.tar.gz')).toBe(true);
    expect(matchPattern('?.txt', 'ab.txt')).toBe(false);
    expect(matchPattern('[!a-c]*', 'dog')).toBe(true);
    expect(matchPattern('[[:digit:]][[:digit:]]', '42')).toBe(true);
  });

  it('matches escaped characters literally', () => {
    expect(matchPattern(escapePattern('*'), '*')).toBe(true);
    expect(matchPattern(escapePattern('*'), 'x')).toBe(false);
    expect(matchPattern('a\\?', 'a?')).toBe(true);
  });

  it('treats an unclosed bracket as a literal bracket', () => {
    expect(matchPattern('[abc', '[abc')).toBe(true);
  });

  it('removes the shortest and longest prefixes and suffixes', () => {
    const path = '/usr/local/bin/python3';
    expect(trimPattern(path, '*/', 'prefix', true)).toBe('python3');
    expect(trimPattern(path, '/*', 'suffix', false)).toBe('/usr/local/bin');
    expect(trimPattern(path, '/*', 'suffix', true)).toBe('');
    expect(trimPattern('v1.2.3', 'v', 'prefix', false)).toBe('1.2.3');
  });

  it('replaces the first or every match, or an anchored one', () => {
    expect(replacePattern('a-b-c', '-', '_', 'first')).toBe('a_b-c');
    expect(replacePattern('a-b-c', '-', '_', 'all')).toBe('a_b_c');
    expect(replacePattern('abcabc', 'abc', 'X', 'suffix')).toBe('abcX');
  });
});
