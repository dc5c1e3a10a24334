// Who a container's processes run as once an entrypoint switched user (su-exec, gosu, su),
// and what a write that changes nothing leaves (recorded against Docker 20.10:
// runtime-users-*.txt; this checks what the campaign's masks hide: sizes, ps inside).
import { describe, expect, it } from 'vitest';
import { busyboxTerminals, type Terminal } from './testing/terminal';

const terminal = busyboxTerminals();

const ENTRYPOINT = (tool: string) =>
  [
    '#!/bin/sh',
    'set -e',
    `if [ "$(id -u)" = '0' ]; then`,
    '  chown -R app:app /home/app',
    `  exec ${tool} app "$0" "$@"`,
    'fi',
    'exec "$@"',
  ].join('\n');

function project(
  t: Terminal,
  dockerfile: string,
  tool: string,
  script = 'docker-entrypoint.sh',
): void {
  t.run(`cat > Dockerfile <<'EOF'\n${dockerfile}\nEOF`);
  t.run(`cat > ${script} <<'EOF'\n${ENTRYPOINT(tool)}\nEOF`);
  t.run(`chmod +x ${script}`);
  const built = t.run('docker build -q -t ent .');
  expect(built.err + built.out).toMatch(/sha256:/);
}

/** docker top's USER and COMMAND columns (Docker needs the pid column to map the rows). */
const top = (t: Terminal, name: string) =>
  t
    .run(`docker top ${name} -o pid,user,args`)
    .out.trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^\d+ +/, '').replace(/ {2,}/g, ' '));

describe('a main started by an entrypoint that switches user', () => {
  it('is su-exec’s user under tini: ps inside names it by the container, docker top by the host', () => {
    const t = terminal();
    project(
      t,
      [
        'FROM alpine:3.21',
        'RUN apk add --no-cache su-exec tini && adduser -D -u 1000 app',
        'COPY docker-entrypoint.sh /usr/local/bin/',
        'ENTRYPOINT ["/sbin/tini", "--", "docker-entrypoint.sh"]',
        'CMD ["sleep", "3600"]',
      ].join('\n'),
      'su-exec',
    );
    t.run('docker run -d --name e1 ent');
    expect(t.run('docker exec e1 ps').out).toMatch(
      /^PID {3}USER {5}TIME {2}COMMAND\n {4}1 root {6}0:00 \/sbin\/tini -- docker-entrypoint.sh sleep 3600\n {4}7 app {7}0:00 sleep 3600\n {4}8 root {6}0:00 ps\n$/,
    );
    // The host's passwd names uid 1000: the learner's own account.
    expect(top(t, 'e1')).toEqual([
      'root /sbin/tini -- docker-entrypoint.sh sleep 3600',
      'learner sleep 3600',
    ]);
    // docker exec runs as the container's configured user, not the one the main switched to.
    expect(t.run('docker exec e1 id -un').out).toBe('root\n');
  });

  it('is gosu’s user for every process exec’d after it, a shell that stays included', () => {
    const t = terminal();
    project(
      t,
      [
        'FROM debian:bookworm-slim',
        'RUN apt-get update && apt-get install -y --no-install-recommends gosu procps && useradd -m app',
        'COPY docker-entrypoint.sh /usr/local/bin/',
        'ENTRYPOINT ["docker-entrypoint.sh"]',
        'CMD ["sleep", "3600"]',
      ].join('\n'),
      'gosu',
    );
    t.run('docker run -d --name g1 ent');
    expect(t.run('docker exec g1 ps -ef').out).toMatch(
      /^app +1 +0 .* sleep 3600\nroot +\d+ +0 .* ps -ef\n/m,
    );
    t.run(`docker run -d --name g2 ent sh -c 'sleep 3600; true'`);
    expect(top(t, 'g2')).toEqual(['learner sh -c sleep 3600; true', 'learner sleep 3600']);
  });

  it('takes the pid of an entrypoint script of any name that execs its arguments', () => {
    const t = terminal();
    project(
      t,
      [
        'FROM alpine:3.21',
        'RUN apk add --no-cache su-exec && adduser -D -u 1000 app',
        'COPY entrypoint.sh /',
        'ENTRYPOINT ["/entrypoint.sh"]',
        'CMD ["sleep", "3600"]',
      ].join('\n'),
      'su-exec',
      'entrypoint.sh',
    );
    t.run('docker run -d --name e2 ent');
    expect(top(t, 'e2')).toEqual(['learner sleep 3600']);
    expect(t.run('docker exec e2 ps').out).toMatch(
      /^PID {3}USER {5}TIME {2}COMMAND\n {4}1 app {7}0:00 sleep 3600\n/,
    );
    // A script that does not exec its arguments stays above them.
    t.run(`printf '#!/bin/sh\\nsleep 3600\\n' > stay.sh && chmod +x stay.sh`);
    t.run(`printf 'FROM alpine:3.21\\nCOPY stay.sh /\\nENTRYPOINT ["/stay.sh"]\\n' > Dockerfile`);
    t.run('docker build -q -t stay .');
    t.run('docker run -d --name s2 stay');
    expect(top(t, 's2')[0]).toMatch(/^root .*\/stay\.sh$/);
  });

  it('is su-exec’s user when the command line names su-exec itself', () => {
    const t = terminal();
    project(
      t,
      ['FROM alpine:3.21', 'RUN apk add --no-cache su-exec', 'CMD ["sleep", "3600"]'].join('\n'),
      'su-exec',
    );
    t.run('docker run -d --name s1 ent su-exec nobody sleep 3600');
    expect(top(t, 's1')).toEqual(['nobody sleep 3600']);
  });

  it('stays below util-linux su, which forks, and replaces BusyBox su, which execs', () => {
    const t = terminal();
    t.run(`docker run -d --name d1 debian:bookworm-slim su nobody -s /bin/sh -c 'sleep 3600'`);
    expect(top(t, 'd1')).toEqual([
      'root su nobody -s /bin/sh -c sleep 3600',
      'nobody sh -c sleep 3600',
      'nobody sleep 3600',
    ]);
    t.run(`docker run -d --name b1 busybox su nobody -s /bin/sh -c 'exec sleep 3600'`);
    expect(top(t, 'b1')).toEqual(['nobody sleep 3600']);
  });

  it('stays below runuser, which forks, and is exec’d by setpriv', () => {
    const t = terminal();
    t.run('docker run -d --name r1 debian:bookworm-slim runuser -u nobody -- sleep 3600');
    expect(top(t, 'r1')).toEqual(['root runuser -u nobody -- sleep 3600', 'nobody sleep 3600']);
    t.run(
      'docker run -d --name p1 debian:bookworm-slim setpriv --reuid=nobody --regid=nogroup --init-groups sleep 3600',
    );
    expect(top(t, 'p1')).toEqual(['nobody sleep 3600']);
  });

  it('shows a USER main by the host passwd in docker top and the container passwd inside', () => {
    const t = terminal();
    t.run(
      `cat > Dockerfile <<'EOF'\nFROM busybox\nRUN adduser -D -u 1000 app\nUSER app\nCMD ["sleep", "3600"]\nEOF`,
    );
    t.run('docker build -q -t u .');
    t.run('docker run -d --name u1 u');
    expect(top(t, 'u1')).toEqual(['learner sleep 3600']);
    expect(t.run('docker exec u1 ps').out).toMatch(/\n {4}1 app {7}0:00 sleep 3600\n/);
  });
});

describe('a chown or chmod that changes nothing', () => {
  it('copies the files up (ps -s and commit count them) but leaves docker diff empty', () => {
    const t = terminal();
    t.run(
      `cat > Dockerfile <<'EOF'\nFROM busybox\nRUN adduser -D app && echo hi > /home/app/f.txt && mkdir /home/app/sub && echo x > /home/app/sub/g.txt && chown -R app:app /home/app\nEOF`,
    );
    t.run('docker build -q -t base .');
    t.run('docker run --name c1 base chown -R app:app /home/app');
    expect(t.run('docker diff c1').out).toBe('');
    expect(t.run(`docker ps -a -s --filter name=c1 --format '{{.Size}}'`).out).toMatch(/^5B /);
    t.run('docker commit c1 same');
    expect(t.run(`docker history --format '{{.Size}}' same`).out.split('\n')[0]).toBe('5B');
    t.run('docker run --name c2 base touch /home/app/f.txt');
    expect(t.run('docker diff c2').out).toBe('C /home\nC /home/app\nC /home/app/f.txt\n');
  });

  it('keeps the copies in a build step’s layer', () => {
    const t = terminal();
    t.run(
      `cat > Dockerfile <<'EOF'\nFROM busybox\nRUN adduser -D app && echo hi > /home/app/f.txt && chown -R app:app /home/app\nRUN chown -R app:app /home/app\nRUN chmod 644 /home/app/f.txt\nEOF`,
    );
    t.run('docker build -q -t steps .');
    const sizes = t.run(`docker history --format '{{.Size}}' steps`).out.split('\n');
    expect(sizes.slice(0, 2)).toEqual(['3B', '3B']);
  });
});

describe('a bind mount', () => {
  it('holds what the container wrote as the container’s uid, on the host too', () => {
    const t = terminal();
    t.run('mkdir data && chmod 777 data');
    t.run(`docker run --rm -v "$PWD/data:/data" busybox sh -c 'echo hi > /data/root.txt'`);
    t.run(`docker run --rm --user 1234:5678 -v "$PWD/data:/data" busybox touch /data/user.txt`);
    expect(t.run(`stat -c '%u:%g %U %n' data/root.txt data/user.txt`).out).toBe(
      '0:0 root data/root.txt\n1234:5678 1234 data/user.txt\n',
    );
    // The learner cannot change root's file from the host.
    expect(t.run('echo more >> data/root.txt').code).toBe(1);
  });

  it('is made by the daemon, as root, when its source is missing', () => {
    const t = terminal();
    t.run(`docker run --rm -v "$PWD/made:/data" busybox true`);
    expect(t.run(`stat -c '%U:%G %a' made`).out).toBe('root:root 755\n');
  });
});
