import { describe, expect, it } from 'vitest';
import { sim } from '../testing/harness';

const RELEASE = 'https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64';

describe('gosu --version and usage', () => {
  it('names the release of a downloaded binary and the Go that built it', () => {
    const s = sim();
    s.fs.writeFile(
      '/usr/local/bin/gosu',
      { blob: `download:${RELEASE}`, size: 2_351_104 },
      { mode: 0o755 },
    );
    expect(s.run('gosu --version')).toMatchObject({
      stdout: '1.17 (go1.18.2 on linux/amd64; gc)\n',
      exitCode: 0,
    });
  });

  it("names a Debian package's release and the golang of its rebuild", () => {
    const s = sim();
    s.fs.writeFile(
      '/usr/sbin/gosu',
      { blob: 'deb:gosu@1.14-1+b10:/usr/sbin/gosu', size: 2_000_000 },
      { mode: 0o755 },
    );
    expect(s.run('gosu -v').stdout).toBe('1.14 (go1.19.8 on linux/amd64; gc)\n');
  });

  it('prints the usage with its own name to stderr and fails without a command', () => {
    const s = sim();
    s.fs.writeFile(
      '/usr/local/bin/gosu',
      { blob: `download:${RELEASE}`, size: 1 },
      { mode: 0o755 },
    );
    const out = s.run('/usr/local/bin/gosu nobody');
    expect(out.exitCode).toBe(1);
    expect(out.stderr.split('\n').slice(0, 2)).toEqual([
      'Usage: /usr/local/bin/gosu user-spec command [args]',
      '   eg: /usr/local/bin/gosu tianon bash',
    ]);
    expect(out.stderr).toContain(
      '/usr/local/bin/gosu version: 1.17 (go1.18.2 on linux/amd64; gc)\n',
    );
    expect(s.run('gosu --help')).toMatchObject({ exitCode: 0, stderr: '' });
  });
});
