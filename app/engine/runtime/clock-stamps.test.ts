// Container timestamps against the terminal's clock: a command's time is the line's start
// plus what it spent, once. Compared with a Docker 20.10 daemon (28.2.2 client, busybox,
// --network none, --pull never) driven with `sleep 1` between commands, as this terminal
// spends a second typing each line.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals, type Terminal } from './testing/terminal';

const busybox = busyboxTerminals();

function stamps(t: Terminal, name: string) {
  const line = t.run(
    `docker inspect -f '{{.Created}} {{.State.StartedAt}} {{.State.FinishedAt}}' ${name}`,
  );
  const [created, started, finished] = line.out.trim().split(' ').map(Date.parse);
  return { created: created!, started: started!, finished: finished! };
}

function eventTimes(t: Terminal, name: string, since: string): Map<string, number> {
  const line = t.run(
    `docker events --since ${since} --until 0s --filter container=${name} --format '{{.Action}} {{.TimeNano}}'`,
  );
  const times = new Map<string, number>();
  for (const row of line.out.trim().split('\n')) {
    const [action, nanos] = row.split(' ');
    if (action && nanos) times.set(action, Number(BigInt(nanos) / 1_000_000n));
  }
  return times;
}

describe('container timestamps', () => {
  it('dates a foreground run that took 3 s from its start, and its exit one line ago', () => {
    // Recorded: `docker run busybox sh -c 'sleep 3; echo done'`, then `docker ps -a` →
    // "Exited (0) Less than a second ago", and after `sleep 1` "Exited (0) 1 second ago";
    // CREATED counted the run's 3 s too. Created < StartedAt < FinishedAt, 3 s apart.
    const t = busybox();
    const before = t.clock.now();
    t.run("docker run --name slow busybox sh -c 'sleep 3; echo done'");
    const ps = t.run("docker ps -a --filter name=^slow$ --format '{{.RunningFor}} | {{.Status}}'");
    expect(ps.out).toBe('4 seconds ago | Exited (0) 1 second ago\n');
    const s = stamps(t, 'slow');
    expect(s.created).toBeGreaterThanOrEqual(Math.floor(before));
    expect(s.started).toBeGreaterThan(s.created);
    expect(s.finished - s.started).toBe(3000);
    expect(s.finished).toBeLessThan(t.clock.now());
  });

  it('stamps a 10 s docker stop when it ended, with its kill, die and stop events', () => {
    // Recorded (`docker stop -t 2`, `sleep 1`, `docker events --since 4s --until 0s`):
    // kill (SIGTERM), then after the timeout kill, die and stop, and FinishedAt between the
    // second kill and die (0.2 s before die); all inside the window, none after the query.
    const t = busybox();
    t.run('docker run -d --name web busybox sleep 3600');
    const stopLine = t.clock.now();
    t.run('docker stop web');
    const afterStop = t.clock.now();
    const s = stamps(t, 'web');
    expect(s.finished - stopLine).toBeGreaterThanOrEqual(10_000);
    expect(s.finished).toBeLessThanOrEqual(afterStop - 1000);
    const events = eventTimes(t, 'web', '15s');
    expect([...events.keys()]).toEqual(['create', 'start', 'kill', 'die', 'stop']);
    expect(events.get('die')! - s.finished).toBeGreaterThanOrEqual(0);
    expect(events.get('die')! - s.finished).toBeLessThan(1000);
  });

  it('shows a detached server Up since its start, one line later', () => {
    // Recorded: `docker run -d ... sleep 3600`, then `docker ps` → "Up Less than a second";
    // after `sleep 1`, "Up 1 second".
    const t = busybox();
    t.run('docker run -d --name up busybox sleep 3600');
    const ps = t.run("docker ps --filter name=^up$ --format '{{.RunningFor}} | {{.Status}}'");
    expect(ps.out).toBe('1 second ago | Up 1 second\n');
  });

  it('says About a minute for a container a minute old, and its exit one line later', () => {
    // Recorded: `docker run -d ... sleep 3600`, `sleep 62`, `docker ps -a` → "About a minute
    // ago | Up About a minute"; `docker stop -t 0`, `sleep 1` → "About a minute ago | Exited
    // (137) 1 second ago".
    const t = busybox();
    t.run('docker run -d --name old busybox sleep 3600');
    t.wait(61_000);
    const line = "docker ps -a --filter name=^old$ --format '{{.RunningFor}} | {{.Status}}'";
    expect(t.run(line).out).toBe('About a minute ago | Up About a minute\n');
    t.run('docker stop -t 0 old');
    expect(t.run(line).out).toBe('About a minute ago | Exited (137) 1 second ago\n');
  });
});
