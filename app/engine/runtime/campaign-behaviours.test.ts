// Behaviours the runtime campaign (runtime-*.txt) found missing, each checked on its own.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals } from './testing/terminal';

const busybox = busyboxTerminals('docker pull -q busybox');

describe('what the runtime campaign found', () => {
  it('removes an --rm container whose command cannot start', () => {
    const t = busybox();
    expect(t.run('docker run --rm --name gone busybox nosuchcmd').code).toBe(127);
    expect(t.run('docker ps -aq').out).toBe('');
    expect(t.run('docker run --name kept busybox nosuchcmd').code).toBe(127);
    expect(t.run("docker ps -a --format '{{.Names}} {{.Status}}'").out).toBe('kept Created\n');
  });

  it('keeps edits of the bind-mounted /etc files out of docker diff', () => {
    const t = busybox();
    t.run('docker run -d --name web busybox sleep 3600');
    t.run("docker exec web sh -c 'echo 1.2.3.4 x >> /etc/hosts; chmod 600 /etc/hostname'");
    expect(t.run('docker diff web').out).toBe('');
    t.run('docker exec web rm /etc/group');
    expect(t.run('docker diff web').out).toBe('C /etc\nD /etc/group\n');
  });

  it('or-s ps filters of one key and and-s filters of different keys', () => {
    const t = busybox();
    t.run('docker run --name alpha busybox true');
    t.run('docker run --name beta busybox true');
    t.run("docker run --name gamma busybox sh -c 'exit 2'");
    const names = (filters: string) =>
      t.run(`docker ps -a ${filters} --format '{{.Names}}'`).out.split('\n').filter(Boolean);
    expect(names('--filter name=alpha --filter name=gamma').sort()).toEqual(['alpha', 'gamma']);
    expect(names('--filter name=a --filter exited=2')).toEqual(['gamma']);
  });

  it('checks a ps template even when no container is listed', () => {
    const t = busybox();
    expect(t.run("docker ps --format '{{.Nope}}'")).toMatchObject({
      code: 1,
      err: 'failed to execute template: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext\n',
    });
  });

  it('refuses a relative working directory and an unknown restart policy as the daemon does', () => {
    const t = busybox();
    expect(t.run('docker run -w rel busybox pwd')).toMatchObject({
      code: 125,
      err: "docker: Error response from daemon: the working directory 'rel' is invalid, it needs to be an absolute path\n\nRun 'docker run --help' for more information\n",
    });
    expect(t.run('docker create --restart sometimes busybox')).toMatchObject({
      code: 1,
      err: "Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'\n",
    });
    expect(t.run('docker ps -aq').out).toBe('');
  });
});

describe('what the second round of the campaign found', () => {
  it('lists PID 1 and the exec’d process in BusyBox ps', () => {
    const t = busybox();
    expect(t.run('docker run --rm busybox ps').out).toBe(
      'PID   USER     TIME  COMMAND\n    1 root      0:00 ps\n',
    );
    t.run('docker run -d --name web busybox sleep 3600');
    const lines = t.run('docker exec web ps').out.split('\n');
    expect(lines[1]).toBe('    1 root      0:00 sleep 3600');
    expect(lines[2]).toMatch(/^ +\d+ root {6}0:00 ps$/);
  });

  it('refuses writes outside mounts with --read-only, and keeps tmpfs writable', () => {
    const t = busybox();
    expect(t.run('docker run --rm --read-only busybox touch /x')).toMatchObject({
      code: 1,
      err: 'touch: /x: Read-only file system\n',
    });
    expect(t.run('docker run --rm --read-only --tmpfs /tmp busybox touch /tmp/x').code).toBe(0);
  });

  it('runs an unlisted numeric user with group 0', () => {
    const t = busybox();
    expect(t.run('docker run --rm --user 1000 busybox id').out).toBe(
      'uid=1000 gid=0(root) groups=0(root)\n',
    );
  });

  it('publishes nothing with --network none', () => {
    const t = busybox();
    t.run('docker run -d --name web --network none -p 8080:80 busybox sleep 3600');
    expect(t.run('docker port web').out).toBe('');
    expect(t.run("docker ps --format '[{{.Ports}}]'").out).toBe('[]\n');
    expect(t.run('docker run -d -p 8080:80 busybox sleep 3600').code).toBe(0);
  });

  it('splits on-failure:N into the policy name and its retry count', () => {
    const t = busybox();
    t.run('docker create --name c1 --restart on-failure:3 busybox');
    expect(
      t.run(
        "docker inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' c1",
      ).out,
    ).toBe('on-failure 3\n');
  });
});

describe('what the third round of the campaign found', () => {
  it('reports a missing image under rmi -f without failing', () => {
    const t = busybox();
    expect(t.run('docker rmi -f nosuch:1.0')).toMatchObject({
      code: 0,
      err: 'Error response from daemon: No such image: nosuch:1.0\n',
    });
    expect(t.run('docker rmi nosuch:1.0').code).toBe(1);
  });
});
