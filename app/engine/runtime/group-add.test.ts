// `--group-add`, against what the Docker 20.10 oracle printed for the same image.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals, writeHostFiles, type Terminal } from './testing/terminal';

const busybox = busyboxTerminals('docker pull -q busybox');

const DOCKERFILE = [
  'FROM busybox',
  // The oracle's busybox lists only root and nobody (no wheel:x:10:root for root to hold).
  "RUN printf 'root:x:0:\\nnobody:x:65534:\\n1008:x:1007:bob\\nsup:x:1009:app,bob\\n' > /etc/group && echo secret > /s && chown root:1009 /s && chmod 0640 /s",
  '',
].join('\n');

function withImage(): Terminal {
  const t = busybox();
  writeHostFiles(t, 'ga', { Dockerfile: DOCKERFILE });
  expect(t.run('docker build -q -t ga ga').code).toBe(0);
  return t;
}

describe('docker run --group-add', () => {
  it('adds numbers and looked-up groups to the supplementary groups, sorted', () => {
    const t = withImage();
    expect(t.run('docker run --rm -u 1001:1009 --group-add 1007 --group-add 1005 ga id').out).toBe(
      'uid=1001 gid=1009(sup) groups=1005,1007(1008),1009(sup)\n',
    );
    expect(t.run('docker run --rm --group-add sup ga id').out).toBe(
      'uid=0(root) gid=0(root) groups=0(root),1009(sup)\n',
    );
  });

  it('takes a value naming a group as that group, before reading it as a gid', () => {
    const t = withImage();
    expect(t.run('docker run --rm --group-add sup --group-add 1008 ga id').out).toBe(
      'uid=0(root) gid=0(root) groups=0(root),1007(1008),1009(sup)\n',
    );
  });

  it('lets the added group read a file only that group may read', () => {
    const t = withImage();
    expect(t.run('docker run --rm -u 1001 ga cat /s')).toMatchObject({
      code: 1,
      err: "cat: can't open '/s': Permission denied\n",
    });
    expect(t.run('docker run --rm -u 1001 --group-add 1009 ga cat /s')).toMatchObject({
      code: 0,
      out: 'secret\n',
    });
  });

  it('refuses to start with an unknown group name, leaving the container created', () => {
    const t = withImage();
    expect(t.run('docker run --name bad --group-add nosuch ga id')).toMatchObject({
      code: 125,
      err:
        'docker: Error response from daemon: Unable to find group nosuch: no matching entries in group file\n' +
        "\nRun 'docker run --help' for more information\n",
    });
    expect(t.container('bad')).toMatchObject({
      status: 'created',
      exitCode: 128,
      error: 'Unable to find group nosuch: no matching entries in group file',
    });
    expect(t.run('docker run --rm --name gone --group-add nosuch ga id').code).toBe(125);
    expect(t.run("docker ps -a --filter name=gone --format '{{.Names}}'").out).toBe('');
  });

  it('takes numbers up to 2147483647 and refuses larger ones at start', () => {
    const t = withImage();
    expect(t.run('docker run --rm --group-add 2147483647 ga id').out).toBe(
      'uid=0(root) gid=0(root) groups=0(root),2147483647\n',
    );
    expect(t.run('docker run --rm --group-add 4294967295 ga id')).toMatchObject({
      code: 125,
      err:
        'docker: Error response from daemon: uids and gids must be in range 0-2147483647\n' +
        "\nRun 'docker run --help' for more information\n",
    });
  });

  it('lets docker create accept an unknown group and docker start refuse it', () => {
    const t = withImage();
    expect(t.run('docker create --name cg --group-add nosuch ga id').code).toBe(0);
    expect(t.run('docker start cg')).toMatchObject({
      code: 1,
      err:
        'Error response from daemon: Unable to find group nosuch: no matching entries in group file\n' +
        'Error: failed to start containers: cg\n',
    });
  });

  it('shows the values as typed in HostConfig.GroupAdd, null without any', () => {
    const t = withImage();
    t.run('docker create --name two --group-add 1007 --group-add 1005 ga id');
    t.run('docker create --name none ga id');
    expect(t.run("docker inspect -f '{{json .HostConfig.GroupAdd}}' two none").out).toBe(
      '["1007","1005"]\nnull\n',
    );
  });
});

describe('docker exec in a container run with --group-add', () => {
  it('holds the added groups, with or without -u', () => {
    const t = withImage();
    t.run('docker run -d --name wg -u 1001:1009 --group-add 1007 --group-add 1005 ga sleep 300');
    expect(t.run('docker exec wg id').out).toBe(
      'uid=1001 gid=1009(sup) groups=1005,1007(1008),1009(sup)\n',
    );
    expect(t.run('docker exec -u 0 wg id').out).toBe(
      'uid=0(root) gid=0(root) groups=0(root),1005,1007(1008)\n',
    );
  });

  it('keeps the gids found at start, and looks them up again for -u', () => {
    const t = withImage();
    t.run('docker run -d --name eg --group-add sup ga sleep 300');
    t.run("docker exec eg sed -i '/^sup/d' /etc/group");
    expect(t.run('docker exec eg id').out).toBe('uid=0(root) gid=0(root) groups=0(root),1009\n');
    expect(t.run('docker exec -u 0 eg id')).toMatchObject({
      code: 126,
      out: 'Unable to find group sup: no matching entries in group file\r\n',
    });
    t.run('docker exec eg sh -c \'echo "sup:x:1500:" >> /etc/group\'');
    expect(t.run('docker exec -u 0 eg id').out).toBe(
      'uid=0(root) gid=0(root) groups=0(root),1500(sup)\n',
    );
  });
});
