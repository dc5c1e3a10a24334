import { describe, expect, it } from 'vitest';
import { diffLayer, formatDiff } from '../../fs/diff';
import { baseTree, readText, sim } from '../testing/harness';

describe('mkdir, touch, rm, rmdir', () => {
  it('creates parents with mkdir -p and applies -m to the last directory', () => {
    const s = sim();
    s.run('mkdir -p -m 700 /a/b/c');
    const mode = (p: string) => {
      const st = s.fs.stat(p);
      return st.ok && st.value.node.kind === 'dir' ? st.value.node.mode : undefined;
    };
    expect([mode('/a'), mode('/a/b'), mode('/a/b/c')]).toEqual([0o755, 0o755, 0o700]);
  });

  it('prints the GNU and BusyBox wordings for a missing parent', () => {
    expect(sim().run('mkdir /a/b').stderr).toBe(
      "mkdir: cannot create directory '/a/b': No such file or directory\n",
    );
    expect(sim('busybox').run('mkdir /a/b').stderr).toBe(
      "mkdir: can't create directory '/a/b': No such file or directory\n",
    );
  });

  it('removes trees with rm -rf, quietly ignores missing ones, and refuses directories without -r', () => {
    const s = sim();
    expect(
      s.run('mkdir -p /d/e && touch /d/e/f && rm /d; echo $?; rm -rf /d /missing; echo $?; ls /d'),
    ).toMatchObject({
      stdout: '1\n0\n',
      stderr:
        "rm: cannot remove '/d': Is a directory\nls: cannot access '/d': No such file or directory\n",
    });
  });

  it('refuses rm -rf / on GNU', () => {
    expect(sim().run('rm -rf /')).toMatchObject({
      stderr:
        "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
      exitCode: 1,
    });
  });

  it('leaves a whiteout when rm deletes a file of a lower layer', () => {
    const s = sim();
    s.run('rm /etc/hostname');
    expect(formatDiff(diffLayer([baseTree()], s.fs.upper))).toBe('C /etc\nD /etc/hostname\n');
  });

  it('copies a lower file up when touch updates it', () => {
    const s = sim();
    s.run('touch /etc/passwd /tmp/new');
    expect(formatDiff(diffLayer([baseTree()], s.fs.upper))).toBe(
      'C /etc\nC /etc/passwd\nC /tmp\nA /tmp/new\n',
    );
  });

  it('reports a non-empty directory to rmdir', () => {
    expect(sim().run('rmdir /etc')).toMatchObject({
      stderr: "rmdir: failed to remove '/etc': Directory not empty\n",
      exitCode: 1,
    });
  });
});

describe('cp, mv, ln', () => {
  it('copies a file into a directory and a tree with -r, omitting directories without it', () => {
    const s = sim();
    const r = s.run(
      'mkdir -p /src/sub && echo x > /src/sub/f && cp /src /dst; cp -r /src /dst && cp /src/sub/f /tmp && find /dst /tmp',
    );
    expect(r.stderr).toBe("cp: -r not specified; omitting directory '/src'\n");
    expect(r.stdout).toBe('/dst\n/dst/sub\n/dst/sub/f\n/tmp\n/tmp/f\n');
  });

  it('gives copies to the user running cp unless -a or -p preserve the owner', () => {
    const s = sim();
    s.run('echo x > /f && chown nobody /f');
    s.run('cp /f /plain && cp -a /f /kept');
    const owner = (p: string) => {
      const st = s.fs.stat(p);
      return st.ok ? st.value.node.uid : undefined;
    };
    expect([owner('/plain'), owner('/kept')]).toEqual([0, 65534]);
  });

  it('moves files and directories', () => {
    const s = sim();
    expect(
      s.run('mkdir /m && echo x > /m/f && mv /m /n && mv /n/f /n/g && find /n; ls /m').stdout,
    ).toBe('/n\n/n/g\n');
  });

  it('makes symlinks, refuses to replace one without -f, and replaces it with -sf', () => {
    const s = sim();
    const r = s.run(
      'ln -s /usr/bin/python3.12 /usr/local/bin/python; ln -s /x /usr/local/bin/python; ln -sf /y /usr/local/bin/python; readlink /usr/local/bin/python',
    );
    expect(r.stderr).toBe(
      "ln: failed to create symbolic link '/usr/local/bin/python': File exists\n",
    );
    expect(r.stdout).toBe('/y\n');
  });
});

describe('chmod and chown', () => {
  it('applies octal and symbolic modes', () => {
    const s = sim();
    const r = s.run(
      'touch /f; chmod 640 /f; stat -c %a /f; chmod u+x,g-r /f; stat -c %a /f; chmod a=r /f; stat -c %a /f; chmod +x /f; stat -c %A /f',
    );
    expect(r.stdout).toBe('640\n700\n444\n-r-xr-xr-x\n');
  });

  it('changes owners by name from /etc/passwd and /etc/group, recursively with -R', () => {
    const s = sim();
    const r = s.run(
      'mkdir -p /app/x && touch /app/x/f && chown -R nobody:staff /app && stat -c "%U:%G" /app /app/x/f',
    );
    expect(r.stdout).toBe('nobody:staff\nnobody:staff\n');
  });

  it('copies every file up with chown -R, even those already owned by that user', () => {
    const s = sim();
    s.run('chown -R root:root /etc');
    expect(formatDiff(diffLayer([baseTree()], s.fs.upper))).toBe(
      'C /etc\nC /etc/group\nC /etc/hostname\nC /etc/passwd\nC /etc/shadow\n',
    );
  });

  it('rejects unknown users in each wording', () => {
    expect(sim().run('chown ghost /tmp')).toMatchObject({
      stderr: "chown: invalid user: 'ghost'\n",
      exitCode: 1,
    });
    expect(sim('busybox').run('chown ghost /tmp').stderr).toBe('chown: unknown user ghost\n');
  });
});

describe('cat, head, tail, wc, tee', () => {
  it('prints the GNU and BusyBox wordings for a missing file', () => {
    expect(sim().run('cat /tmp/x')).toMatchObject({
      stderr: 'cat: /tmp/x: No such file or directory\n',
      exitCode: 1,
    });
    expect(sim('busybox').run('cat /tmp/x').stderr).toBe(
      "cat: can't open '/tmp/x': No such file or directory\n",
    );
  });

  it('writes stdin to files and stdout with tee, appending with -a', () => {
    const s = sim();
    s.run('echo one | tee /tmp/t > /dev/null; echo two | tee -a /tmp/t');
    expect(readText(s.fs, '/tmp/t')).toBe('one\ntwo\n');
  });

  it('counts lines, words and bytes with GNU column widths', () => {
    const s = sim('gnu', { '/f': 'a b\nc\n' });
    expect(s.run('wc /f; wc -l /f; echo hi | wc').stdout).toBe(
      '2 3 6 /f\n2 /f\n      1       1       3\n',
    );
  });
});
