// useradd and the sparse /var/log/lastlog and faillog: with shadow < 4.13 a new uid's zeroed
// records extend the files to (uid + 1) x 292 and x 32 bytes, which a layer stores in full
// (the 20.10 oracle's history counted a 2,920,292-byte sparse file as 2.92MB).
import { describe, expect, it } from 'vitest';
import { layerSize } from '../../fs/stats';
import { sim } from '../testing/harness';

const JAMMY = 'NAME="Ubuntu"\nID=ubuntu\nVERSION_ID="22.04"\nVERSION_CODENAME=jammy\n';
const BOOKWORM = 'NAME="Debian GNU/Linux"\nID=debian\nVERSION_CODENAME=bookworm\n';

function box(osRelease: string, logs = true) {
  const s = sim('gnu', { '/etc/os-release': osRelease });
  if (logs) s.run('mkdir -p /var/log && touch /var/log/lastlog /var/log/faillog');
  return s;
}

function sizes(s: ReturnType<typeof sim>): string {
  return s.run('stat -c %s /var/log/lastlog /var/log/faillog').stdout;
}

describe('useradd on shadow before 4.13 (Ubuntu 22.04)', () => {
  it('grows lastlog and faillog to the new uid', () => {
    const s = box(JAMMY);
    expect(s.run('useradd -u 10001 app').exitCode).toBe(0);
    expect(sizes(s)).toBe(`${10002 * 292}\n${10002 * 32}\n`);
  });

  it('puts the grown files in the layer at their full size', () => {
    const s = box(JAMMY);
    const before = layerSize(s.fs.upper);
    s.run('useradd -u 10001 app');
    expect(layerSize(s.fs.upper) - before).toBeGreaterThan(10002 * (292 + 32));
  });

  it('leaves them alone with -l or --no-log-init', () => {
    const s = box(JAMMY);
    s.run('useradd -l -u 10001 app && useradd --no-log-init -u 20001 web');
    expect(sizes(s)).toBe('0\n0\n');
  });

  it('never shrinks a file a higher uid already grew', () => {
    const s = box(JAMMY);
    s.run('useradd -u 2000 big && useradd -u 1000 small');
    expect(sizes(s)).toBe(`${2001 * 292}\n${2001 * 32}\n`);
  });

  it('does not create the files when the image has none', () => {
    const s = box(JAMMY, false);
    s.run('useradd -u 10001 app');
    expect(s.fs.stat('/var/log/lastlog').ok).toBe(false);
  });

  it("grows them through Debian's adduser too, which has no --no-log-init", () => {
    const s = box(JAMMY);
    s.run('adduser --disabled-password --gecos "" --uid 1500 app >/dev/null');
    expect(sizes(s)).toBe(`${1501 * 292}\n${1501 * 32}\n`);
  });
});

describe('useradd on shadow 4.13 (Debian 12)', () => {
  it('writes no record past the end of the files', () => {
    const s = box(BOOKWORM);
    s.run('useradd -u 10001 app');
    expect(sizes(s)).toBe('0\n0\n');
  });
});
