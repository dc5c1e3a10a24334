// Behaviours the fifth round of the runtime campaign (runtime-fifth.sh) found missing.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals } from './testing/terminal';

const busybox = busyboxTerminals('docker pull -q busybox');

describe('the fifth runtime campaign round', () => {
  it('refuses an empty name to rename before asking the daemon, and trims names', () => {
    const t = busybox();
    t.run('docker run -d --name one busybox sleep 3600');
    for (const line of ["docker rename one ''", "docker rename '' x", "docker rename one ' '"]) {
      expect(t.run(line)).toMatchObject({
        code: 1,
        err: 'Error: Neither old nor new names may be empty\n',
      });
    }
    expect(t.run("docker rename ' one ' two").code).toBe(0);
    expect(t.run("docker ps --format '{{.Names}}'").out).toBe('two\n');
  });

  it('marshals a ps row with {{json .}}, which asks for sizes as .Size does', () => {
    const t = busybox();
    t.run('docker run -d --name web --label a=b busybox sleep 3600');
    const row = JSON.parse(t.run("docker ps --format '{{json .}}'").out) as Record<string, unknown>;
    expect(row).toMatchObject({ Names: 'web', Labels: 'a=b', Platform: null });
    expect(row.Size).toMatch(/^0B \(virtual .+\)$/);
    expect(Object.keys(row)).not.toContain('Label');
    const plain = JSON.parse(t.run('docker ps --format json').out) as Record<string, unknown>;
    expect(plain.Size).toBe('0B');
  });

  it('sorts the keys of stats --format json, as Go marshals the row', () => {
    const t = busybox();
    t.run('docker run -d --name up --network none busybox sleep 3600');
    const keys = Object.keys(
      JSON.parse(t.run('docker stats --no-stream --format json up').out) as object,
    );
    expect(keys).toEqual([
      'BlockIO',
      'CPUPerc',
      'Container',
      'ID',
      'MemPerc',
      'MemUsage',
      'Name',
      'NetIO',
      'PIDs',
    ]);
  });

  it('kills with a number, refusing 0 and a number past the last signal', () => {
    const t = busybox();
    t.run('docker run -d --name k1 busybox sleep 3600');
    expect(t.run('docker kill -s 0 k1').err).toBe(
      'Error response from daemon: Invalid signal: 0\n',
    );
    expect(t.run('docker kill -s 99 k1')).toMatchObject({
      code: 1,
      err: 'Error response from daemon: Cannot kill container: k1: The linux daemon does not support signal 99\n',
    });
    expect(t.run('docker kill -s 9 k1').out).toBe('k1\n');
    expect(t.run("docker inspect -f '{{.State.ExitCode}}' k1").out).toBe('137\n');
  });

  it('refuses a dangling filter that is not a boolean, and a one-letter volume name', () => {
    const t = busybox();
    expect(t.run('docker volume ls -f dangling=maybe')).toMatchObject({
      code: 1,
      out: '',
      err: "Error response from daemon: invalid filter 'dangling=[maybe]'\n",
    });
    expect(t.run('docker volume create v').err).toBe(
      'Error response from daemon: create v: volume name is too short, names should be at least two alphanumeric characters\n',
    );
  });

  it('prints times as RFC3339Nano does, without trailing zeros', () => {
    const t = busybox();
    t.run("docker run --name box busybox sh -c 'echo hi > /f'");
    t.run('docker commit box snap');
    const times = [
      t.run("docker inspect -f '{{.Created}} {{.State.StartedAt}} {{.State.FinishedAt}}' box").out,
      t.run('docker inspect box').out,
      t.run("docker image inspect -f '{{.Created}} {{.Metadata.LastTagTime}}' snap").out,
      t.run('docker image inspect snap').out,
      t.run("docker info -f '{{.SystemTime}}'").out,
    ].join('\n');
    expect(times).toMatch(/T\d\d:\d\d:\d\d\.\d+Z/);
    expect(times).not.toMatch(/\.\d*0Z/);
  });
});

describe('docker attach', () => {
  it('refuses a stopped or a paused container as the CLI words it', () => {
    const t = busybox();
    t.run('docker run --name done busybox true');
    expect(t.run('docker attach done')).toMatchObject({
      code: 1,
      err: 'You cannot attach to a stopped container, start it first\n',
    });
    t.run('docker run -d --name frozen busybox sleep 3600');
    t.run('docker pause frozen');
    expect(t.run('docker attach frozen').err).toBe(
      'You cannot attach to a paused container, unpause it first\n',
    );
    expect(t.run('docker container attach nosuch').err).toBe(
      'Error response from daemon: No such container: nosuch\n',
    );
  });

  it("hands a -dit container's shell to the terminal; its exit stops the container", () => {
    const t = busybox();
    t.run('docker run -dit --name sh1 busybox sh');
    expect(t.run('docker attach sh1').code).toBe(0);
    expect(t.run('echo $$').out).toBe('1\n');
    t.run('exit');
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(0\)/);
  });
});

describe('docker top with ps styles', () => {
  const digits = (text: string) => text.replace(/\d+/g, 'N').replace(/ {2,}/g, '|');
  it('prints the BSD and UNIX tables procps prints', () => {
    const t = busybox();
    t.run('docker run -d --name web busybox sleep 3600');
    expect(digits(t.run('docker top web aux').out)).toBe(
      'USER|PID|%CPU|%MEM|VSZ|RSS|TTY|STAT|START|TIME|COMMAND\nroot|N|N.N|N.N|N|N|?|Ss|N:N|N:N|sleep N\n',
    );
    expect(digits(t.run('docker top web ax').out)).toBe(
      'PID|TTY|STAT|TIME|COMMAND\nN|?|Ss|N:N|sleep N\n',
    );
    expect(digits(t.run('docker top web -e').out)).toBe('PID|TTY|TIME|CMD\nN|?|N:N:N|sleep\n');
    expect(digits(t.run('docker top web j').out)).toMatch(/^PPID\|PID\|PGID\|SID\|TTY\|TPGID/);
    expect(t.run('docker top web ef').err).toBe('Error response from daemon: ps: exit status 1\n');
    expect(t.run('docker top web --bogus').err).toBe(
      'Error response from daemon: ps: error: unknown gnu long option\n',
    );
  });
});

describe('docker cp with a tar stream', () => {
  it('writes a path as a tar stream to stdout and unpacks one from stdin into a directory', () => {
    const t = busybox();
    t.run("docker run --name box busybox sh -c 'mkdir /d; echo hi > /d/f.txt'");
    expect(t.run('docker cp box:/d - | tar -t').out).toBe('d/\nd/f.txt\n');
    expect(t.run('docker cp box:/d/f.txt - | tar -xO').out).toBe('hi\n');
    t.run("echo 'from the host' > note.txt");
    expect(t.run('tar -czf - note.txt | docker cp - box:/d').code).toBe(0);
    expect(t.run('docker diff box').out).toBe('A /d\nA /d/f.txt\nA /d/note.txt\n');
    expect(t.run('tar -cf - note.txt | docker cp - box:/d/f.txt')).toMatchObject({
      code: 1,
      err: 'destination "box:/d/f.txt" must be a directory\n',
    });
    expect(t.run('echo hi | docker cp - box:/d').err).toBe(
      'Error response from daemon: Error processing tar file(exit status 1): unexpected EOF\n',
    );
    expect(t.run('docker cp box:/nosuch -').err).toBe(
      'Error response from daemon: Could not find the file /nosuch in container box\n',
    );
  });
});

describe('docker network ls and inspect', () => {
  it('lists the default networks by name, with filters, and refuses an unknown key', () => {
    const t = busybox();
    expect(t.run("docker network ls --format '{{.Name}} {{.Driver}} {{.Scope}}'").out).toBe(
      'bridge bridge local\nhost host local\nnone null local\n',
    );
    expect(t.run('docker network ls').out).toMatch(
      /^NETWORK ID {5}NAME {6}DRIVER {4}SCOPE\n[0-9a-f]{12} {3}bridge {4}bridge {4}local\n/,
    );
    expect(t.run("docker network ls -f driver=null --format '{{.Name}}'").out).toBe('none\n');
    expect(t.run('docker network ls -f type=custom -q').out).toBe('');
    expect(t.run('docker network ls -f colour=red').err).toBe(
      "Error response from daemon: invalid filter 'colour'\n",
    );
  });

  it('inspects a network with the containers attached, under the id container inspect shows', () => {
    const t = busybox();
    t.run('docker run -d --name web busybox sleep 3600');
    const network = JSON.parse(t.run('docker network inspect bridge').out) as {
      Id: string;
      Containers: Record<string, { Name: string; IPv4Address: string }>;
    }[];
    const [bridge] = network;
    expect(Object.values(bridge!.Containers)).toEqual([
      expect.objectContaining({ Name: 'web', IPv4Address: '172.17.0.2/16' }),
    ]);
    expect(
      t.run("docker inspect -f '{{.NetworkSettings.Networks.bridge.NetworkID}}' web").out,
    ).toBe(`${bridge!.Id}\n`);
    expect(t.run("docker network inspect -f '{{.Created}}' none").out).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC\n$/,
    );
    expect(t.run('docker network inspect nosuch')).toMatchObject({
      code: 1,
      out: '[]\n',
      err: 'Error response from daemon: network nosuch not found\n',
    });
  });
});

describe('docker export', () => {
  it("streams the root filesystem with the init layer's mount points and no volume contents", () => {
    const t = busybox();
    t.run("docker run --name ex -v /vol busybox sh -c 'echo hi > /made.txt; echo v > /vol/inside'");
    const listing = t.run('docker export ex | tar -t').out.split('\n');
    expect(listing).toEqual(
      expect.arrayContaining(['.dockerenv', 'dev/console', 'etc/hostname', 'made.txt', 'vol/']),
    );
    expect(listing).not.toContain('vol/inside');
    expect(t.run('docker export ex | tar -xO etc/hostname').out).toBe('');
    expect(t.run('docker export -o out.tar ex && tar -xOf out.tar made.txt').out).toBe('hi\n');
    expect(t.run('docker export -o /nonexistent/x.tar ex').err).toBe(
      'failed to export container: invalid output path: stat /nonexistent: no such file or directory\n',
    );
  });
});

describe('docker port', () => {
  it('reads the port as the CLI does, and finds nothing published by a stopped container', () => {
    const t = busybox();
    t.run('docker run -d --name web -p 8080:80 busybox sleep 3600');
    expect(t.run('docker port web abc')).toMatchObject({
      code: 1,
      err: 'Error: invalid port (abc): strconv.ParseUint: parsing "abc": invalid syntax\n',
    });
    expect(t.run('docker port web 99999').err).toBe(
      'Error: invalid port (99999): strconv.ParseUint: parsing "99999": value out of range\n',
    );
    expect(t.run("docker port web ''").out).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n');
    t.run('docker stop -t 0 web');
    expect(t.run('docker port web 80')).toMatchObject({
      code: 1,
      err: "Error: No public port '80' published for web\n",
    });
    expect(t.run('docker port web')).toMatchObject({ code: 0, out: '' });
  });
});

describe('nil slices and maps in inspect templates', () => {
  it('prints [] and map[] for an unset Entrypoint, OnBuild, Volumes and Labels, JSON null', () => {
    const t = busybox();
    const fields =
      "'{{.Config.Entrypoint}}|{{json .Config.Entrypoint}}|{{.Config.OnBuild}}|{{.Config.Volumes}}|{{.Config.Labels}}'";
    expect(t.run(`docker image inspect -f ${fields} busybox`).out).toBe('[]|null|[]|map[]|map[]\n');
    t.run("docker create --name ep --entrypoint '' busybox sh");
    expect(t.run(`docker inspect -f ${fields} ep`).out).toBe('[]|null|[]|map[]|map[]\n');
  });
});

describe('mount points', () => {
  it('makes a mount point the image lacks at the first start, not at create', () => {
    const t = busybox();
    t.run('docker create --name fresh -v /data busybox');
    expect(t.run('docker diff fresh').out).toBe('');
    t.run('docker start fresh');
    expect(t.run('docker diff fresh').out).toBe('A /data\n');
  });
});

describe('process ids', () => {
  it('runs sh -c as the process itself: PID 1 in a container, parent 0 for run and exec', () => {
    const t = busybox();
    expect(t.run("docker run --rm busybox sh -c 'echo $$ $PPID'").out).toBe('1 0\n');
    t.run('docker run -d --name w1 busybox sleep 3600');
    expect(t.run("docker exec w1 sh -c 'echo $PPID'").out).toBe('0\n');
    expect(t.run("docker run --rm busybox sh -c 'echo $0'").out).toBe('sh\n');
    expect(t.run("docker run --rm --init busybox sh -c 'echo $PPID'").out).toBe('1\n');
  });
});

describe('docker top command lines', () => {
  it('shows the argv joined by spaces, as ps does, not shell-quoted', () => {
    const t = busybox();
    t.run("docker run -d --name q1 busybox sh -c 'while true; do echo tick; sleep 5; done'");
    expect(t.run('docker top q1').out).toMatch(/ sh -c while true; do echo tick; sleep 5; done\n/);
  });
});
