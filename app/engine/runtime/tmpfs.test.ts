// tmpfs mounts as the 20.10 daemon showed them (runtime-tmpfs-*.txt): options, inspect forms,
// and files that live while the container runs.
import { describe, expect, it } from 'vitest';
import type { Mount } from '../host/containers';
import { parseMountFlag } from './mount-specs';
import { busyboxTerminals } from './testing/terminal';
import { onNoexecTmpfs, tmpfsMountError, tmpfsOptionsError } from './tmpfs';

const busybox = busyboxTerminals('docker pull -q busybox');

describe('a tmpfs mount', () => {
  it('keeps its files between execs while the container runs, out of diff and commit', () => {
    const t = busybox();
    t.run('docker run -d --name keep --tmpfs /scratch busybox sleep 3600');
    t.run("docker exec keep sh -c 'echo hi > /scratch/f; echo up > /kept'");
    expect(t.run('docker exec keep cat /scratch/f').out).toBe('hi\n');
    expect(t.run('docker diff keep').out.split('\n').filter(Boolean).sort()).toEqual([
      'A /kept',
      'A /scratch',
    ]);
    t.run('docker commit keep snap');
    expect(t.run('docker run --rm snap ls /scratch')).toMatchObject({ out: '', code: 0 });
  });

  it('is empty again after a restart or a stop and start, and the writable layer is not', () => {
    const t = busybox();
    t.run('docker run -d --name keep --tmpfs /scratch busybox sleep 3600');
    t.run("docker exec keep sh -c 'echo hi > /scratch/f; echo up > /kept'");
    t.run('docker restart -t 0 keep');
    expect(t.run('docker exec keep ls /scratch').out).toBe('');
    t.run("docker exec keep sh -c 'echo again > /scratch/f'");
    t.run('docker stop -t 0 keep');
    expect(t.container('keep').mounts[0]?.tree).toBeUndefined();
    t.run('docker start keep');
    expect(t.run('docker exec keep ls /scratch').out).toBe('');
    expect(t.run('docker exec keep cat /kept').out).toBe('up\n');
  });

  it('takes mode, uid and gid from its options, or the mode of a directory that was there', () => {
    const t = busybox();
    const stat = "stat -c '%a %u %g %n'";
    expect(
      t.run(
        `docker run --name oo --tmpfs /run:size=1m,mode=1700,uid=1000,gid=100 busybox ${stat} /run`,
      ).out,
    ).toBe('1700 1000 100 /run\n');
    expect(t.run(`docker run --rm --tmpfs /etc busybox ${stat} /etc`).out).toBe('755 0 0 /etc\n');
    // A restart finds the directory the first start made (755): runc gives the tmpfs its mode.
    expect(t.run('docker start -a oo').out).toBe('755 1000 100 /run\n');
  });

  it('refuses writes when mounted ro, by --tmpfs option or --mount readonly', () => {
    const t = busybox();
    const run = t.run(
      "docker run --rm --tmpfs /a:ro --mount type=tmpfs,dst=/b,readonly busybox sh -c 'touch /a/f; touch /b/f'",
    );
    expect(run.err).toBe(
      'touch: /a/f: Read-only file system\ntouch: /b/f: Read-only file system\n',
    );
  });

  it('is not seen by docker cp, which reads and writes the directory under it', () => {
    const t = busybox();
    t.run('docker run -d --name box --tmpfs /scratch busybox sleep 3600');
    t.run("docker exec box sh -c 'echo hi > /scratch/f'");
    expect(t.run('docker cp box:/scratch/f /tmp/f').err).toBe(
      'Error response from daemon: Could not find the file /scratch/f in container box\n',
    );
  });
});

describe('inspect of tmpfs mounts', () => {
  it('lists --tmpfs in HostConfig.Tmpfs only, and --mount type=tmpfs in Mounts and HostConfig.Mounts', () => {
    const t = busybox();
    t.run(
      'docker create --name mm --tmpfs /a:size=1m --tmpfs /c --mount type=tmpfs,dst=/b,tmpfs-mode=700,tmpfs-size=1m busybox',
    );
    const json = (field: string) => t.run(`docker inspect --format '{{json ${field}}}' mm`).out;
    expect(json('.HostConfig.Tmpfs')).toBe('{"/a":"size=1m","/c":""}\n');
    expect(json('.HostConfig.Mounts')).toBe(
      '[{"Type":"tmpfs","Target":"/b","TmpfsOptions":{"SizeBytes":1048576,"Mode":448}}]\n',
    );
    expect(json('.Mounts')).toBe(
      '[{"Type":"tmpfs","Source":"","Destination":"/b","Mode":"","RW":true,"Propagation":""}]\n',
    );
  });

  it('places Tmpfs after SecurityOpt, Mounts before MaskedPaths and Init last, as the daemon does', () => {
    const t = busybox();
    t.run('docker create --name mm --init --tmpfs /a --mount type=tmpfs,dst=/b busybox');
    const out = t.run('docker inspect mm').out;
    const at = (key: string) => out.indexOf(`"${key}":`);
    expect(at('SecurityOpt')).toBeLessThan(at('Tmpfs'));
    expect(at('Tmpfs')).toBeLessThan(at('UTSMode'));
    expect(at('IOMaximumBandwidth')).toBeLessThan(at('Mounts'));
    expect(at('Mounts')).toBeLessThan(at('MaskedPaths'));
    expect(at('ReadonlyPaths')).toBeLessThan(at('Init'));
  });

  it('leaves both out (null in a template) for a container without tmpfs', () => {
    const t = busybox();
    t.run('docker create --name none busybox');
    const out = t.run('docker inspect none').out;
    expect(out).not.toContain('"Tmpfs"');
    expect(
      t.run("docker inspect --format '{{json .HostConfig.Tmpfs}} {{json .HostConfig.Mounts}}' none")
        .out,
    ).toBe('null null\n');
  });

  it('still reads a tmpfs mount saved before options were kept, as a --tmpfs without any', () => {
    const t = busybox();
    t.run('docker run -d --name old --tmpfs /scratch busybox sleep 3600');
    const id = t.container('old').id;
    const legacy: Mount = {
      type: 'tmpfs',
      source: '',
      destination: '/scratch',
      readOnly: false,
      mode: '',
    };
    const host = { ...t.host, containers: { ...t.host.containers } };
    host.containers[id] = { ...t.container('old'), mounts: [legacy] };
    t.world = { ...t.world, hosts: { ...t.world.hosts, [t.world.current]: host } };
    expect(t.run("docker inspect --format '{{json .HostConfig.Tmpfs}}' old").out).toBe(
      '{"/scratch":""}\n',
    );
    expect(t.run("docker exec old sh -c 'echo x > /scratch/f; stat -c %a /scratch'").out).toBe(
      '1777\n',
    );
    t.run('docker restart -t 0 old');
    expect(t.run("docker exec old sh -c 'echo x > /scratch/f && cat /scratch/f'").out).toBe('x\n');
  });
});

describe('tmpfs options', () => {
  it("refuses an option the daemon does not know, in Go's quoting", () => {
    expect(tmpfsOptionsError('rw,bogus')).toBe('invalid tmpfs option ["bogus"]');
    expect(tmpfsOptionsError('colour=red')).toBe('invalid tmpfs option ["colour" "red"]');
    expect(
      tmpfsOptionsError('rw,size=1m,mode=1700,uid=1000,gid=100,noexec,nosuid'),
    ).toBeUndefined();
    expect(tmpfsOptionsError('')).toBeUndefined();
  });

  it('reads --mount tmpfs-size as binary multiples and tmpfs-mode as octal', () => {
    const parse = (spec: string) => parseMountFlag(spec, '/', '/root');
    expect(parse('type=tmpfs,dst=/x,tmpfs-size=65536,tmpfs-mode=1770')).toMatchObject({
      ok: true,
      mount: { type: 'tmpfs', tmpfsMount: { sizeBytes: 65536, mode: 0o1770 } },
    });
    expect(parse('type=tmpfs,dst=/x,tmpfs-size=1m')).toMatchObject({
      mount: { tmpfsMount: { sizeBytes: 1048576 } },
    });
    for (const [spec, message] of [
      ['type=tmpfs,dst=/x,tmpfs-size=abc', 'invalid value for tmpfs-size: abc'],
      ['type=tmpfs,dst=/x,tmpfs-size=-1', 'invalid value for tmpfs-size: -1'],
      ['type=tmpfs,dst=/x,tmpfs-mode=999', 'invalid value for tmpfs-mode: 999'],
      ['type=volume,dst=/x,tmpfs-size=1m', "cannot mix 'tmpfs-*' options with mount type 'volume'"],
      ['type=tmpfs,dst=/x,volume-nocopy', "cannot mix 'volume-*' options with mount type 'tmpfs'"],
    ] as const) {
      expect(parse(spec)).toEqual({ ok: false, error: { by: 'flag', message } });
    }
    expect(parse('type=tmpfs,src=foo,dst=/x')).toEqual({
      ok: false,
      error: {
        by: 'daemon',
        message: 'invalid mount config for type "tmpfs": field Source must not be specified',
      },
    });
  });
});

describe('tmpfs values the kernel refuses', () => {
  it("fail runc's mount at start, leaving the container Created with State.ExitCode 128", () => {
    const t = busybox();
    const run = t.run('docker run --name bad --tmpfs /x:size=1m:extra busybox true');
    expect(run.code).toBe(125);
    expect(run.err).toContain(
      'error mounting "tmpfs" to rootfs at "/x": mount tmpfs:/x (via /proc/self/fd/6), flags: 0xe, data: size=1m:extra: invalid argument: unknown',
    );
    expect(t.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' bad").out).toBe(
      'created 128\n',
    );
    expect(t.run('docker start bad').code).toBe(1);
  });

  it('name the flags Docker asks for and every key=value option, in order', () => {
    const tmpfs = (tmpfsOptions: string): Mount => ({
      type: 'tmpfs',
      source: '',
      destination: '/x',
      readOnly: false,
      tmpfsOptions,
    });
    expect(tmpfsMountError([tmpfs('exec,suid,uid=7,size=big')])).toMatch(
      /flags: 0x4, data: uid=7,size=big: invalid argument$/,
    );
    expect(tmpfsMountError([tmpfs('size=50%,nr_inodes=1k,mode=0700,uid=0')])).toBeUndefined();
    expect(tmpfsMountError([tmpfs('gid=x')])).toContain('data: gid=x');
  });

  it('come after the id a detached run has already printed', () => {
    const t = busybox();
    const run = t.run('docker run -d --name bad --tmpfs /x:mode=999 busybox true');
    expect(run.out).toMatch(/^[0-9a-f]{64}\n$/);
    expect(run.code).toBe(125);
  });
});

describe('noexec', () => {
  it('refuses docker exec of a script on a tmpfs unless mounted exec', () => {
    const t = busybox();
    t.run('docker run -d --name box --tmpfs /scratch --tmpfs /run:exec busybox sleep 3600');
    t.run(
      `docker exec box sh -c 'printf "#!/bin/sh\\necho ran\\n" > /scratch/s; chmod +x /scratch/s; cp /scratch/s /run/s'`,
    );
    expect(t.run('docker exec box /run/s').out).toBe('ran\n');
    const refused = t.run('docker exec -w /scratch box ./s');
    expect(refused.code).toBe(126);
    expect(refused.out).toMatch(
      /^OCI runtime exec failed: exec failed: unable to start container process: eaccess \.\/s: permission denied: unknown\r?\n$/,
    );
  });

  it('is decided by the deepest mount holding the path', () => {
    const mounts: Mount[] = [
      { type: 'tmpfs', source: '', destination: '/t', readOnly: false, tmpfsOptions: '' },
      { type: 'volume', source: 'v', destination: '/t/v', readOnly: false },
      { type: 'tmpfs', source: '', destination: '/e', readOnly: false, tmpfsMount: {} },
    ];
    expect(onNoexecTmpfs(mounts, '/t/s')).toBe(true);
    expect(onNoexecTmpfs(mounts, '/t/v/s')).toBe(false);
    expect(onNoexecTmpfs(mounts, '/tx/s')).toBe(false);
    expect(onNoexecTmpfs(mounts, '/e/s')).toBe(true);
  });
});
