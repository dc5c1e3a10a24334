import { describe, expect, it } from 'vitest';
import { diffLayer, formatDiff } from '../../fs/diff';
import { baseTree, install, readText, sim } from '../testing/harness';

describe('useradd and groupadd (Debian shadow-utils)', () => {
  it('adds a user with its own group, a shadow entry and a home from /etc/skel', () => {
    const s = sim('gnu', { '/etc/skel/.bashrc': '# bashrc\n' });
    expect(s.run('useradd -m -s /bin/bash app').exitCode).toBe(0);
    expect(readText(s.fs, '/etc/passwd')).toContain('app:x:1000:1000::/home/app:/bin/bash\n');
    expect(readText(s.fs, '/etc/group')).toContain('app:x:1000:\n');
    expect(readText(s.fs, '/etc/shadow')).toContain(
      `app:!:${Math.floor(Date.UTC(2025, 0, 15) / 86400000)}:0:99999:7:::\n`,
    );
    expect(s.run('stat -c "%U %a" /home/app /home/app/.bashrc').stdout).toBe('app 755\napp 644\n');
  });

  it('copies /etc/passwd, /etc/group and /etc/shadow up into the layer', () => {
    const s = sim();
    s.run('useradd app');
    expect(formatDiff(diffLayer([baseTree()], s.fs.upper))).toBe(
      'C /etc\nC /etc/group\nC /etc/passwd\nC /etc/shadow\n',
    );
  });

  it('numbers system accounts down from 999 and others up from 1000', () => {
    const s = sim();
    s.run('groupadd -r svc && useradd -r -g svc svc && useradd one && useradd two');
    expect(s.run('id svc; id two').stdout).toBe(
      'uid=999(svc) gid=999(svc) groups=999(svc)\nuid=1001(two) gid=1001(two) groups=1001(two)\n',
    );
  });

  it('honours -u, -g and -G', () => {
    const s = sim();
    s.run('groupadd -g 2000 web && useradd -u 1500 -g web -G staff app');
    expect(s.run('id app').stdout).toBe('uid=1500(app) gid=2000(web) groups=2000(web),50(staff)\n');
  });

  it('refuses duplicates with the shadow-utils wording and exit codes', () => {
    const s = sim();
    s.run('useradd app');
    expect(s.run('useradd app')).toMatchObject({
      stderr: "useradd: user 'app' already exists\n",
      exitCode: 9,
    });
    expect(s.run('useradd -g nosuch x')).toMatchObject({
      stderr: "useradd: group 'nosuch' does not exist\n",
      exitCode: 6,
    });
    expect(s.run('groupadd app')).toMatchObject({
      stderr: "groupadd: group 'app' already exists\n",
      exitCode: 9,
    });
  });

  it('adds supplementary groups with usermod -aG', () => {
    const s = sim();
    s.run('useradd app && usermod -aG staff app');
    expect(s.run('groups app').stdout).toBe('app : app staff\n');
  });
});

describe('adduser and addgroup', () => {
  it("follows Debian's adduser: messages, /bin/bash, a private home", () => {
    const s = sim();
    const r = s.run('adduser --disabled-password --gecos "" app');
    expect(r.stdout).toBe(
      "Adding user `app' ...\nAdding new group `app' (1000) ...\nAdding new user `app' (1000) with group `app (1000)' ...\nCreating home directory `/home/app' ...\nCopying files from `/etc/skel' ...\n",
    );
    expect(readText(s.fs, '/etc/passwd')).toContain('app:x:1000:1000::/home/app:/bin/bash\n');
    expect(s.run('stat -c %a /home/app').stdout).toBe('700\n');
  });

  it("follows BusyBox's adduser -D: silent, Linux User gecos, /bin/sh", () => {
    const s = sim('busybox');
    expect(s.run('adduser -D app')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(readText(s.fs, '/etc/passwd')).toContain(
      'app:x:1000:1000:Linux User,,,:/home/app:/bin/sh\n',
    );
  });

  it('creates BusyBox system users and groups with -S and adds users to groups', () => {
    const s = sim('busybox');
    s.run('addgroup -S www && adduser -S -D -H -G www -s /sbin/nologin www && addgroup www staff');
    expect(readText(s.fs, '/etc/passwd')).toContain(
      'www:x:100:100:Linux User,,,:/home/www:/sbin/nologin\n',
    );
    expect(s.fs.stat('/home/www').ok).toBe(false);
    expect(readText(s.fs, '/etc/group')).toContain('staff:x:50:www\n');
  });

  it("takes BusyBox's lowest free id, not one past the highest (Alpine's ntp 123 and guest 405)", () => {
    const s = sim('busybox', {
      '/etc/passwd':
        'root:x:0:0:root:/root:/bin/sh\nntp:x:123:123:NTP:/var/empty:/sbin/nologin\nguest:x:405:100:guest:/dev/null:/sbin/nologin\n',
      '/etc/group': 'root:x:0:root\nusers:x:100:games\nntp:x:123:ntp\nping:x:999:\n',
    });
    s.run('addgroup -S smb && adduser -S -D -H -G smb smbuser && adduser -D web');
    expect(s.run('id smbuser; id web').stdout).toBe(
      'uid=100(smbuser) gid=101(smb) groups=101(smb)\nuid=1000(web) gid=1000(web) groups=1000(web)\n',
    );
  });
});

describe('su, gosu, sudo', () => {
  it('runs a command as another user', () => {
    const s = sim();
    install(s, 'gosu');
    s.run('useradd -m app');
    expect(
      s.run('su app -c "id -un; echo \\$HOME"; gosu app id -u; gosu nobody:staff id -g').stdout,
    ).toBe('app\n/home/app\n1000\n50\n');
  });

  it('gives files created under gosu the new owner', () => {
    const s = sim();
    install(s, 'gosu');
    s.run('useradd app && mkdir /data && chown app /data && gosu app sh -c "echo x > /data/f"');
    expect(s.run('stat -c %U /data/f').stdout).toBe('app\n');
  });

  it('words gosu errors as gosu does', () => {
    const s = sim();
    install(s, 'gosu');
    expect(s.run('gosu ghost true')).toMatchObject({
      stderr:
        'error: failed switching to "ghost": unable to find user ghost: no matching entries in passwd file\n',
      exitCode: 1,
    });
  });
});
