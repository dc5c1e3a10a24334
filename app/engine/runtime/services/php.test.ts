import { describe, expect, it } from 'vitest';
import { busyboxTerminals } from '../testing/terminal';
import { apacheTime, fpmTime } from './php';

const terminal = busyboxTerminals('docker pull -q php:8.3-apache');

describe('the php images’ servers', () => {
  it('keeps php:8.3-apache running with Apache’s start-up log, and stops it on SIGWINCH', () => {
    const t = terminal();
    t.run('docker run -d --name site php:8.3-apache');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}} {{.Ports}}'").out).toMatch(
      /^site Up \d+ seconds? 80\/tcp\n$/,
    );
    const log = t.run('docker logs site').err.split('\n');
    expect(log[0]).toBe(
      "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message",
    );
    expect(log[2]).toMatch(
      /^\[\w{3} \w{3} \d\d \d\d:\d\d:\d\d\.\d{6} \d{4}\] \[mpm_prefork:notice\] \[pid 1:tid 1\] AH00163: Apache\/2\.4\.\d+ \(Debian\) PHP\/8\.3\.\d+ configured -- resuming normal operations$/,
    );
    expect(log[3]).toMatch(
      /\[core:notice\] \[pid 1:tid 1\] AH00094: Command line: 'apache2 -D FOREGROUND'$/,
    );
    // Its pid file is the container's one change (/var/run is a link to /run on Debian).
    expect(t.run('docker diff site').out).toBe(
      'C /run\nC /run/apache2\nA /run/apache2/apache2.pid\n',
    );
    // STOPSIGNAL SIGWINCH is Apache's graceful stop: exit 0 at once, not SIGKILL after 10 s.
    const before = t.clock.now();
    t.run('docker stop site');
    expect(t.clock.now() - before).toBeLessThan(5_000);
    expect(t.run('docker logs site').err).toMatch(
      /\[mpm_prefork:notice\] \[pid 1:tid 1\] AH00170: caught SIGWINCH, shutting down gracefully\n$/,
    );
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(0\) /);
  });

  it('keeps php:8.3-fpm running with php-fpm’s notices, and stops it on SIGQUIT', () => {
    const t = terminal();
    t.run('docker pull -q php:8.3-fpm');
    t.run('docker run -d --name pool php:8.3-fpm');
    expect(t.run("docker ps --format '{{.Names}} {{.Status}} {{.Ports}}'").out).toMatch(
      /^pool Up \d+ seconds? 9000\/tcp\n$/,
    );
    expect(t.run('docker logs pool').err).toMatch(
      /^\[\d\d-\w{3}-\d{4} \d\d:\d\d:\d\d\] NOTICE: fpm is running, pid 1\n\[[^\]]+\] NOTICE: ready to handle connections\n$/,
    );
    t.run('docker stop pool');
    expect(t.run('docker logs pool').err).toMatch(
      /NOTICE: Finishing \.\.\.\n\[[^\]]+\] NOTICE: exiting, bye-bye!\n$/,
    );
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(0\) /);
  });

  it('starts no server for php-fpm -t or apache2 without -DFOREGROUND', () => {
    const t = terminal();
    t.run('docker pull -q php:8.3-fpm');
    expect(t.run('docker run --rm php:8.3-fpm php-fpm -t').err).not.toContain('fpm is running');
    expect(t.run('docker run --rm php:8.3-apache apache2 -k start').err).not.toContain('AH00163');
    expect(t.run("docker ps -a --format '{{.Names}}'").out).toBe('');
  });

  it('writes the two servers’ log times as they do', () => {
    const ms = Date.UTC(2026, 10, 30, 1, 35, 12, 345);
    expect(fpmTime(ms)).toBe('30-Nov-2026 01:35:12');
    expect(apacheTime(ms, '00007b')).toBe('Mon Nov 30 01:35:12.345123 2026');
  });
});
