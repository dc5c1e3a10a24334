import { describe, expect, it } from 'vitest';
import { commandOf, errorOf } from './test-helpers';

describe('ENV', () => {
  it('reads key=value pairs, quotes kept for the build to remove', () => {
    const env = commandOf('ENV', 'FROM a\nENV A=1 B="two words" C=\n');
    expect(env.pairs).toEqual([
      { key: 'A', value: '1', legacy: false },
      { key: 'B', value: '"two words"', legacy: false },
      { key: 'C', value: '', legacy: false },
    ]);
  });

  it('reads the legacy ENV key value form, the rest of the line being the value', () => {
    const env = commandOf('ENV', 'FROM a\nENV GREETING hello  world\n');
    expect(env.pairs).toEqual([{ key: 'GREETING', value: 'hello  world', legacy: true }]);
  });

  it('rejects a blank name', () => {
    expect(errorOf('FROM a\nENV =x\n')).toMatchObject({
      message: 'dockerfile parse error on line 2: ENV names can not be blank',
      line: 2,
      column: 1,
    });
  });
});

describe('LABEL', () => {
  it('reads pairs like ENV', () => {
    const label = commandOf('LABEL', 'FROM a\nLABEL org.opencontainers.image.title="x" v=1\n');
    expect(label.pairs.map((p) => [p.key, p.value])).toEqual([
      ['org.opencontainers.image.title', '"x"'],
      ['v', '1'],
    ]);
  });
});

describe('ARG', () => {
  it('reads several names with optional defaults', () => {
    const arg = commandOf('ARG', 'ARG VERSION=1.2 DEBUG TAG="a b"\n');
    expect(arg.args).toEqual([
      { name: 'VERSION', defaultValue: '1.2' },
      { name: 'DEBUG' },
      { name: 'TAG', defaultValue: '"a b"' },
    ]);
  });

  it('rejects a blank name and a missing argument', () => {
    expect(errorOf('ARG =x\n').reason).toBe('ARG names can not be blank');
    expect(errorOf('ARG\n').reason).toBe('ARG requires at least one argument');
  });
});
