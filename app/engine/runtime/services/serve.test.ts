import { describe, expect, it } from 'vitest';
import { busyboxTerminals } from '../testing/terminal';

const terminal = busyboxTerminals('docker pull -q ruby:3.3');

describe('a program that serves (io.serve) in a container', () => {
  it('keeps puma running after its banner, and dies of SIGTERM on docker stop (143)', () => {
    const t = terminal();
    t.run(
      "docker run -d --name pm ruby:3.3 sh -c 'gem install puma >/dev/null && exec puma -p 9292'",
    );
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^pm Up /);
    expect(t.run('docker logs pm').out).toContain(
      '* Listening on http://0.0.0.0:9292\nUse Ctrl-C to stop\n',
    );
    const stoppedAt = new Date(t.clock.now()).toISOString();
    t.run('docker stop pm');
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(143\) /);
    // Its graceful stop, timed by Ruby's Time#to_s at the signal.
    const time = `${stoppedAt.slice(0, 10)} ${stoppedAt.slice(11, 19)} +0000`;
    expect(t.run('docker logs pm').out).toContain(
      `Use Ctrl-C to stop\n- Gracefully stopping, waiting for requests to finish\n=== puma shutdown: ${time} ===\n- Goodbye!\n`,
    );
  });

  it('ends at once for puma --version', () => {
    const t = terminal();
    const printed = t.run(
      "docker run --rm ruby:3.3 sh -c 'gem install puma >/dev/null && puma --version'",
    );
    expect(printed.out).toMatch(/^puma version \d+\.\d+\.\d+\n$/);
    expect(t.run('docker ps -aq').out).toBe('');
  });
});
