import { describe, expect, it } from 'vitest';
import { layerDigest } from '../../fs/digest';
import { emptyDir, textFile } from '../../fs/node';
import { setAt } from '../../fs/tree';
import { NOW, sim } from '../testing/harness';
import { encodeTar } from './archive';
import { UNKNOWN_MTIME } from './times';

const NOW_S = Math.floor(NOW / 1000);
const UNKNOWN_S = UNKNOWN_MTIME / 1000;

describe('modification times', () => {
  it('stamps a file a program writes with the clock, and moves on as time is spent', () => {
    const s = sim();
    const out = s.run('echo a > /tmp/a; sleep 90; echo b > /tmp/b; stat -c %Y /tmp/a /tmp/b');
    expect(out.stdout).toBe(`${NOW_S}\n${NOW_S + 90}\n`);
    expect(s.run('cd /tmp && find . -newer a').stdout).toBe('./b\n');
  });

  it('reports a fixed earlier time for files that came with the image', () => {
    const s = sim();
    expect(s.run('stat -c %Y /etc/passwd').stdout).toBe(`${UNKNOWN_S}\n`);
    expect(s.run('date -r /etc/passwd').stdout).toBe('Wed Jan  1 00:00:00 UTC 2025\n');
    expect(UNKNOWN_MTIME).toBeLessThan(NOW);
  });

  it('sets times with touch -t, -d and -r, as GNU touch does (recorded)', () => {
    const s = sim();
    const out = s.run(
      'cd /tmp && touch -t 202501021530.45 old && stat -c "%Y %y" old && ' +
        'touch -d @1700000000 other && stat -c %Y other && touch -r old other && stat -c %Y other',
    );
    expect(out.stdout).toBe(
      '1735831845 2025-01-02 15:30:45.000000000 +0000\n1700000000\n1735831845\n',
    );
  });

  it('words touch errors as GNU and BusyBox do (recorded)', () => {
    expect(sim().run('touch -d garbage /tmp/x').stderr).toBe(
      "touch: invalid date format 'garbage'\n",
    );
    expect(sim('busybox').run('touch -d garbage /tmp/x').stderr).toBe(
      "touch: invalid date 'garbage'\n",
    );
    expect(sim().run('touch -r /nope /tmp/x').stderr).toBe(
      "touch: failed to get attributes of '/nope': No such file or directory\n",
    );
    expect(sim('busybox').run('touch -r /nope /tmp/x').stderr).toBe(
      "touch: can't stat '/nope': No such file or directory\n",
    );
  });

  it('shows the year instead of the time in ls -l for files older than half a year', () => {
    const s = sim();
    s.run('touch -d "2024-03-01 10:00:00" /tmp/old; touch /tmp/new');
    expect(s.run('ls -l /tmp/old /tmp/new').stdout).toBe(
      '-rw-r--r-- 1 root root 0 Jan 15 12:30 /tmp/new\n-rw-r--r-- 1 root root 0 Mar  1  2024 /tmp/old\n',
    );
  });

  it('keeps times with cp -p and cp -a, and gives a plain copy the clock', () => {
    const s = sim();
    s.run(
      'touch -t 202401010000 /tmp/src; sleep 60; cp -p /tmp/src /tmp/kept; cp /tmp/src /tmp/new',
    );
    expect(s.run('stat -c %Y /tmp/kept /tmp/new').stdout).toBe(`1704067200\n${NOW_S + 60}\n`);
    s.run('mkdir /tmp/d && touch -t 202401010000 /tmp/d/f && cp -a /tmp/d /tmp/e');
    expect(s.run('stat -c %Y /tmp/e/f').stdout).toBe('1704067200\n');
  });

  it('restores the times an archive records on tar -x, and the unknown time for the rest', () => {
    const s = sim();
    const released = Date.UTC(2025, 0, 10, 8, 0, 0);
    const tree = setAt(emptyDir(), ['bin'], { ...textFile('go'), mtime: released });
    s.fs.writeFile('/tmp/go.tar', encodeTar([{ name: 'go', node: { ...tree, mtime: released } }]));
    s.fs.writeFile('/tmp/plain.tar', encodeTar([{ name: 'p', node: textFile('x') }]));
    s.run('tar -C /usr/local -xf /tmp/go.tar && tar -C /tmp -xf /tmp/plain.tar');
    expect(s.run('stat -c %Y /usr/local/go/bin /tmp/p').stdout).toBe(
      `${released / 1000}\n${UNKNOWN_S}\n`,
    );
  });

  it('finds by -newer, -mtime and -mmin', () => {
    const s = sim();
    s.run('cd /tmp && touch -d "2025-01-01 12:00:00" week && touch -d "2025-01-15 12:00:00" hour');
    s.run('touch /tmp/now');
    expect(s.run('cd /tmp && find . -type f -newer week | sort').stdout).toBe('./hour\n./now\n');
    expect(s.run('cd /tmp && find . -type f -mtime +7').stdout).toBe('./week\n');
    expect(s.run('cd /tmp && find . -type f -mmin -5').stdout).toBe('./now\n');
    expect(s.run('find /tmp -newer /nope').stderr).toBe(
      "find: '/nope': No such file or directory\n",
    );
  });

  it('does not change layer digests: times are not content', () => {
    const plain = setAt(emptyDir(), ['etc', 'app.conf'], textFile('x=1\n'));
    const timed = setAt(emptyDir(), ['etc', 'app.conf'], { ...textFile('x=1\n'), mtime: NOW });
    expect(layerDigest(timed)).toBe(layerDigest(plain));
    const a = sim();
    const b = sim();
    a.run('mkdir -p /srv && echo "x=1" > /srv/app.conf && tar -cf /srv/a.tar /srv/app.conf');
    b.run('mkdir -p /srv && echo "x=1" > /srv/app.conf && tar -cf /srv/a.tar /srv/app.conf', {
      now: NOW + 3_600_000,
    });
    expect(layerDigest(b.fs.upper)).toBe(layerDigest(a.fs.upper));
  });
});
