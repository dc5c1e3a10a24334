import { describe, expect, it } from 'vitest';
import { parseMountFlag, parseVolumeFlag } from './mount-specs';

const cwd = '/home/learner/app';
const home = '/home/learner';

describe('-v specs', () => {
  it('reads a named volume, with the "z" mode Docker reports', () => {
    expect(parseVolumeFlag('data:/data', cwd, home)).toEqual({
      ok: true,
      mount: {
        type: 'volume',
        source: 'data',
        destination: '/data',
        readOnly: false,
        noCopy: false,
        mode: 'z',
        createSource: false,
      },
    });
  });

  it('reads a lone path as a new anonymous volume', () => {
    const parsed = parseVolumeFlag('/data', cwd, home);
    expect(parsed.ok && parsed.mount).toMatchObject({
      type: 'volume',
      source: '',
      destination: '/data',
      mode: '',
    });
  });

  it('reads ./, ../ and ~ sources as host folders, relative to the working directory', () => {
    for (const [spec, source] of [
      ['./site:/usr/share/nginx/html', '/home/learner/app/site'],
      ['../shared:/s', '/home/learner/shared'],
      ['~/x:/x', '/home/learner/x'],
      ['/srv/www:/www:ro', '/srv/www'],
    ]) {
      const parsed = parseVolumeFlag(spec!, cwd, home);
      expect(parsed.ok && parsed.mount.type).toBe('bind');
      expect(parsed.ok && parsed.mount.source).toBe(source);
    }
    const ro = parseVolumeFlag('/srv/www:/www:ro', cwd, home);
    expect(ro.ok && ro.mount.readOnly).toBe(true);
  });

  it('words bad specs as the CLI and the daemon do', () => {
    expect(parseVolumeFlag(':/data', cwd, home)).toEqual({
      ok: false,
      error: { by: 'cli', message: 'invalid spec: :/data: empty section between colons' },
    });
    expect(parseVolumeFlag('data:data', cwd, home)).toMatchObject({
      error: {
        by: 'daemon',
        message: `invalid volume specification: 'data:data': invalid mount config for type "volume": invalid mount path: 'data' mount path must be absolute`,
      },
    });
    expect(parseVolumeFlag('/a:/b:bogus', cwd, home)).toMatchObject({
      error: { by: 'daemon', message: 'invalid mode: bogus' },
    });
    expect(parseVolumeFlag('bad@name:/x', cwd, home)).toMatchObject({ error: { by: 'daemon' } });
  });

  it('refuses a volume name the local driver cannot store, in -v and --mount alike', () => {
    // Recorded from Docker 28.2.2 against the engine: both flags reach the same daemon check.
    const refusal = {
      ok: false,
      error: {
        by: 'daemon',
        message:
          'create a@b: "a@b" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path',
      },
    };
    expect(parseVolumeFlag('a@b:/data', cwd, home)).toEqual(refusal);
    expect(parseMountFlag('src=a@b,dst=/data', cwd, home)).toEqual(refusal);
  });
});

describe('--mount specs', () => {
  it('reads type, source and target with their aliases, and readonly', () => {
    expect(parseMountFlag('type=volume,src=data,dst=/data,readonly', cwd, home)).toMatchObject({
      ok: true,
      mount: { type: 'volume', source: 'data', destination: '/data', readOnly: true },
    });
    expect(parseMountFlag('type=bind,source=./site,target=/site', cwd, home)).toMatchObject({
      ok: true,
      mount: { type: 'bind', source: '/home/learner/app/site', createSource: false },
    });
  });

  it('words bad mounts as the flag parser and the daemon do', () => {
    expect(parseMountFlag('type=volume,source=data2', cwd, home)).toEqual({
      ok: false,
      error: { by: 'flag', message: 'target is required' },
    });
    expect(parseMountFlag('type=volume,target=/data,readonly', cwd, home)).toEqual({
      ok: false,
      error: {
        by: 'daemon',
        message:
          'invalid mount config for type "volume": must not set ReadOnly mode when using anonymous volumes',
      },
    });
    expect(parseMountFlag('type=foo,dst=/x', cwd, home)).toMatchObject({
      error: { by: 'daemon', message: 'invalid mount config for type "foo": mount type unknown' },
    });
    expect(parseMountFlag('dst=/x,bogus', cwd, home)).toMatchObject({
      error: { by: 'flag', message: "invalid field 'bogus' must be a key=value pair" },
    });
    expect(parseMountFlag('dst=/x,bogus=1', cwd, home)).toMatchObject({
      error: { by: 'flag', message: "unexpected key 'bogus' in 'bogus=1'" },
    });
  });
});
