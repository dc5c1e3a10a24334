import { describe, expect, it } from 'vitest';
import { combineCommand, commandText, mergeEnv, shellLine } from './command-line';

describe('the main command line', () => {
  it('puts arguments after ENTRYPOINT in place of CMD', () => {
    const image = { Entrypoint: ['/docker-entrypoint.sh'], Cmd: ['nginx', '-g', 'daemon off;'] };
    expect(combineCommand(image, [], undefined)).toEqual({
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['nginx', '-g', 'daemon off;'],
    });
    expect(combineCommand(image, ['sh'], undefined)).toEqual({
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['sh'],
    });
  });

  it('drops the image CMD when --entrypoint is given, and clears ENTRYPOINT with an empty one', () => {
    const image = { Entrypoint: ['/entry'], Cmd: ['serve'] };
    expect(combineCommand(image, [], 'sh')).toEqual({ entrypoint: ['sh'], cmd: [] });
    expect(combineCommand(image, ['ls'], '')).toEqual({ entrypoint: [], cmd: ['ls'] });
  });

  it('writes the command as the daemon does, quoting arguments with spaces', () => {
    expect(commandText('sh', ['-c', 'exit 3'])).toBe("sh -c 'exit 3'");
    expect(commandText('sleep', ['3600'])).toBe('sleep 3600');
  });

  it('quotes an argv back into one shell line without changing its words', () => {
    expect(shellLine(['sh', '-c', "echo 'hi' > /tmp/x"])).toBe(
      `sh -c 'echo '\\''hi'\\'' > /tmp/x'`,
    );
  });

  it('lets -e replace an image variable in place and append new ones', () => {
    expect(mergeEnv(['PATH=/bin', 'LANG=C'], ['LANG=C.UTF-8', 'MODE=prod'])).toEqual([
      'PATH=/bin',
      'LANG=C.UTF-8',
      'MODE=prod',
    ]);
  });
});
