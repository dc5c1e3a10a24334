import { describe, expect, it } from 'vitest';
import { readText, sim } from '../testing/harness';

describe('install', () => {
  it('makes directories with a mode, as the Docker install docs do for apt keyrings', () => {
    const s = sim();
    expect(
      s.run('install -m 0755 -d /etc/apt/keyrings && stat -c %a /etc/apt/keyrings').stdout,
    ).toBe('755\n');
  });

  it('copies a file with mode 755 by default, owner and parents on request', () => {
    const s = sim('gnu', { '/src/tool.sh': 'echo tool\n' });
    s.run(
      'install -D -o nobody -m 750 /src/tool.sh /opt/bin/tool && install /src/tool.sh /usr/local/bin',
    );
    expect(s.run('stat -c "%a %U" /opt/bin/tool /usr/local/bin/tool.sh').stdout).toBe(
      '750 nobody\n755 root\n',
    );
    expect(readText(s.fs, '/opt/bin/tool')).toBe('echo tool\n');
  });
});

describe('getent', () => {
  it('looks users and groups up by name or id, exiting 2 when missing', () => {
    const r = sim().run('getent passwd root; getent group 50; getent passwd ghost; echo $?');
    expect(r.stdout).toBe('root:x:0:0:root:/root:/bin/bash\nstaff:x:50:\n2\n');
  });
});

describe('wrappers and small tools', () => {
  it('runs the command under timeout, nohup and nice', () => {
    expect(
      sim().run('timeout 5 echo a; nohup echo b; nice -n 10 echo c; timeout 1 nope; echo $?')
        .stdout,
    ).toBe('a\nb\nc\n127\n');
  });

  it('reverses lines with tac', () => {
    expect(sim().run('seq 3 | tac').stdout).toBe('3\n2\n1\n');
  });
});
