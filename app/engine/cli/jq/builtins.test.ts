import { describe, expect, it } from 'vitest';
import { runJq } from './run';

const c = (filter: string, input: string) => {
  const result = runJq(['-c', filter], { stdin: input });
  if (result.stderr) throw new Error(result.stderr);
  return result.stdout.trimEnd();
};

describe('builtins', () => {
  it('convert between objects and entries', () => {
    expect(c('to_entries', '{"a":1,"b":2}')).toBe('[{"key":"a","value":1},{"key":"b","value":2}]');
    expect(c('from_entries', '[{"key":"a","value":1},{"name":"b","value":2}]')).toBe(
      '{"a":1,"b":2}',
    );
    expect(c('with_entries({key: .key, value: (.value + 1)})', '{"a":1}')).toBe('{"a":2}');
  });
  it('sort, group and deduplicate', () => {
    expect(c('sort', '[3,"a",null,true,1]')).toBe('[null,true,1,3,"a"]');
    expect(c('sort_by(.n)', '[{"n":2},{"n":1}]')).toBe('[{"n":1},{"n":2}]');
    expect(c('group_by(.k) | map(length)', '[{"k":1},{"k":2},{"k":1}]')).toBe('[2,1]');
    expect(c('unique', '[2,1,2]')).toBe('[1,2]');
    expect(c('[min, max]', '[2,1,3]')).toBe('[1,3]');
  });
  it('work on strings', () => {
    expect(c('split(",")', '"a,b"')).toBe('["a","b"]');
    expect(c('join("-")', '["a",1,null]')).toBe('"a-1-"');
    expect(c('[startswith("ab"), endswith("z")]', '"abc"')).toBe('[true,false]');
    expect(c('ltrimstr("sha256:")', '"sha256:abc"')).toBe('"abc"');
    expect(c('ascii_upcase', '"aBc"')).toBe('"ABC"');
    expect(c('tostring', '[1]')).toBe('"[1]"');
    expect(c('tonumber', '"12"')).toBe('12');
  });
  it('test membership and types', () => {
    expect(c('[has("a"), has("z")]', '{"a":1}')).toBe('[true,false]');
    expect(c('map(type)', '[null,true,1,"s",[],{}]')).toBe(
      '["null","boolean","number","string","array","object"]',
    );
    expect(c('contains({a:[1]})', '{"a":[1,2],"b":3}')).toBe('true');
    expect(c('[.[] | values]', '[1,null,2]')).toBe('[1,2]');
  });
  it('add, reduce, range, paths and recursion', () => {
    expect(c('add', '[1,2,3]')).toBe('6');
    expect(c('add', '["a","b"]')).toBe('"ab"');
    expect(c('reduce .[] as $x (0; . + $x)', '[1,2,3]')).toBe('6');
    expect(c('[range(3)]', 'null')).toBe('[0,1,2]');
    expect(c('[paths]', '{"a":[1]}')).toBe('[["a"],["a",0]]');
    expect(c('[.. | select(type == "number")]', '[1,[2]]')).toBe('[1,2]');
  });
  it('raise errors with error/1 and catch them with try', () => {
    expect(c('try error("boom") catch .', 'null')).toBe('"boom"');
    const result = runJq(['error({a:1})'], { stdin: 'null\n' });
    expect(result.stderr).toBe('jq: error (at <stdin>:1) (not a string): {"a":1}\n');
  });
});
