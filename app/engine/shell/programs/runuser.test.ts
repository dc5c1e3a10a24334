// util-linux runuser and setpriv started as root (and refused to others), read with GNU id.
// Wording and exit codes follow util-linux's su-common.c and setpriv.c.
import { describe, expect, it } from 'vitest';
import { install, sim } from '../testing/harness';

function box(userland: 'gnu' | 'busybox' = 'gnu') {
  const s = sim(userland, {
    '/etc/group': 'root:x:0:\nstaff:x:50:\nnogroup:x:65534:\napp:x:1000:\nextra:x:1500:app\n',
  });
  install(s, 'runuser', 'setpriv', 'su-exec');
  s.run('echo "app:x:1000:1000::/home/app:/bin/sh" >> /etc/passwd');
  return s;
}

describe('runuser', () => {
  it('-u runs the command as the user with its groups, HOME, USER and LOGNAME', () => {
    expect(box().run(`runuser -u app -- sh -c 'id; echo $HOME $USER $LOGNAME'`).stdout).toBe(
      'uid=1000(app) gid=1000(app) groups=1000(app),1500(extra)\n/home/app app app\n',
    );
  });

  it('without -u runs the user’s shell as su does', () => {
    expect(box().run(`runuser app -s /bin/sh -c 'id -un'`).stdout).toBe('app\n');
  });

  it('is refused to a non-root caller, and says what is missing', () => {
    const s = box();
    expect(s.run('su-exec app runuser -u app id')).toMatchObject({
      stderr: 'runuser: may not be used by non-root users\n',
      exitCode: 1,
    });
    expect(s.run('runuser -u nosuch id').stderr).toBe(
      'runuser: user nosuch does not exist or the user entry does not contain all the required fields\n',
    );
    expect(s.run('runuser -u app').stderr).toBe('runuser: no command was specified\n');
    expect(s.run('runuser -u app -c id').stderr).toBe(
      'runuser: options --{shell,fast,command,session-command,login} and --user are mutually exclusive\n',
    );
  });
});

describe('setpriv', () => {
  it('changes ids as asked and keeps the environment', () => {
    const s = box();
    expect(s.run('setpriv --reuid=app --regid=app --init-groups id').stdout).toBe(
      'uid=1000(app) gid=1000(app) groups=1000(app),1500(extra)\n',
    );
    expect(s.run('setpriv --reuid 1000 --regid 50 --clear-groups id').stdout).toBe(
      'uid=1000(app) gid=50(staff) groups=50(staff)\n',
    );
    expect(s.run(`setpriv --reuid=app --regid=app --clear-groups sh -c 'echo $HOME'`).stdout).toBe(
      '/root\n',
    );
    expect(
      s.run(`setpriv --reuid=app --regid=app --clear-groups --reset-env sh -c 'echo $HOME $PATH'`)
        .stdout,
    ).toBe('/home/app /usr/local/bin:/bin:/usr/bin\n');
  });

  it('insists on a groups option with a gid, and on a passwd user for --init-groups', () => {
    const s = box();
    expect(s.run('setpriv --reuid=app --regid=app id')).toMatchObject({
      stderr:
        'setpriv: --[re]gid requires --keep-groups, --clear-groups, --init-groups, or --groups\n',
      exitCode: 1,
    });
    expect(s.run('setpriv --reuid=1000 --init-groups id').stderr).toBe(
      'setpriv: uid 1000 not found, --init-groups requires an user that can be found on the system\n',
    );
    expect(s.run('setpriv --reuid=nosuch id').stderr).toBe(
      "setpriv: failed to parse reuid: 'nosuch'\n",
    );
    expect(s.run('setpriv --reuid=app').stderr).toBe('setpriv: No program specified\n');
  });

  it('fails with 127 where the kernel refuses a non-root caller', () => {
    expect(box().run("su app -c 'setpriv --reuid=0 id'")).toMatchObject({
      stderr: 'setpriv: setresuid failed: Operation not permitted\n',
      exitCode: 127,
    });
  });

  it('is BusyBox’s on BusyBox, which has no id options', () => {
    expect(box('busybox').run('setpriv --reuid=1000 id')).toMatchObject({
      stderr: "setpriv: unrecognized option '--reuid=1000'\n",
      exitCode: 1,
    });
  });
});
