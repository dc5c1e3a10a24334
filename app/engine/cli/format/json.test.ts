import { describe, expect, it } from 'vitest';
import { goFloat, goStruct } from './go-value';
import { dockerInspectJson, goJson, goJsonString } from './json';

const text = (value: unknown, options = {}) => {
  const result = goJson(value, options);
  if (!result.ok) throw new Error(result.error);
  return result.text;
};

describe('goJsonString', () => {
  it('escapes HTML characters only when asked (docker ps --format json does)', () => {
    // Observed: Labels "a=<&> é" prints as "a=\u003c\u0026\u003e é" in ps --format json.
    expect(goJsonString('a=<&> é', true)).toBe('"a=\\u003c\\u0026\\u003e é"');
    // Observed: {{json "<a&b>"}} prints "<a&b>" unescaped.
    expect(goJsonString('<a&b>', false)).toBe('"<a&b>"');
  });
  it('escapes control characters and the JavaScript line separators', () => {
    // Observed: {{json "… \u2028 \x01"}} prints "… \u2028 \u0001".
    expect(goJsonString('\u2028\u2029\x01\x1f', false)).toBe('"\\u2028\\u2029\\u0001\\u001f"');
    expect(goJsonString('"\\\b\f\n\r\t')).toBe('"\\"\\\\\\b\\f\\n\\r\\t"');
  });
  it('replaces a lone surrogate as Go replaces invalid UTF-8', () => {
    expect(goJsonString('a\ud800b')).toBe('"a\\ufffdb"');
  });
});

describe('goJson compact', () => {
  it('sorts map keys and keeps struct fields in order', () => {
    expect(text({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(text(goStruct('t', { b: 1, a: 2 }))).toBe('{"b":1,"a":2}');
    expect(
      text(
        new Map([
          ['z', true],
          ['y', null],
        ]),
      ),
    ).toBe('{"y":null,"z":true}');
  });
  it('encodes nil, empty slices and empty maps as Go does', () => {
    expect(text(null)).toBe('null');
    expect(text([])).toBe('[]');
    expect(text({})).toBe('{}');
    expect(text([undefined])).toBe('[null]');
  });
  it('writes integers plainly and floats in Go notation', () => {
    expect(text([1, -0, 2.5, goFloat(4261550), 1e21, 1e-7])).toBe('[1,0,2.5,4261550,1e+21,1e-7]');
  });
  it('returns an error for values JSON cannot hold', () => {
    expect(goJson(NaN)).toEqual({ ok: false, error: 'json: unsupported value: NaN' });
    expect(goJson([Infinity])).toEqual({ ok: false, error: 'json: unsupported value: +Inf' });
  });
});

describe('goJson indented', () => {
  it('indents nested values and keeps empty ones on one line', () => {
    const value = goStruct('c', { Id: 'x', Args: [], Labels: { b: '', a: '<&>' }, Env: ['A=1'] });
    expect(text(value, { indent: '  ', escapeHtml: false })).toBe(
      [
        '{',
        '  "Id": "x",',
        '  "Args": [],',
        '  "Labels": {',
        '    "a": "<&>",',
        '    "b": ""',
        '  },',
        '  "Env": [',
        '    "A=1"',
        '  ]',
        '}',
      ].join('\n'),
    );
  });
});

describe('dockerInspectJson', () => {
  it('wraps objects in an array with a 4-space indent and a final newline', () => {
    const state = goStruct('State', { Status: 'created', Pid: 0 });
    expect(dockerInspectJson([goStruct('C', { Name: '/web', State: state })])).toEqual({
      ok: true,
      text: [
        '[',
        '    {',
        '        "Name": "/web",',
        '        "State": {',
        '            "Status": "created",',
        '            "Pid": 0',
        '        }',
        '    }',
        ']',
        '',
      ].join('\n'),
    });
  });
  it('prints [] when nothing matched', () => {
    expect(dockerInspectJson([])).toEqual({ ok: true, text: '[]\n' });
  });
});
