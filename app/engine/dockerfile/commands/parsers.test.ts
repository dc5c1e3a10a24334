import { describe, expect, it } from 'vitest';
import { parseGoDuration } from './duration';
import { parseMount } from './mounts';

describe('parseGoDuration', () => {
  it('reads Go durations into nanoseconds', () => {
    expect(parseGoDuration('1h30m')).toEqual({ ok: true, nanoseconds: 5400e9 });
    expect(parseGoDuration('1.5s')).toEqual({ ok: true, nanoseconds: 1.5e9 });
    expect(parseGoDuration('250us')).toEqual({ ok: true, nanoseconds: 250e3 });
    expect(parseGoDuration('0')).toEqual({ ok: true, nanoseconds: 0 });
  });

  it('fails as Go does', () => {
    expect(parseGoDuration('5')).toEqual({
      ok: false,
      error: 'time: missing unit in duration "5"',
    });
    expect(parseGoDuration('s')).toEqual({ ok: false, error: 'time: invalid duration "s"' });
    expect(parseGoDuration('3d')).toEqual({
      ok: false,
      error: 'time: unknown unit "d" in duration "3d"',
    });
  });
});

describe('parseMount', () => {
  it('defaults to a read-only bind mount', () => {
    expect(parseMount('target=/src')).toEqual({
      raw: 'target=/src',
      mount: { type: 'bind', target: '/src', readOnly: true },
    });
  });

  it('reads cache, secret and tmpfs options, quoted CSV fields included', () => {
    expect(parseMount('type=cache,id=pip,target=/root/.cache,sharing=locked').mount).toEqual({
      type: 'cache',
      id: 'pip',
      target: '/root/.cache',
      sharing: 'locked',
      readOnly: false,
    });
    expect(parseMount('type=secret,id=token,required').mount).toMatchObject({
      type: 'secret',
      required: true,
      readOnly: true,
    });
    expect(parseMount('"type=bind,x",target=/a').error).toBe(
      'unsupported mount type "bind,x" (did you mean bind?)',
    );
    expect(parseMount('type=tmpfs,target=/t,size=64m,rw=false').mount).toMatchObject({
      size: '64m',
      readOnly: true,
    });
  });

  it('rejects keys that do not fit the mount type, with suggestions for typos', () => {
    expect(parseMount('type=bind,sharing=locked').error).toBe(
      "unexpected key 'sharing' for mount type 'bind'",
    );
    expect(parseMount('type=cache,taget=/x').error).toBe(
      "unexpected key 'taget' in 'taget=/x' (did you mean target?)",
    );
    expect(parseMount('type=bind,mode=0700').error).toBe('mode not allowed for "bind" type mounts');
    expect(parseMount('ty"pe=x').error).toMatch(/^failed to parse csv mounts: .*bare "/);
  });
});
