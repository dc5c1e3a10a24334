import { describe, expect, it } from 'vitest';
import { extractBuilderFlags, splitCommand } from './split-command';
import { parseWords } from './words';

describe('splitCommand', () => {
  it('separates keyword, leading -- flags and the rest', () => {
    expect(splitCommand('  COPY --from=a  --link x y  ')).toEqual({
      keyword: 'COPY',
      flags: ['--from=a', '--link'],
      rest: 'x y',
    });
  });

  it('stops at a bare -- and at the first word without --', () => {
    expect(extractBuilderFlags('--a -- --b x')).toEqual({ rest: ' --b x', flags: ['--a'] });
    expect(extractBuilderFlags('-x --a')).toEqual({ rest: '-x --a', flags: [] });
  });

  it('removes quotes and backslash escapes inside flags', () => {
    expect(extractBuilderFlags('--chown="a b" --x=\\"y x')).toEqual({
      rest: 'x',
      flags: ['--chown=a b', '--x="y'],
    });
  });

  it('keeps an empty quoted flag value and a flag at the end of the line', () => {
    expect(extractBuilderFlags('--a="" --b')).toEqual({ rest: '', flags: ['--a=', '--b'] });
  });
});

describe('parseWords (ENV, LABEL, ARG)', () => {
  it('splits on unquoted spaces and keeps quotes and escapes', () => {
    expect(parseWords('a="b c" d=e\\ f g', '\\')).toEqual(['a="b c"', 'd=e\\ f', 'g']);
  });

  it('does not escape inside single quotes', () => {
    expect(parseWords("a='x\\' b", '\\')).toEqual(["a='x\\'", 'b']);
  });

  it('keeps an unterminated quoted word', () => {
    expect(parseWords('a="b c', '\\')).toEqual(['a="b c']);
  });

  it('uses the escape token from the directive', () => {
    expect(parseWords('a=b` c d', '`')).toEqual(['a=b` c', 'd']);
  });
});
