import { describe, expect, it } from 'vitest';
import { EXEC, IMAGES, LOGS, PS, RENAME, RM, RUN_LIKE, VOLUME_CREATE } from '../fixtures/specs';
import { renderHelp } from './help';
import { parseCommandLine } from './parse';
import type { CommandSpec } from './spec';

const ok = (spec: CommandSpec, argv: string[]) => {
  const result = parseCommandLine(spec, argv);
  if (!result.ok || result.help) throw new Error(JSON.stringify(result));
  return result;
};
const usageHint = (spec: CommandSpec, hint = 'Run') =>
  `\n\nUsage:  ${spec.usage}\n\n${hint} 'docker ${spec.name} --help' for more information`;

describe('flags that parse', () => {
  it('reads long and short bool flags, combined shorthands and =values', () => {
    expect(ok(RUN_LIKE, ['-dit', 'busybox']).flags).toMatchObject({
      detach: true,
      interactive: true,
      tty: true,
    });
    expect(ok(RUN_LIKE, ['--rm=false', '--detach', 'busybox']).flags).toMatchObject({
      rm: false,
      detach: true,
    });
    expect(ok(PS, ['-a=false']).flags.all).toBe(false);
    expect(ok(PS, ['--all=1']).flags.all).toBe(true);
  });
  it('reads values attached or separate', () => {
    const flags = ok(RUN_LIKE, [
      '-p80:80',
      '-p',
      '443:443',
      '--name=web',
      '-e',
      'A=b',
      'busybox',
    ]).flags;
    expect(flags).toMatchObject({ publish: ['80:80', '443:443'], name: 'web', env: ['A=b'] });
    expect(ok(RUN_LIKE, ['--name', 'web', 'busybox']).flags.name).toBe('web');
    expect(ok(RUN_LIKE, ['-e=A=b', 'busybox']).flags.env).toEqual(['A=b']);
  });
  it('takes the rest of a shorthand group as the value (-an1, -pd)', () => {
    expect(ok(PS, ['-an1']).flags).toMatchObject({ all: true, last: 1 });
    expect(ok(RUN_LIKE, ['-pd', 'busybox']).flags).toMatchObject({ publish: ['d'], detach: false });
  });
  it('takes a dash-leading next word as a value', () => {
    expect(ok(PS, ['-n', '-1']).flags.last).toBe(-1);
  });
  it('parses Go integers and durations', () => {
    expect(ok(PS, ['-n', '0x10']).flags.last).toBe(16);
    expect(ok(RUN_LIKE, ['--health-interval', '1m30s', 'busybox']).flags['health-interval']).toBe(
      90_000,
    );
  });
  it('fills defaults and lists the flags given', () => {
    const result = ok(PS, ['-q']);
    expect(result.flags).toMatchObject({ last: -1, all: false, filter: [], format: '' });
    expect(result.changed).toEqual(['quiet']);
  });
});

describe('positionals', () => {
  it('lets flags follow positionals in interspersed commands', () => {
    expect(ok(RM, ['web', '-f', 'db']).args).toEqual(['web', 'db']);
    expect(ok(RM, ['web', '-f']).flags.force).toBe(true);
  });
  it('stops at the first positional for run and exec', () => {
    const result = ok(RUN_LIKE, ['-d', 'busybox', 'ls', '-la', '--rm']);
    expect(result.args).toEqual(['busybox', 'ls', '-la', '--rm']);
    expect(result.flags.rm).toBe(false);
    expect(ok(EXEC, ['-it', 'web', 'sh', '-c', 'echo hi']).args).toEqual([
      'web',
      'sh',
      '-c',
      'echo hi',
    ]);
  });
  it('treats everything after -- as positional and records where it was', () => {
    const result = ok(RM, ['-f', '--', '-v', 'x']);
    expect(result.args).toEqual(['-v', 'x']);
    expect(result.flags.volumes).toBe(false);
    expect(result.dashAt).toBe(0);
  });
  it('treats a lone dash as a positional', () => {
    expect(ok(RM, ['-']).args).toEqual(['-']);
  });
});

// Every message below was printed by the docker 28.2.2 client (stderr, then a newline).
describe('flag errors (exit 125)', () => {
  const cases: [CommandSpec, string[], string][] = [
    [PS, ['--foo'], 'unknown flag: --foo'],
    [PS, ['-z'], "unknown shorthand flag: 'z' in -z"],
    [PS, ['-ax'], "unknown shorthand flag: 'x' in -x"],
    [PS, ['--a'], 'unknown flag: --a'],
    [PS, ['-a='], "unknown shorthand flag: '=' in -="],
    [PS, ['--all=false', '--foo=bar'], 'unknown flag: --foo'],
    [PS, ['---foo'], 'bad flag syntax: ---foo'],
    [PS, ['--=x'], 'bad flag syntax: --=x'],
    [PS, ['-n'], "flag needs an argument: 'n' in -n"],
    [PS, ['--last'], 'flag needs an argument: --last'],
    [RUN_LIKE, ['-p'], "flag needs an argument: 'p' in -p"],
    [RUN_LIKE, ['--name'], 'flag needs an argument: --name'],
    [RUN_LIKE, ['-dz', 'busybox'], "unknown shorthand flag: 'z' in -z"],
    [
      RUN_LIKE,
      ['--rm=maybe', 'busybox'],
      'invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    ],
    [
      PS,
      ['--all='],
      'invalid argument "" for "-a, --all" flag: strconv.ParseBool: parsing "": invalid syntax',
    ],
    [
      PS,
      ['-na'],
      'invalid argument "a" for "-n, --last" flag: strconv.ParseInt: parsing "a": invalid syntax',
    ],
    [
      PS,
      ['-n', '99999999999999999999'],
      'invalid argument "99999999999999999999" for "-n, --last" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range',
    ],
    [
      RUN_LIKE,
      ['--health-interval', '5x', 'busybox'],
      'invalid argument "5x" for "--health-interval" flag: time: unknown unit "x" in duration "5x"',
    ],
    [
      RUN_LIKE,
      ['--health-interval', 'abc', 'busybox'],
      'invalid argument "abc" for "--health-interval" flag: time: invalid duration "abc"',
    ],
    [PS, ['--help', '--foo'], 'unknown flag: --foo'],
  ];
  it.each(cases)('%#: %j', (spec, argv, message) => {
    expect(parseCommandLine(spec, argv)).toEqual({
      ok: false,
      error: message + usageHint(spec),
      exitCode: 125,
    });
  });
});

describe('argument count errors (exit 1)', () => {
  const cases: [CommandSpec, string[], string, string][] = [
    [RM, [], 'requires at least 1 argument', 'See'],
    [PS, ['a', 'b'], 'accepts no arguments', 'Run'],
    [PS, ['-'], 'accepts no arguments', 'Run'],
    [PS, ['--all', 'false'], 'accepts no arguments', 'Run'],
    [RENAME, ['a'], 'requires 2 arguments', 'Run'],
    [LOGS, [], 'requires 1 argument', 'Run'],
    [LOGS, ['a', 'b'], 'requires 1 argument', 'Run'],
    [EXEC, ['a'], 'requires at least 2 arguments', 'See'],
    [IMAGES, ['a', 'b'], 'requires at most 1 argument', 'SRun'],
    [VOLUME_CREATE, ['a', 'b'], 'requires at most 1 argument', 'SRun'],
    [RUN_LIKE, ['-p80:80'], 'requires at least 1 argument', 'See'],
  ];
  it.each(cases)('%#: %j', (spec, argv, problem, hint) => {
    expect(parseCommandLine(spec, argv)).toEqual({
      ok: false,
      error: `docker: 'docker ${spec.name}' ${problem}${usageHint(spec, hint)}`,
      exitCode: 1,
    });
  });
  it('words a range check as docker port does', () => {
    const port: CommandSpec = {
      ...RENAME,
      name: 'port',
      usage: 'docker port CONTAINER [PRIVATE_PORT[/PROTO]]',
      minArgs: 1,
      maxArgs: 2,
    };
    expect(parseCommandLine(port, ['a', 'b', 'c'])).toMatchObject({
      error: expect.stringMatching(
        /^docker: 'docker port' requires at least 1 and at most 2 arguments\n/,
      ),
    });
  });
});

describe('help', () => {
  it('prints help for --help, before checking arguments', () => {
    expect(parseCommandLine(RM, ['--help', 'a', 'b'])).toEqual({
      ok: true,
      help: true,
      stdout: renderHelp(RM),
    });
  });
  it('notes the deprecated -h shorthand first', () => {
    expect(parseCommandLine(PS, ['-h'])).toEqual({
      ok: true,
      help: true,
      stdout: `Flag shorthand -h has been deprecated, use --help\n${renderHelp(PS)}`,
    });
  });
  it('leaves -h to a command that defines it', () => {
    expect(ok(RUN_LIKE, ['-h', 'box', 'busybox']).flags.hostname).toBe('box');
  });
});

describe('deprecated flags', () => {
  it('warn when used', () => {
    const spec: CommandSpec = {
      ...RM,
      flags: [...RM.flags, { long: 'old', type: 'bool', help: 'x', deprecated: 'use --new' }],
    };
    expect(ok(spec, ['--old', 'a']).stderr).toBe('Flag --old has been deprecated, use --new\n');
    expect(renderHelp(spec)).not.toContain('--old');
  });
});
