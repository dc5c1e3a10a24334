import { describe, expect, it } from 'vitest';
import { runJq } from './run';

const jq = (args: string[], stdin: string) => runJq(args, { stdin });
const out = (args: string[], stdin: string) => {
  const result = jq(args, stdin);
  expect(result.stderr).toBe('');
  return result.stdout;
};

const INSPECT = `[
    {
        "Id": "28457ab29eca",
        "Name": "/web",
        "State": { "Status": "running", "Running": true, "Pid": 42 },
        "Config": { "Labels": { "b": "2", "a": "<&>" }, "Env": ["A=1", "B=2"], "Cmd": null },
        "Mounts": []
    }
]
`;

// Pretty-printing and values match jq (checked against the jq installed here where 1.6 and 1.7
// agree); 1.7 wording is used where they differ.
describe('filters', () => {
  it('pretty-prints with two spaces and keeps key order', () => {
    expect(out(['.[0].Config'], INSPECT)).toBe(
      '{\n  "Labels": {\n    "b": "2",\n    "a": "<&>"\n  },\n  "Env": [\n    "A=1",\n    "B=2"\n  ],\n  "Cmd": null\n}\n',
    );
  });
  it('prints empty containers inline', () => {
    expect(out(['.'], '{"a":[],"b":{},"c":[1,{"d":null}]}')).toBe(
      '{\n  "a": [],\n  "b": {},\n  "c": [\n    1,\n    {\n      "d": null\n    }\n  ]\n}\n',
    );
  });
  it('reads fields, indexes, negative indexes and iterations', () => {
    expect(out(['-r', '.[0].State.Status'], INSPECT)).toBe('running\n');
    expect(out(['.[-1]'], '[1,2,3]')).toBe('3\n');
    expect(out(['.[5]'], '[1]')).toBe('null\n');
    expect(out(['.a[]'], '{"a":[1,2]}')).toBe('1\n2\n');
    expect(out(['-c', '.[0].Config.Env'], INSPECT)).toBe('["A=1","B=2"]\n');
    expect(out(['.[0].Config.Env[0]'], INSPECT)).toBe('"A=1"\n');
    expect(out(['.["a"]', '-c'], '{"a":{"b":1}}')).toBe('{"b":1}\n');
  });
  it('pipes, maps, selects and counts', () => {
    expect(out(['-c', 'map(.a)'], '[{"a":1},{"a":2}]')).toBe('[1,2]\n');
    expect(out(['-c', '.[] | select(.a > 1)'], '[{"a":1},{"a":2}]')).toBe('{"a":2}\n');
    expect(out(['.[0].Config.Labels | length'], INSPECT)).toBe('2\n');
    expect(out(['-c', '.[0].Config.Labels | keys'], INSPECT)).toBe('["a","b"]\n');
    expect(out(['length'], '-5')).toBe('5\n');
  });
  it('builds strings, arrays and objects', () => {
    expect(out(['-r', '.[] | "\\(.Name): \\(.State.Pid)"'], INSPECT)).toBe('/web: 42\n');
    expect(out(['-c', '[.[] | {Name, pid: .State.Pid}]'], INSPECT)).toBe(
      '[{"Name":"/web","pid":42}]\n',
    );
    expect(out(['-c', '.[0] | [.Id, .Name]'], INSPECT)).toBe('["28457ab29eca","/web"]\n');
  });
  it('handles alternatives, optionals, conditionals and variables', () => {
    expect(out(['.[0].Config.Cmd // "none"'], INSPECT)).toBe('"none"\n');
    expect(out(['-c', '[.[] | .a?]'], '[1, {"a": 2}]')).toBe('[2]\n');
    expect(out(['if . > 1 then "big" elif . == 1 then "one" else "small" end'], '1')).toBe(
      '"one"\n',
    );
    expect(out(['. as $x | [$x, $x] | add'], '2')).toBe('4\n');
    expect(out(['--arg', 'n', 'web', '-r', '"hi \\($n)"'], 'null')).toBe('hi web\n');
  });
  it('runs each input of a stream', () => {
    expect(out(['.a'], '{"a":1}\n{"a":2}\n')).toBe('1\n2\n');
  });
  it('formats numbers as jq does', () => {
    expect(out(['-c', '.'], '[1.5, 100, 1e-7, 1e100]')).toBe('[1.5,100,1e-07,1e+100]\n');
  });
  it('escapes control characters and keeps other text', () => {
    expect(out(['.'], '"x\\u0001\\u007f\\u00e9<"')).toBe('"x\\u0001\\u007fé<"\n');
  });
  it('sorts keys with -S and joins with -j', () => {
    expect(out(['-S', '-c', '.'], '{"b":1,"a":2}')).toBe('{"a":2,"b":1}\n');
    expect(out(['-j', '.[]'], '["a","b"]')).toBe('"a""b"');
    expect(out(['-rj', '.[]'], '["a","b"]')).toBe('ab');
  });
  it('defaults to . without a filter', () => {
    expect(out([], '[1]')).toBe('[\n  1\n]\n');
  });
});

describe('errors', () => {
  it('reports runtime errors with the input line and exits 5', () => {
    expect(jq(['.foo'], '[1,2]\n')).toEqual({
      stdout: '',
      stderr: 'jq: error (at <stdin>:1): Cannot index array with "foo"\n',
      exitCode: 5,
    });
    expect(jq(['.x'], '[1]\n[2]\n').stderr).toBe(
      'jq: error (at <stdin>:1): Cannot index array with "x"\njq: error (at <stdin>:2): Cannot index array with "x"\n',
    );
  });
  it('words type errors as jq does', () => {
    expect(jq(['.[0]'], '{"a":1}\n').stderr).toBe(
      'jq: error (at <stdin>:1): Cannot index object with number\n',
    );
    expect(jq(['.[]'], '5\n').stderr).toBe(
      'jq: error (at <stdin>:1): Cannot iterate over number (5)\n',
    );
    expect(jq(['.[]'], 'null\n').stderr).toBe(
      'jq: error (at <stdin>:1): Cannot iterate over null (null)\n',
    );
    expect(jq(['.a.b'], '{"a":5}\n').stderr).toBe(
      'jq: error (at <stdin>:1): Cannot index number with "b"\n',
    );
    expect(jq(['keys'], 'null\n').stderr).toBe(
      'jq: error (at <stdin>:1): null (null) has no keys\n',
    );
    expect(jq(['length'], 'true\n').stderr).toBe(
      'jq: error (at <stdin>:1): boolean (true) has no length\n',
    );
    expect(jq(['.[]'], '"abcdefghijklmnop"\n').stderr).toBe(
      'jq: error (at <stdin>:1): Cannot iterate over string ("abcdefghij...)\n',
    );
  });
  it('counts the lines of a multi-line input up to the end of the value', () => {
    expect(jq(['.foo'], INSPECT).stderr).toBe(
      'jq: error (at <stdin>:9): Cannot index array with "foo"\n',
    );
    expect(jq(['.foo'], '[1]').stderr).toBe(
      'jq: error (at <stdin>:0): Cannot index array with "foo"\n',
    );
  });
  it('keeps outputs made before an error', () => {
    expect(jq(['.[] | .a'], '[{"a":1}, 2]\n')).toEqual({
      stdout: '1\n',
      stderr: 'jq: error (at <stdin>:1): Cannot index number with "a"\n',
      exitCode: 5,
    });
  });
  it('reports syntax errors as compile errors with exit 3', () => {
    expect(jq(['.a.b)'], '{}')).toEqual({
      stdout: '',
      stderr:
        'jq: error: syntax error, unexpected INVALID_CHARACTER, expecting end of file (Unix shell quoting issues?) at <top-level>, line 1:\n.a.b)    \njq: 1 compile error\n',
      exitCode: 3,
    });
    expect(jq(['.foo!'], '{}').stderr).toContain(
      'unexpected INVALID_CHARACTER, expecting end of file',
    );
    expect(jq(['foo'], '{}')).toEqual({
      stdout: '',
      stderr: 'jq: error: foo/0 is not defined at <top-level>, line 1:\nfoo\njq: 1 compile error\n',
      exitCode: 3,
    });
  });
  it('reports bad input as a parse error', () => {
    expect(jq(['.'], '{')).toMatchObject({
      stderr: 'jq: parse error: Unfinished JSON term at EOF at line 1, column 1\n',
      exitCode: 5,
    });
    expect(jq(['.'], '{\n')).toMatchObject({
      stderr: 'jq: parse error: Unfinished JSON term at EOF at line 2, column 0\n',
    });
    expect(jq(['.'], '[1]\nabc\n')).toEqual({
      stdout: '[\n  1\n]\n',
      stderr: 'jq: parse error: Invalid numeric literal at line 3, column 0\n',
      exitCode: 5,
    });
  });
  it('words bad literals and missing elements as jq does', () => {
    expect(jq(['.'], 'abc').stderr).toBe(
      'jq: parse error: Invalid numeric literal at EOF at line 1, column 3\n',
    );
    expect(jq(['.'], 'tru').stderr).toBe(
      'jq: parse error: Invalid literal at EOF at line 1, column 3\n',
    );
    expect(jq(['.'], '[1,]').stderr).toBe(
      'jq: parse error: Expected another array element at line 1, column 4\n',
    );
  });
  it('rejects unknown options with exit 2', () => {
    expect(jq(['--foo', '.'], '1')).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/^jq: Unknown option: --foo\n/),
    });
  });
  it('sets the exit status from the last output with -e', () => {
    expect(jq(['-e', '.a'], '{"a":false}').exitCode).toBe(1);
    expect(jq(['-e', '.a'], '{"a":1}').exitCode).toBe(0);
    expect(jq(['-e', 'empty'], '1').exitCode).toBe(4);
  });
});

describe('colour output (-C)', () => {
  // The layout was checked against jq's -C output; the palette is jq 1.7.1's default.
  it('paints values, keys and punctuation as jq does', () => {
    const esc = (code: string) => `\x1b[${code}m`;
    const o = esc('1;37');
    const r = esc('0');
    expect(out(['-C', '.'], '{"a":[1,null],"b":{}}')).toBe(
      `${o}{\n  ${r}${esc('34;1')}"a"${r}${o}: ${r}${o}[\n    ${esc('0;37')}1${r}${o},\n    ` +
        `${esc('0;90')}null${r}${o}\n  ${o}]${r}${o},\n  ${r}${esc('34;1')}"b"${r}${o}: ${r}` +
        `${o}{}${r}${o}\n${o}}${r}\n`,
    );
  });
  it('colours by default on a terminal unless -M is given', () => {
    expect(runJq(['.'], { stdin: '1', stdoutIsTerminal: true }).stdout).toBe(
      '\x1b[0;37m1\x1b[0m\n',
    );
    expect(runJq(['-M', '.'], { stdin: '1', stdoutIsTerminal: true }).stdout).toBe('1\n');
    expect(runJq(['.'], { stdin: '1' }).stdout).toBe('1\n');
  });
  it('keeps the same sequence in compact mode', () => {
    const esc = (code: string) => `\x1b[${code}m`;
    expect(out(['-C', '-c', '.'], '[true]')).toBe(
      `${esc('1;37')}[${esc('0;37')}true${esc('0')}${esc('1;37')}${esc('1;37')}]${esc('0')}\n`,
    );
  });
});
