import { describe, expect, it } from 'vitest';
import { MACHINE } from '../cli/commands/engine-facts';
import { busyboxTerminals, type Terminal } from './testing/terminal';

// Each image comes with its first `docker run` (a pull, as docker run does).
const terminal = busyboxTerminals();

/** `docker top`'s rows as [UID, PID, PPID, CMD]. */
function top(t: Terminal, name: string): string[][] {
  const lines = t.run(`docker top ${name}`).out.trimEnd().split('\n').slice(1);
  return lines.map((line) => {
    const cells = line.split(/ {3,}/);
    return [cells[0]!, cells[1]!, cells[2]!, cells.slice(7).join('   ')];
  });
}

const pids = (t: Terminal, name: string) =>
  t.run(`docker stats --no-stream --format '{{.PIDs}}' ${name}`).out.trim();

describe('a server’s process tree', () => {
  it('shows nginx’s master and one worker per host CPU alike to docker top, ps and stats', () => {
    const t = terminal();
    t.run('docker run -d --name web nginx:alpine');
    const rows = top(t, 'web');
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      ['root', 'nginx: master process nginx -g daemon off;'],
      ...Array.from({ length: MACHINE.cpus }, () => ['101', 'nginx: worker process']),
    ]);
    // The workers are the master's children on the host too.
    expect(rows.slice(1).every((r) => r[2] === rows[0]![1])).toBe(true);
    expect(pids(t, 'web')).toBe(String(MACHINE.cpus + 1));
    // Inside, BusyBox ps names the container's nginx user and lists itself last.
    const ps = t.run('docker exec web ps').out.split('\n');
    expect(ps.filter((l) => /^ +\d+ nginx +0:00 nginx: worker process$/.test(l))).toHaveLength(
      MACHINE.cpus,
    );
    expect(ps[1]).toBe('    1 root      0:00 nginx: master process nginx -g daemon off;');
    expect(ps[MACHINE.cpus + 2]).toMatch(/^ +\d+ root +0:00 ps$/);
    // The workers' start-up notices name the same pids.
    const started = [...t.run('docker logs web').err.matchAll(/start worker process (\d+)/g)];
    const inside = ps.slice(2, MACHINE.cpus + 2).map((l) => l.trim().split(/\s+/)[0]);
    expect(started.map((m) => m[1])).toEqual(inside);
  });

  it('lists the same table with procps ps in a Debian image once procps is installed', () => {
    const t = terminal();
    t.run('docker run -d --name web nginx');
    const missing = t.run('docker exec web ps');
    expect(missing.out + missing.err).toContain('"ps": executable file not found in $PATH');
    t.run('docker exec web sh -c "apt-get update; apt-get install -y procps"');
    const ef = t.run('docker exec web ps -ef').out.split('\n');
    expect(ef[0]).toBe('UID          PID    PPID  C STIME TTY          TIME CMD');
    expect(ef[1]).toMatch(
      /^root +1 +0 +0 \d\d:\d\d \? +00:00:00 nginx: master process nginx -g daemon off;$/,
    );
    expect(ef[2]).toMatch(/^nginx +29 +1 +0 \d\d:\d\d \? +00:00:00 nginx: worker process$/);
    const aux = t.run('docker exec web ps aux').out.split('\n');
    expect(aux[0]).toBe(
      'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
    );
    expect(aux).toHaveLength(MACHINE.cpus + 4);
    // Plain ps: the caller's own processes, by their comm.
    expect(t.run('docker exec web ps').out).toMatch(
      /^ {4}PID TTY {10}TIME CMD\n {6}1 \? {8}00:00:00 nginx\n +\d+ \? {8}00:00:00 ps\n$/,
    );
  });

  it('shows Apache’s five prefork children and php-fpm’s two pool workers as www-data', () => {
    const t = terminal();
    t.run('docker run -d --name site php:8.3-apache');
    expect(top(t, 'site').map((r) => `${r[0]} ${r[3]}`)).toEqual([
      'root apache2 -DFOREGROUND',
      ...Array.from({ length: 5 }, () => 'www-data apache2 -DFOREGROUND'),
    ]);
    expect(pids(t, 'site')).toBe('6');
    t.run('docker run -d --name pool php:8.3-fpm');
    expect(top(t, 'pool').map((r) => `${r[0]} ${r[3]}`)).toEqual([
      'root php-fpm: master process (/usr/local/etc/php-fpm.conf)',
      'www-data php-fpm: pool www',
      'www-data php-fpm: pool www',
    ]);
  });

  it('shows postgres’s background processes and redis’s title, as their uid on the host', () => {
    const t = terminal();
    t.run('docker run -d --name db -e POSTGRES_PASSWORD=x postgres');
    expect(top(t, 'db').map((r) => `${r[0]} ${r[3]}`)).toEqual([
      '999 postgres',
      '999 postgres: checkpointer',
      '999 postgres: background writer',
      '999 postgres: walwriter',
      '999 postgres: autovacuum launcher',
      '999 postgres: logical replication launcher',
    ]);
    expect(pids(t, 'db')).toBe('6');
    t.run('docker run -d --name cache redis');
    expect(top(t, 'cache').map((r) => `${r[0]} ${r[3]}`)).toEqual(['999 redis-server *:6379']);
  });

  it('shows gunicorn’s master and workers with the interpreter that runs the script', () => {
    const t = terminal();
    t.run(
      "docker run -d --name app python:3.12-slim sh -c 'pip install -q gunicorn flask && exec gunicorn -w 3 -b 0.0.0.0:8000 app:app'",
    );
    const rows = top(t, 'app');
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row[3]).toMatch(
        /^\/usr\/local\/bin\/python\S* \/usr\/local\/bin\/gunicorn -w 3 -b 0\.0\.0\.0:8000 app:app$/,
      );
    }
    expect(t.run('docker top app -o pid,comm').out).toMatch(/\n\d+ +gunicorn\n$/);
    expect(pids(t, 'app')).toBe('4');
  });

  it('keeps the argv of a main that declares no tree', () => {
    const t = terminal();
    t.run('docker run -d --name nap busybox sleep 3600');
    expect(top(t, 'nap').map((r) => `${r[0]} ${r[3]}`)).toEqual(['root sleep 3600']);
    expect(pids(t, 'nap')).toBe('1');
  });
});

describe('a main under a wrapper or a shell (recorded with busybox)', () => {
  it('shows docker-init at PID 1 and the command as its child with --init', () => {
    // Recorded: `docker top` → `/sbin/docker-init -- sleep 1000`, then `sleep 1000` whose
    // PPID is docker-init's pid; `docker exec tt ps` → 1 docker-init, 7 sleep, 8 ps; PIDS 2.
    const t = terminal();
    t.run('docker run -d --init --name tt busybox sleep 1000');
    const rows = top(t, 'tt');
    expect(rows.map((r) => `${r[0]} ${r[3]}`)).toEqual([
      'root /sbin/docker-init -- sleep 1000',
      'root sleep 1000',
    ]);
    expect(rows[1]![2]).toBe(rows[0]![1]);
    expect(t.run('docker exec tt ps').out).toBe(
      'PID   USER     TIME  COMMAND\n' +
        '    1 root      0:00 /sbin/docker-init -- sleep 1000\n' +
        '    7 root      0:00 sleep 1000\n' +
        '    8 root      0:00 ps\n',
    );
    expect(pids(t, 'tt')).toBe('2');
  });

  it('shows the command itself when BusyBox sh -c execs it, and sh above it when it cannot', () => {
    // Recorded: `sh -c "sleep 1000"` → one row, `sleep 1000`; `sh -c "sleep 1000; true"` →
    // `sh -c sleep 1000; true` and its child `sleep 1000`, PIDS 2.
    const t = terminal();
    t.run('docker run -d --name one busybox sh -c "sleep 1000"');
    expect(top(t, 'one').map((r) => r[3])).toEqual(['sleep 1000']);
    expect(pids(t, 'one')).toBe('1');
    t.run('docker run -d --name two busybox sh -c "sleep 1000; true"');
    const rows = top(t, 'two');
    expect(rows.map((r) => r[3])).toEqual(['sh -c sleep 1000; true', 'sleep 1000']);
    expect(rows[1]![2]).toBe(rows[0]![1]);
    expect(pids(t, 'two')).toBe('2');
    expect(t.run('docker exec two ps').out).toMatch(
      /^PID {3}USER {5}TIME {2}COMMAND\n {4}1 root {6}0:00 sh -c sleep 1000; true\n {4}7 root {6}0:00 sleep 1000\n {4}8 root {6}0:00 ps\n$/,
    );
  });

  it('lists docker-init, the shell and its child for --init with a shell that stays', () => {
    // Recorded: docker-init → sh -c → sleep, each the parent of the next; PIDS 3.
    const t = terminal();
    t.run('docker run -d --init --name dd busybox sh -c "sleep 1000; true"');
    const rows = top(t, 'dd');
    expect(rows.map((r) => r[3])).toEqual([
      '/sbin/docker-init -- sh -c sleep 1000; true',
      'sh -c sleep 1000; true',
      'sleep 1000',
    ]);
    expect([rows[1]![2], rows[2]![2]]).toEqual([rows[0]![1], rows[1]![1]]);
    expect(pids(t, 'dd')).toBe('3');
  });
});

describe('a server’s tree under a wrapper', () => {
  it('keeps nginx’s master and workers under docker-init with --init', () => {
    const t = terminal();
    t.run('docker run -d --init --name web nginx');
    const rows = top(t, 'web');
    expect(rows.map((r) => r[3])).toEqual([
      '/sbin/docker-init -- /docker-entrypoint.sh nginx -g daemon off;',
      'nginx: master process nginx -g daemon off;',
      ...Array.from({ length: MACHINE.cpus }, () => 'nginx: worker process'),
    ]);
    expect(rows[1]![2]).toBe(rows[0]![1]);
    expect(rows.slice(2).every((r) => r[2] === rows[1]![1])).toBe(true);
    expect(pids(t, 'web')).toBe(String(MACHINE.cpus + 2));
  });

  it('keeps them under a shell-form CMD’s dash, which stays PID 1 on Debian', () => {
    const t = terminal();
    t.run(`docker run -d --name web nginx sh -c "nginx -g 'daemon off;'"`);
    expect(top(t, 'web').map((r) => r[3])).toEqual([
      "sh -c nginx -g 'daemon off;'",
      'nginx: master process nginx -g daemon off;',
      ...Array.from({ length: MACHINE.cpus }, () => 'nginx: worker process'),
    ]);
  });

  it('shows the master at PID 1 when BusyBox sh execs it (nginx:alpine)', () => {
    const t = terminal();
    t.run(`docker run -d --name web nginx:alpine sh -c "nginx -g 'daemon off;'"`);
    expect(top(t, 'web').map((r) => r[3])).toEqual([
      'nginx: master process nginx -g daemon off;',
      ...Array.from({ length: MACHINE.cpus }, () => 'nginx: worker process'),
    ]);
  });
});
