// Behaviours the fourth round of the runtime campaign (runtime-fourth.sh) found missing.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals, type Terminal } from './testing/terminal';

const busybox = busyboxTerminals('docker pull -q busybox');

const names = (t: Terminal, command: string) => t.run(command).out.split('\n').filter(Boolean);

describe('the fourth runtime campaign round', () => {
  it('and-s ps label filters where other keys are or-ed', () => {
    const t = busybox();
    t.run('docker create --name la --label tier=web --label env=prod busybox');
    t.run('docker create --name lb --label tier=db busybox');
    const ps = "docker ps -a --format '{{.Names}}'";
    expect(names(t, `${ps} --filter label=tier --filter label=env=prod`)).toEqual(['la']);
    expect(names(t, `${ps} --filter label=tier`).sort()).toEqual(['la', 'lb']);
  });

  it('prunes only the containers that container prune --filter selects', () => {
    const t = busybox();
    t.run('docker run --name keep --label keep=yes busybox true');
    t.run('docker run --name drop busybox true');
    expect(t.run('docker container prune -f --filter until=1h').out).toBe(
      'Total reclaimed space: 0B\n',
    );
    expect(t.run('docker container prune -f --filter label!=keep=yes').out).toMatch(
      /^Deleted Containers:\n[0-9a-f]{64}\n\n/,
    );
    expect(names(t, "docker ps -a --format '{{.Names}}'")).toEqual(['keep']);
    expect(t.run('docker container prune -f --filter until=bogus')).toMatchObject({
      code: 1,
      err: 'Error response from daemon: failed to parse value as time or duration: "bogus"\n',
    });
    expect(t.run('docker container prune -f --filter colour=red').err).toBe(
      "Error response from daemon: invalid filter 'colour'\n",
    );
  });

  it('refuses a logs --since or --until it cannot read, and reads Go durations', () => {
    const t = busybox();
    t.run("docker run --name talk busybox sh -c 'echo out1'");
    expect(t.run('docker logs --since yesterday talk')).toMatchObject({
      code: 1,
      out: '',
      err: 'invalid value for "since": failed to parse value as time or duration: "yesterday"\n',
    });
    expect(t.run('docker logs --since 1h30m talk').out).toBe('out1\n');
    expect(t.run('docker logs --until 2000-01-01 talk').out).toBe('');
  });

  it('updates a restart policy, refusing it for an --rm container', () => {
    const t = busybox();
    t.run('docker run -d --name web --restart always busybox sleep 3600');
    expect(t.run('docker update --restart on-failure:5 web')).toMatchObject({
      code: 0,
      out: 'web\n',
    });
    const policy =
      "docker inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' web";
    expect(t.run(policy).out).toBe('on-failure 5\n');
    t.run('docker run -d --rm --name auto busybox sleep 3600');
    expect(t.run('docker update --restart always auto').err).toMatch(
      /^Error response from daemon: Cannot update container [0-9a-f]{64}: Restart policy cannot be updated because AutoRemove is enabled for the container\n$/,
    );
    expect(t.run('docker update web')).toMatchObject({
      code: 1,
      err: 'you must provide one or more flags when using this command\n',
    });
  });

  it('reads the restart policy format before the --rm conflict', () => {
    const t = busybox();
    expect(t.run('docker run --rm --restart on-failure:x busybox true').err).toBe(
      "docker: invalid restart policy format: maximum retry count must be an integer\n\nRun 'docker run --help' for more information\n",
    );
  });

  it('refuses a commit --change EXPOSE that is not a port, and expands a range', () => {
    const t = busybox();
    t.run('docker run --name src busybox true');
    expect(t.run("docker commit -c 'EXPOSE notaport' src bad")).toMatchObject({
      code: 1,
      err: 'Error response from daemon: Invalid containerPort: notaport\n',
    });
    t.run("docker commit -c 'EXPOSE 8000-8001/udp' src ranged");
    expect(t.run("docker inspect -f '{{json .Config.ExposedPorts}}' ranged").out).toBe(
      '{"8000/udp":{},"8001/udp":{}}\n',
    );
  });

  it('words an unknown inspect --type as Docker 28 does', () => {
    const t = busybox();
    expect(t.run('docker inspect --type nope x').err).toMatch(
      /^unknown type: "nope": must be one of "config", "container"/,
    );
  });
  it('refuses to copy a directory onto a file either way, and follows a link with -L', () => {
    const t = busybox();
    t.run('mkdir dir && echo hello > hello.txt');
    t.run("docker run --name box busybox sh -c 'mkdir /d; echo f > /file; ln -s /file /link'");
    expect(t.run('docker cp dir box:/file')).toMatchObject({
      code: 1,
      err: 'cannot copy directory\n',
    });
    expect(t.run('docker cp box:/d hello.txt')).toMatchObject({
      code: 1,
      err: 'cannot copy directory\n',
    });
    t.run('docker cp -L box:/link ./followed');
    expect(t.run('cat followed').out).toBe('f\n');
    t.run('docker cp box:/link ./link');
    expect(t.run('readlink link').out).toBe('/file\n');
  });

  it('refuses a relative --tmpfs path as the daemon does', () => {
    const t = busybox();
    expect(t.run('docker run --rm --tmpfs relative busybox true')).toMatchObject({
      code: 125,
      err: "docker: Error response from daemon: invalid mount path: 'relative' mount path must be absolute\n\nRun 'docker run --help' for more information\n",
    });
  });
});

describe('docker top with ps options', () => {
  it('prints the chosen columns and needs a PID column', () => {
    const t = busybox();
    t.run('docker run -d --name web busybox sleep 3600');
    expect(t.run('docker top web -o pid,comm').out).toMatch(/^PID {17}COMMAND\n\d+ +sleep\n$/);
    expect(t.run('docker top web -eo pid,args').out).toMatch(/\n\d+ +sleep 3600\n$/);
    expect(t.run('docker top web -o comm')).toMatchObject({
      code: 1,
      err: "Error response from daemon: Couldn't find PID field in ps output\n",
    });
    expect(t.run('docker top web -o bogus').err).toBe(
      'Error response from daemon: ps: error: unknown user-defined format specifier "bogus"\n',
    );
  });
});

describe('tmpfs mounts', () => {
  it('gives each tmpfs its own empty tree, mode 1777', () => {
    const t = busybox();
    const run = t.run(
      "docker run --rm --tmpfs /a --tmpfs /b busybox sh -c 'echo hi > /a/f; ls /b; stat -c %a /a /b'",
    );
    expect(run.out).toBe('1777\n1777\n');
  });
});

describe('ps --filter before= and since=', () => {
  it('lists the containers created before or after another, and refuses a missing one', () => {
    const t = busybox();
    for (const name of ['first', 'second', 'third']) t.run(`docker create --name ${name} busybox`);
    const ps = "docker ps -a --format '{{.Names}}' --filter";
    expect(names(t, `${ps} before=third`)).toEqual(['second', 'first']);
    expect(names(t, `${ps} since=first`)).toEqual(['third', 'second']);
    expect(t.run(`${ps} since=nosuch`)).toMatchObject({
      code: 1,
      err: 'Error response from daemon: no such container nosuch\n',
    });
  });
});
