// Health checks end to end through the docker CLI, against what a Docker 20.10 daemon (28.2.2
// client) printed for the same commands (busybox, --network none, --pull never).
import { describe, expect, it } from 'vitest';
import { busyboxTerminals, type Terminal } from './testing/terminal';

const busybox = busyboxTerminals();

const health = (t: Terminal, name: string) =>
  JSON.parse(t.run(`docker inspect -f '{{json .State.Health}}' ${name}`).out) as {
    Status: string;
    FailingStreak: number;
    Log: { Start: string; End: string; ExitCode: number; Output: string }[];
  };
const status = (t: Terminal, name: string) =>
  t.run(`docker ps -a --filter name=^${name}$ --format '{{.Status}}'`).out.trim();

// The recording's check with a 10s interval: this terminal spends a second on each line.
const CHECK = "--health-cmd 'test -f /tmp/ok' --health-interval 10s --health-retries 2";

describe('a container with a health check', () => {
  it('is starting with an empty log until its first probe', () => {
    const t = busybox();
    t.run(`docker run -d --name hc ${CHECK} busybox sleep 3600`);
    // Recorded: {"Status":"starting","FailingStreak":0,"Log":[]} right after docker run.
    expect(t.run(`docker inspect -f '{{json .State.Health}}' hc`).out).toBe(
      '{"Status":"starting","FailingStreak":0,"Log":[]}\n',
    );
  });

  it('goes starting → unhealthy → healthy as the checked file comes and goes', () => {
    // Recorded: "Up 2 seconds (health: starting)" with streak 1, "Up 3 seconds (unhealthy)"
    // with streak 2, then after `docker exec hc touch /tmp/ok`, "Up 4 seconds (healthy)".
    const t = busybox();
    t.run(`docker run -d --name hc ${CHECK} busybox sleep 3600`);
    expect(status(t, 'hc')).toBe('Up 1 second (health: starting)');
    t.wait(10_000);
    expect(health(t, 'hc')).toMatchObject({ Status: 'starting', FailingStreak: 1 });
    t.wait(10_000);
    expect(status(t, 'hc')).toMatch(/^Up 2\d seconds \(unhealthy\)$/);
    t.run('docker exec hc touch /tmp/ok');
    t.wait(10_000);
    expect(status(t, 'hc')).toMatch(/^Up 3\d seconds \(healthy\)$/);
    const h = health(t, 'hc');
    expect(h.FailingStreak).toBe(0);
    expect(h.Log.at(-1)).toMatchObject({ ExitCode: 0, Output: '' });
    expect(h.Log.at(-1)?.Start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z$/);
  });

  it('records each probe with its output, stdout and stderr together', () => {
    const t = busybox();
    t.run(
      "docker run -d --name hc --health-cmd 'echo hello; echo err >&2; exit 3' busybox sleep 3600",
    );
    t.wait(30_000);
    // Recorded: {"Start":"...","End":"...","ExitCode":3,"Output":"hello\nerr\n"}.
    expect(health(t, 'hc').Log).toEqual([
      expect.objectContaining({ ExitCode: 3, Output: 'hello\nerr\n' }),
    ]);
  });

  it("fails a probe that outlives its timeout with ExitCode -1 and Docker's words", () => {
    const t = busybox();
    t.run(
      "docker run -d --name hc --health-cmd 'sleep 60' --health-interval 1s --health-timeout 1s busybox sleep 3600",
    );
    t.wait(3000);
    const [first] = health(t, 'hc').Log;
    // Recorded: End one second after Start, "Health check exceeded timeout (1s)".
    expect(first).toMatchObject({ ExitCode: -1, Output: 'Health check exceeded timeout (1s)' });
    expect(Date.parse(first!.End) - Date.parse(first!.Start)).toBe(1000);
  });

  it("runs the probe as exec would: the container's env, user and working directory", () => {
    const t = busybox();
    t.run(
      "docker run -d --name hc -e FOO=bar -u nobody -w /tmp --health-cmd 'echo $FOO $(id -u) $(pwd)' busybox sleep 3600",
    );
    t.wait(30_000);
    expect(health(t, 'hc').Log[0]?.Output).toBe('bar 65534 /tmp\n');
  });

  it('writes what the probe writes into the writable layer', () => {
    const t = busybox();
    t.run(
      "docker run -d --name hc --health-cmd 'echo probe >> /tmp/probes' --health-interval 1s busybox sleep 3600",
    );
    t.wait(3000);
    expect(t.run('docker diff hc').out).toBe('C /tmp\nA /tmp/probes\n');
    expect(t.run('docker exec hc wc -l /tmp/probes').out).toMatch(/^\s*[3-5] \/tmp\/probes\n$/);
  });

  it('reports the runtime error of a CMD that cannot start, as ExitCode -1', () => {
    const t = busybox();
    t.run(
      `printf 'FROM busybox\\nHEALTHCHECK --interval=1s --retries=5 CMD ["nope", "x"]\\n' > Dockerfile`,
    );
    expect(t.run('docker build -q -t hcimg .').code).toBe(0);
    t.run('docker run -d --name hc hcimg sleep 3600');
    // Recorded, word for word.
    expect(health(t, 'hc').Log[0]).toMatchObject({
      ExitCode: -1,
      Output:
        'OCI runtime exec failed: exec failed: unable to start container process: exec: "nope": executable file not found in $PATH: unknown',
    });
    expect(t.run("docker inspect -f '{{.Config.Healthcheck}}' hc").out).toBe(
      '{[CMD nope x] 1s 0s 0s 0s 5}\n',
    );
    t.run('docker run -d --name off --no-healthcheck hcimg sleep 3600');
    t.wait(5000);
    // Recorded: the daemon merges the image's other fields under NONE; no health is kept.
    expect(t.run("docker inspect -f '{{.Config.Healthcheck}} {{.State.Health}}' off").out).toBe(
      '{[NONE] 1s 0s 0s 0s 5} <nil>\n',
    );
    expect(status(t, 'off')).toMatch(/^Up \d+ seconds$/);
  });

  it('catches up a day in a few real probes, keeping the last five', () => {
    const t = busybox();
    t.run(
      "docker run -d --name hc --health-cmd 'echo probe >> /tmp/probes; false' --health-interval 30s busybox sleep 1000000",
    );
    t.wait(86_400_000);
    const h = health(t, 'hc');
    expect(h.Status).toBe('unhealthy');
    expect(h.FailingStreak).toBeGreaterThan(2800);
    expect(h.Log).toHaveLength(5);
    // Five real probes wrote their line; the rest repeated the last result.
    expect(t.run('docker exec hc wc -l /tmp/probes').out).toMatch(/^\s*5 \/tmp\/probes\n$/);
  });
});

describe('health when the monitor stops', () => {
  it('is unhealthy after docker stop (streak and log kept) and starting again after start', () => {
    // Recorded: a healthy container, stopped, read {"Status":"unhealthy","FailingStreak":0,...};
    // `docker start` made it "starting", streak 0, the old log still there.
    const t = busybox();
    t.run('docker run -d --name hc --health-cmd true --health-interval 1s busybox sleep 3600');
    t.wait(2000);
    t.run('docker stop -t 0 hc');
    const stopped = health(t, 'hc');
    expect(stopped).toMatchObject({ Status: 'unhealthy', FailingStreak: 0 });
    expect(status(t, 'hc')).toMatch(/^Exited \(137\) /);
    // Recorded: inspect straight after `docker start` read "starting"; after `sleep 1` the
    // first 1s-interval probe had run ("healthy"). This terminal spends a second typing
    // each line, so the inspect that must see "starting" runs on the start's own line.
    const started = JSON.parse(
      t.run("docker start hc >/dev/null && docker inspect -f '{{json .State.Health}}' hc").out,
    ) as { Status: string; Log: unknown[] };
    expect(started.Status).toBe('starting');
    expect(started.Log.length).toBeGreaterThanOrEqual(stopped.Log.length);
    expect(health(t, 'hc').Status).toBe('healthy');
  });

  it('keeps probing while docker stop waits for a PID 1 that ignores SIGTERM', () => {
    const t = busybox();
    t.run('docker run -d --name hc --health-cmd true --health-interval 1s busybox sleep 3600');
    t.run('docker stop hc');
    const h = health(t, 'hc');
    const finished = Date.parse(t.run("docker inspect -f '{{.State.FinishedAt}}' hc").out.trim());
    // sleep ignores SIGTERM: the daemon waits 10s, and the monitor keeps running meanwhile.
    expect(finished - Date.parse(h.Log.at(-1)!.Start)).toBeLessThanOrEqual(1000);
    expect(h.Log).toHaveLength(5);
  });

  it('is unhealthy with an empty log when the main ended before any probe, and none before a start', () => {
    // Recorded: `docker run -d --health-cmd true busybox true`, then inspect (also after
    // `docker restart`) → {"Status":"unhealthy","FailingStreak":0,"Log":[]}; `docker create`
    // alone → null.
    const t = busybox();
    t.run('docker run -d --name quick --health-cmd true busybox true');
    const json = (name: string) => t.run(`docker inspect -f '{{json .State.Health}}' ${name}`).out;
    expect(json('quick')).toBe('{"Status":"unhealthy","FailingStreak":0,"Log":[]}\n');
    t.run('docker restart quick');
    expect(json('quick')).toBe('{"Status":"unhealthy","FailingStreak":0,"Log":[]}\n');
    t.run('docker create --name fresh --health-cmd true busybox true');
    expect(json('fresh')).toBe('null\n');
  });

  it('is unhealthy while paused, with no probes run', () => {
    // Recorded: a healthy container, paused for 3s: unhealthy, streak 0, one log entry.
    const t = busybox();
    t.run('docker run -d --name hc --health-cmd true --health-interval 1s busybox sleep 3600');
    t.run('docker pause hc');
    const paused = health(t, 'hc');
    t.wait(10_000);
    expect(health(t, 'hc')).toEqual({ ...paused, Status: 'unhealthy' });
    expect(status(t, 'hc')).toMatch(/ \(Paused\)$/);
    t.run('docker unpause hc');
    t.wait(1000);
    expect(health(t, 'hc').Status).toBe('healthy');
  });
});

describe('docker ps --filter health=', () => {
  it('matches starting, healthy, unhealthy and none (no health check)', () => {
    const t = busybox();
    t.run('docker run -d --name plain busybox sleep 3600');
    t.run('docker run -d --name good --health-cmd true --health-interval 1s busybox sleep 3600');
    t.run(
      'docker run -d --name bad --health-cmd false --health-interval 1s --health-retries 1 busybox sleep 3600',
    );
    t.run('docker run -d --name slow --health-cmd true busybox sleep 3600');
    const names = (filter: string) =>
      t.run(`docker ps --filter health=${filter} --format '{{.Names}}'`).out.trim();
    expect(names('none')).toBe('plain');
    expect(names('healthy')).toBe('good');
    expect(names('unhealthy')).toBe('bad');
    expect(names('starting')).toBe('slow');
  });

  it("refuses another value in the daemon's words", () => {
    const t = busybox();
    expect(t.run('docker ps --filter health=bogus')).toMatchObject({
      err: 'Error response from daemon: Unrecognised filter value for health: bogus\n',
      code: 1,
    });
  });
});
