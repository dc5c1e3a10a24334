import { describe, expect, it } from 'vitest';
import { pumaServing } from '../programs/ruby/gem-tools';
import { renderStopLog, stopLogTime } from './stop-log';
import { busyboxTerminals } from './testing/terminal';

const AT = Date.UTC(2026, 10, 30, 3, 5, 17, 123);

describe('a server’s stop log', () => {
  it('writes the stop time as each server’s clock does', () => {
    expect(stopLogTime(AT, 'ruby')).toBe('2026-11-30 03:05:17 +0000');
    expect(stopLogTime(AT, 'iso-ms')).toBe('2026-11-30T03:05:17.123Z');
    expect(stopLogTime(AT, 'apache', 'a1b2c3')).toMatch(/^Mon Nov 30 03:05:17\.123\d{3} 2026$/);
  });

  it('keeps only the lines of the signal that stopped it, each at its own offset', () => {
    const lines = [
      { stream: 'stderr' as const, text: 'winch {time}\n', signals: [28], clock: 'ruby' as const },
      { stream: 'stderr' as const, text: 'term\n', signals: [15] },
      { stream: 'stdout' as const, text: 'always {time}\n', afterMs: 1000 },
    ];
    expect(renderStopLog(lines, 28, AT)).toEqual([
      { stream: 'stderr', text: 'winch 2026-11-30 03:05:17 +0000\n', time: AT },
      { stream: 'stdout', text: 'always 2026-11-30T03:05:18.123Z\n', time: AT + 1000 },
    ]);
    expect(renderStopLog(lines, 15, AT).map((c) => c.text)).toEqual([
      'term\n',
      'always 2026-11-30T03:05:18.123Z\n',
    ]);
  });

  it('ends `rails server`’s puma stop with the server command’s "Exiting"', () => {
    const stop = pumaServing(['bin/rails', 'server'], true).stopLog ?? [];
    expect(
      renderStopLog(stop, 15, AT)
        .map((c) => c.text)
        .join(''),
    ).toBe(
      '- Gracefully stopping, waiting for requests to finish\n=== puma shutdown: 2026-11-30 03:05:17 +0000 ===\n- Goodbye!\nExiting\n',
    );
    expect(
      pumaServing(['puma'], false)
        .stopLog?.map((l) => l.text)
        .join(''),
    ).not.toContain('Exiting');
  });
});

describe('Apache’s stop log in a php:apache container', () => {
  const terminal = busyboxTerminals('docker pull -q php:8.3-apache');

  it('says AH00169 when SIGTERM stops it, and nothing when it is killed', () => {
    const t = terminal();
    t.run('docker run -d --name term php:8.3-apache');
    t.run('docker stop -s TERM term');
    expect(t.run('docker logs term').err).toMatch(
      /\] \[mpm_prefork:notice\] \[pid 1:tid 1\] AH00169: caught SIGTERM, shutting down\n$/,
    );
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(0\) /);

    t.run('docker run -d --name killed php:8.3-apache');
    const before = t.run('docker logs killed').err;
    t.run('docker kill killed');
    expect(t.run('docker logs killed').err).toBe(before);
  });

  it('says AH00170 for `docker kill -s WINCH` too, as for docker stop', () => {
    const t = terminal();
    t.run('docker run -d --name site php:8.3-apache');
    t.run('docker kill -s WINCH site');
    expect(t.run('docker logs site').err).toMatch(
      /AH00170: caught SIGWINCH, shutting down gracefully\n$/,
    );
  });
});
