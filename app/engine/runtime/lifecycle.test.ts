import { describe, expect, it } from 'vitest';
import { busyboxTerminals, type Terminal } from './testing/terminal';
import { fixtureSteps } from './testing/fixtures';

const busybox = busyboxTerminals();

/** Runs a line and reports how much simulated time it took. */
function timed(t: Terminal, line: string) {
  const before = t.clock.now();
  const printed = t.run(line);
  return { ...printed, seconds: (t.clock.now() - before - 1000) / 1000 };
}

/*
 * Exit ages: this terminal spends a second typing each line, so a `docker ps` after a line
 * that stopped a container runs one second after the exit. The recorded daemon (20.10, 28.2.2
 * client) printed "Exited (137) Less than a second ago" for `docker ps -a` straight after
 * `docker kill`, then "Exited (137) 1 second ago" after `sleep 1` and "2 seconds ago" after
 * another; the same after a 10 s `docker stop` ("Less than a second ago", then "1 second ago").
 */
const ONE_SECOND_AFTER = '1 second ago';

function status(t: Terminal, name: string): string {
  return t.run(`docker ps -a --filter name=^${name}$ --format '{{.Status}}'`).out.trim();
}

describe('docker run', () => {
  it('prints the output of a short main and ends with its status', () => {
    const t = busybox();
    expect(t.run('docker run --name once busybox echo hi')).toMatchObject({ out: 'hi\n', code: 0 });
    expect(
      t.run("docker run --rm busybox sh -c 'echo to-stdout; echo to-stderr >&2; exit 5'"),
    ).toMatchObject({
      out: 'to-stdout\n',
      err: 'to-stderr\n',
      code: 5,
    });
    expect(status(t, 'once')).toMatch(/^Exited \(0\) /);
  });

  it('leaves a long-running main Up and says why the prompt came back', () => {
    const t = busybox();
    const run = t.run('docker run --name sleeper busybox sleep 3600');
    expect(run.code).toBe(0);
    expect(run.notes.join(' ')).toContain('keeps running');
    expect(status(t, 'sleeper')).toMatch(/^Up /);
  });

  it('prints the id with -d and keeps a server running', () => {
    const t = busybox();
    const run = t.run('docker run -d --name web nginx');
    expect(run.out).toMatch(/^[0-9a-f]{64}\n$/);
    expect(run.err).toContain("Unable to find image 'nginx:latest' locally");
    expect(status(t, 'web')).toMatch(/^Up /);
    expect(t.run('docker logs web').out).toContain(
      '/docker-entrypoint.sh: Configuration complete; ready for start up\n',
    );
  });

  it('refuses a command that is not in the image with the OCI error and status 127', () => {
    const t = busybox();
    const step = fixtureSteps('containers-run').find((s) => s.command.includes('nosuchcommand'))!;
    const run = t.run('docker run --name nocmd busybox nosuchcommand');
    expect(run).toMatchObject({ err: step.stderr, code: step.exit });
    expect(status(t, 'nocmd')).toBe('Created');
  });

  it('refuses a name in use with the conflict message, naming the holder', () => {
    const t = busybox();
    t.run('docker run -d --name web busybox sleep 3600');
    const id = t.container('web').id;
    expect(t.run('docker run -d --name web busybox sleep 3600')).toMatchObject({
      code: 125,
      err: `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.\n\nRun 'docker run --help' for more information\n`,
    });
  });

  it('removes the container afterwards with --rm', () => {
    const t = busybox();
    t.run('docker run --rm --name temp busybox echo bye');
    expect(t.run('docker ps -a --filter name=temp -q').out).toBe('');
  });

  it('gives a generated adjective_surname name when none is given', () => {
    const t = busybox();
    t.run('docker run -d busybox sleep 60');
    expect(t.run("docker ps --format '{{.Names}}'").out).toMatch(/^[a-z]+_[a-z]+\n$/);
  });

  it('runs the main with -e, -w and -u, and a hostname from the id', () => {
    const t = busybox();
    const run = t.run(
      "docker run --rm -e GREETING=hi -w /tmp -u nobody busybox sh -c 'id; pwd; echo $GREETING; hostname | wc -c'",
    );
    expect(run.out).toBe(
      'uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n/tmp\nhi\n13\n',
    );
  });
});

describe('docker stop', () => {
  it('kills a sleep that ignores SIGTERM after the 10 s timeout: Exited (137)', () => {
    const t = busybox();
    t.run('docker run -d --name web busybox sleep 3600');
    const stop = timed(t, 'docker stop web');
    expect(stop.out).toBe('web\n');
    expect(stop.seconds).toBeGreaterThanOrEqual(10);
    expect(stop.seconds).toBeLessThan(11);
    expect(status(t, 'web')).toBe(`Exited (137) ${ONE_SECOND_AFTER}`);
    expect(t.run("docker inspect --format '{{.State.ExitCode}}' web").out).toBe('137\n');
  });

  it('honours -t', () => {
    const t = busybox();
    t.run('docker run -d --name web busybox sleep 3600');
    const stop = timed(t, 'docker stop -t 1 web');
    expect(stop.seconds).toBeGreaterThanOrEqual(1);
    expect(stop.seconds).toBeLessThan(2);
  });

  it('stops nginx quickly and cleanly (its stop signal is SIGQUIT)', () => {
    const t = busybox();
    t.run('docker run -d --name web nginx');
    const stop = timed(t, 'docker stop web');
    expect(stop.seconds).toBeLessThan(1);
    expect(status(t, 'web')).toBe(`Exited (0) ${ONE_SECOND_AFTER}`);
    expect(t.run('docker logs web').err).toContain('signal 3 (SIGQUIT) received, shutting down');
  });

  it('lets a shell that traps TERM exit with its own status once its sleep ends', () => {
    const t = busybox();
    t.run(
      `docker run -d --name polite busybox sh -c 'trap "exit 0" TERM; while true; do sleep 1; done'`,
    );
    const stop = timed(t, 'docker stop polite');
    expect(stop.seconds).toBeGreaterThanOrEqual(1);
    expect(stop.seconds).toBeLessThan(2);
    expect(status(t, 'polite')).toBe(`Exited (0) ${ONE_SECOND_AFTER}`);
  });

  it('with --init, the child dies of SIGTERM at once (143)', () => {
    const t = busybox();
    t.run('docker run -d --init --name web busybox sleep 3600');
    expect(timed(t, 'docker stop web').seconds).toBeLessThan(1);
    expect(status(t, 'web')).toMatch(/^Exited \(143\)/);
  });

  it('waits out a busybox shell that stays PID 1, and a sleep it execs; --init does not (recorded)', () => {
    // Recorded (20.10): `sh -c "sleep 1000; true"` 10.58 s and 137, `sh -c "sleep 1000"`
    // 10.50 s and 137; with --init 0.44 s and 0.36 s, 143.
    const t = busybox();
    const cases = [
      ['stays', '', 'sleep 1000; true', 10, 137],
      ['execs', '', 'sleep 1000', 10, 137],
      ['init-stays', '--init ', 'sleep 1000; true', 0, 143],
    ] as const;
    for (const [name, init, script, seconds, code] of cases) {
      t.run(`docker run -d ${init}--name ${name} busybox sh -c "${script}"`);
      const stop = timed(t, `docker stop ${name}`);
      expect([name, Math.floor(stop.seconds)]).toEqual([name, seconds]);
      expect(status(t, name)).toBe(`Exited (${code}) ${ONE_SECOND_AFTER}`);
    }
  });

  it('waits out dash above a shell-form nginx on Debian, while BusyBox sh hands PID 1 to nginx', () => {
    const t = busybox();
    t.run(`docker run -d --name deb nginx sh -c "nginx -g 'daemon off;'"`);
    const deb = timed(t, 'docker stop deb');
    expect(deb.seconds).toBeGreaterThanOrEqual(10);
    expect(status(t, 'deb')).toBe(`Exited (137) ${ONE_SECOND_AFTER}`);
    // SIGKILL reached the shell; nginx never saw a signal, so it printed no shutdown.
    expect(t.run('docker logs deb').err).not.toContain('received, shutting down');
    t.run(`docker run -d --name alp nginx:alpine sh -c "nginx -g 'daemon off;'"`);
    expect(timed(t, 'docker stop alp').seconds).toBeLessThan(1);
    expect(status(t, 'alp')).toBe(`Exited (0) ${ONE_SECOND_AFTER}`);
  });
});

describe('the rest of the lifecycle', () => {
  it('kills with SIGKILL (137) and refuses to kill a stopped container', () => {
    const t = busybox();
    t.run('docker run -d --name web busybox sleep 3600');
    expect(t.run('docker kill web').out).toBe('web\n');
    expect(status(t, 'web')).toBe(`Exited (137) ${ONE_SECOND_AFTER}`);
    const id = t.container('web').id;
    expect(t.run('docker kill web')).toMatchObject({
      code: 1,
      err: `Error response from daemon: Cannot kill container: web: Container ${id} is not running\n`,
    });
  });

  it('pauses and unpauses, refusing exec while paused', () => {
    const t = busybox();
    t.run('docker run -d --name web busybox sleep 3600');
    expect(t.run('docker pause web').out).toBe('web\n');
    expect(status(t, 'web')).toMatch(/^Up .* \(Paused\)$/);
    expect(t.run('docker exec web true').err).toBe(
      'Error response from daemon: Container web is paused, unpause the container before exec\n',
    );
    expect(t.run('docker unpause web').out).toBe('web\n');
    expect(t.run('docker exec web true').code).toBe(0);
  });

  it("refuses rm of a running container in the daemon's words, and -f forces it", () => {
    const t = busybox();
    t.run('docker run -d --name web busybox sleep 3600');
    expect(t.run('docker rm web')).toMatchObject({
      code: 1,
      err: 'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove\n',
    });
    expect(t.run('docker rm -f web')).toMatchObject({ code: 0, out: 'web\n' });
    expect(t.run('docker rm -f nosuch')).toMatchObject({
      code: 0,
      err: 'Error response from daemon: No such container: nosuch\n',
    });
  });

  it('refuses exec in a stopped container', () => {
    const t = busybox();
    t.run('docker run --name stopped busybox true');
    const id = t.container('stopped').id;
    expect(t.run('docker exec stopped ls')).toMatchObject({
      code: 1,
      // Docker 24+ wording; 20.10 capitalised "Container".
      err: `Error response from daemon: container ${id} is not running\n`,
    });
  });

  it('reports a missing command in exec on stdout with status 126', () => {
    const t = busybox();
    t.run('docker run -d --name web busybox sleep 3600');
    const step = fixtureSteps('lifecycle-exec').find(
      (s) => s.command === 'docker exec web nosuchcommand',
    )!;
    expect(t.run('docker exec web nosuchcommand')).toMatchObject({
      out: step.stdout,
      code: step.exit,
    });
  });

  it('creates, starts, waits and shows the logs of a container, as the fixture did', () => {
    const t = busybox();
    for (const step of fixtureSteps('lifecycle-create-start')) {
      const line = step.command.replace(' --pull never --network none', '');
      const run = t.run(line);
      expect({ line, code: run.code }).toEqual({ line, code: step.exit });
      if (!/^[0-9a-f]{64}\n$/.test(step.stdout) && !line.includes('ps -a'))
        expect(run.out).toBe(step.stdout);
    }
  });

  it('keeps stdout and stderr apart in docker logs, with --tail and -t', () => {
    const t = busybox();
    const steps = fixtureSteps('lifecycle-logs');
    for (const step of steps) {
      const run = t.run(step.command.replace(' --pull never --network none', ''));
      expect(run.code).toBe(step.exit);
      if (step.command.includes('-t talker')) {
        expect(run.out.replace(/^\S+ /gm, '')).toBe(step.stdout.replace(/^\S+ /gm, ''));
        expect(run.out).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z out1$/m);
      } else {
        expect(run.out).toBe(step.stdout);
        expect(run.err).toBe(step.stderr);
      }
    }
  });

  it('ends a main that sleeps by itself once its time has passed', () => {
    const t = busybox();
    t.run('docker run -d --name timed busybox sleep 5');
    expect(status(t, 'timed')).toMatch(/^Up /);
    t.wait(6000);
    expect(status(t, 'timed')).toMatch(/^Exited \(0\) \d+ seconds ago$/);
  });

  it('waits for a main that ends soon, and says so for one that does not', () => {
    const t = busybox();
    t.run('docker run -d --name timed busybox sleep 5');
    const waited = timed(t, 'docker wait timed');
    expect(waited.out).toBe('0\n');
    expect(waited.seconds).toBeGreaterThan(3);
    t.run('docker run -d --name forever busybox sleep 3600');
    const returned = timed(t, 'docker wait forever');
    expect(returned.out).toBe('');
    expect(returned.notes.join(' ')).toContain('would block until the container stops');
    expect(returned.seconds).toBeLessThan(1);
  });

  it('renames a container and refuses a name in use', () => {
    const t = busybox();
    t.run('docker create --name first busybox');
    t.run('docker create --name second busybox');
    expect(t.run('docker rename first second').err).toMatch(
      /^Error response from daemon: Error when allocating new name: Conflict\. The container name "\/second" is already in use by container "[0-9a-f]{64}"\. You have to remove \(or rename\) that container to be able to reuse that name\.\nError: failed to rename container named first\n$/,
    );
    expect(t.run('docker rename first third').code).toBe(0);
    expect(t.run("docker ps -a --format '{{.Names}}'").out).toBe('second\nthird\n');
  });

  it('prunes stopped containers only after a yes', () => {
    const t = busybox();
    t.run('docker run --name done1 busybox true');
    t.run('docker run -d --name running busybox sleep 3600');
    expect(t.run('echo n | docker container prune').out).toBe(
      'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ',
    );
    expect(t.run('docker ps -aq').out.split('\n').filter(Boolean)).toHaveLength(2);
    const id = t.container('done1').id;
    expect(t.run('docker container prune -f').out).toBe(
      `Deleted Containers:\n${id}\n\nTotal reclaimed space: 0B\n`,
    );
    expect(t.run("docker ps -a --format '{{.Names}}'").out).toBe('running\n');
  });
});
