import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../index';
import { toCommands } from './index';
import { splitPortSpec } from './single-value';
import { commandOf, errorOf } from './test-helpers';

describe('single-value instructions', () => {
  it('reads WORKDIR, USER, STOPSIGNAL and MAINTAINER', () => {
    expect(commandOf('WORKDIR', 'FROM a\nWORKDIR /app dir\n').path).toBe('/app dir');
    expect(commandOf('USER', 'FROM a\nUSER 1000:1000\n').user).toBe('1000:1000');
    expect(commandOf('STOPSIGNAL', 'FROM a\nSTOPSIGNAL SIGTERM\n').signal).toBe('SIGTERM');
    expect(commandOf('MAINTAINER', 'FROM a\nMAINTAINER Me <me@x>\n').maintainer).toBe('Me <me@x>');
  });

  it('needs exactly one argument', () => {
    expect(errorOf('FROM a\nWORKDIR\n').reason).toBe('WORKDIR requires exactly one argument');
    expect(errorOf('FROM a\nUSER\n').reason).toBe('USER requires exactly one argument');
  });
});

describe('EXPOSE and VOLUME', () => {
  it('sorts exposed ports as BuildKit does and splits a spec', () => {
    expect(commandOf('EXPOSE', 'FROM a\nEXPOSE 8080 443/tcp 53/udp\n').ports).toEqual([
      '443/tcp',
      '53/udp',
      '8080',
    ]);
    expect(splitPortSpec('53/UDP')).toEqual({ port: '53', protocol: 'udp' });
    expect(splitPortSpec('80')).toEqual({ port: '80', protocol: 'tcp' });
  });

  it('reads volumes in JSON and word form, and rejects an empty one', () => {
    expect(commandOf('VOLUME', 'FROM a\nVOLUME ["/data", "/logs"]\n').volumes).toEqual([
      '/data',
      '/logs',
    ]);
    expect(commandOf('VOLUME', 'FROM a\nVOLUME /a /b\n').volumes).toEqual(['/a', '/b']);
    expect(errorOf('FROM a\nVOLUME [" "]\n').reason).toBe(
      'VOLUME specified can not be an empty string',
    );
  });
});

describe('CMD, ENTRYPOINT and SHELL', () => {
  it('keeps exec and shell forms apart', () => {
    expect(commandOf('CMD', 'FROM a\nCMD ["node", "app.js"]\n')).toMatchObject({
      prependShell: false,
      cmdLine: ['node', 'app.js'],
    });
    expect(commandOf('ENTRYPOINT', 'FROM a\nENTRYPOINT exec node app.js\n')).toMatchObject({
      prependShell: true,
      cmdLine: ['exec node app.js'],
    });
  });

  it('accepts SHELL only in JSON form', () => {
    expect(commandOf('SHELL', 'FROM a\nSHELL ["/bin/bash", "-c"]\n').shell).toEqual([
      '/bin/bash',
      '-c',
    ]);
    expect(errorOf('FROM a\nSHELL /bin/bash -c\n').reason).toBe(
      'SHELL requires the arguments to be in JSON form',
    );
    expect(errorOf('FROM a\nSHELL []\n').reason).toBe('SHELL requires at least one argument');
  });
});

describe('HEALTHCHECK', () => {
  it('reads CMD with durations in nanoseconds and retries', () => {
    const hc = commandOf(
      'HEALTHCHECK',
      'FROM a\nHEALTHCHECK --interval=30s --timeout=1m30s --start-period=500ms --retries=3 CMD curl -f http://x/\n',
    );
    expect(hc).toMatchObject({
      test: ['CMD-SHELL', 'curl -f http://x/'],
      interval: 30e9,
      timeout: 90e9,
      startPeriod: 500e6,
      startInterval: 0,
      retries: 3,
    });
    expect(commandOf('HEALTHCHECK', 'FROM a\nHEALTHCHECK CMD ["true"]\n').test).toEqual([
      'CMD',
      'true',
    ]);
  });

  it('reads NONE and rejects arguments after it', () => {
    expect(commandOf('HEALTHCHECK', 'FROM a\nHEALTHCHECK NONE\n').test).toEqual(['NONE']);
    expect(errorOf('FROM a\nHEALTHCHECK NONE x\n').reason).toBe(
      'HEALTHCHECK NONE takes no arguments',
    );
  });

  it('reports bad types, durations and retries in Docker words', () => {
    expect(errorOf('FROM a\nHEALTHCHECK CONNECT TCP 7000\n').reason).toBe(
      'Unknown type "CONNECT" in HEALTHCHECK (try CMD)',
    );
    expect(errorOf('FROM a\nHEALTHCHECK --interval=5x CMD a\n').reason).toBe(
      'time: unknown unit "x" in duration "5x"',
    );
    expect(errorOf('FROM a\nHEALTHCHECK --interval=5us CMD a\n').reason).toBe(
      'Interval "interval" cannot be less than 1ms',
    );
    expect(errorOf('FROM a\nHEALTHCHECK --retries=-1 CMD a\n').reason).toBe(
      '--retries cannot be negative (-1)',
    );
    expect(errorOf('FROM a\nHEALTHCHECK CMD\n').reason).toBe(
      'Missing command after HEALTHCHECK CMD',
    );
  });
});

describe('ONBUILD', () => {
  it('keeps the trigger text and its parsed command', () => {
    const onbuild = commandOf('ONBUILD', 'FROM a\nONBUILD COPY . /app\n');
    expect(onbuild.expression).toBe('COPY . /app');
    expect(onbuild.trigger).toMatchObject({ kind: 'COPY', sources: ['.'], dest: '/app' });
  });

  it('rejects ONBUILD ONBUILD, ONBUILD FROM and ONBUILD MAINTAINER', () => {
    expect(errorOf('FROM a\nONBUILD ONBUILD RUN x\n').reason).toBe(
      "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
    );
    expect(errorOf('FROM a\nONBUILD from b\n').reason).toBe(
      "FROM isn't allowed as an ONBUILD trigger",
    );
    expect(errorOf('FROM a\nONBUILD MAINTAINER me\n').reason).toBe(
      "MAINTAINER isn't allowed as an ONBUILD trigger",
    );
  });

  it('defers other trigger errors to the child build', () => {
    const onbuild = commandOf('ONBUILD', 'FROM a\nONBUILD COPY x\n');
    expect(onbuild.trigger).toBeUndefined();
    expect(onbuild.triggerError).toMatch(/^COPY requires at least two arguments/);
  });
});

describe('unknown instructions', () => {
  it('suggests the closest instruction in the case it was typed', () => {
    expect(errorOf('FROM a\nRUNN x\n')).toMatchObject({
      message: 'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)',
      line: 2,
      column: 1,
      code: 'instruction-error',
    });
    expect(errorOf('FROM a\ncopyy x y\n').reason).toBe(
      'unknown instruction: copyy (did you mean copy?)',
    );
    expect(errorOf('FROM a\nFOOBARBAZ x\n').reason).toBe('unknown instruction: FOOBARBAZ');
  });

  it('points at the indented keyword of a multi-line instruction', () => {
    expect(errorOf('FROM a\n  BOGUS a \\\n   b\n')).toMatchObject({
      line: 2,
      column: 3,
      endLine: 3,
      endColumn: 5,
    });
  });
});

describe('toCommands', () => {
  it('converts a whole file, ARGs allowed before the first FROM', () => {
    const df = parseDockerfile('ARG V=1\nFROM a:$V\nRUN x\n');
    if (!df.ok) throw new Error('parse failed');
    const result = toCommands(df.value);
    expect(result.ok && result.value.map((c) => c.kind)).toEqual(['ARG', 'FROM', 'RUN']);
  });

  it('rejects an instruction before any FROM', () => {
    const df = parseDockerfile('RUN x\n');
    if (!df.ok) throw new Error('parse failed');
    const result = toCommands(df.value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('no build stage in current context');
  });
});
