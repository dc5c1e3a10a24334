import { describe, expect, it } from 'vitest';
import { readText, sim } from '../testing/harness';
import { compress, decodeTar, encodeTar, pipeToContent, contentToPipe, unwrap } from './archive';
import { textFile } from '../../fs/node';

describe('tar', () => {
  it('restores exactly what it archived: contents, modes and owners', () => {
    const s = sim();
    s.run(
      'mkdir -p /app/bin && echo "#!/bin/sh" > /app/bin/run && chmod 750 /app/bin/run && chown -R nobody /app && ln -s bin/run /app/start',
    );
    s.run('tar -czf /tmp/app.tgz -C / app && rm -rf /app && tar -xzf /tmp/app.tgz -C /');
    expect(readText(s.fs, '/app/bin/run')).toBe('#!/bin/sh\n');
    const st = s.fs.stat('/app/bin/run');
    expect(st.ok && st.value.node).toMatchObject({ mode: 0o750, uid: 65534 });
    expect(s.run('readlink /app/start').stdout).toBe('bin/run\n');
  });

  it('lists members with -t and -tv (archives made here keep no times: the unknown time)', () => {
    const s = sim();
    s.run('mkdir /d && echo hi > /d/f && cd / && tar -cf /tmp/d.tar d');
    expect(s.run('tar -tf /tmp/d.tar').stdout).toBe('d/\nd/f\n');
    expect(s.run('tar -tvf /tmp/d.tar').stdout).toBe(
      'drwxr-xr-x root/root         0 2025-01-01 00:00 d/\n-rw-r--r-- root/root         3 2025-01-01 00:00 d/f\n',
    );
  });

  it('strips leading components and takes old-style bundled options', () => {
    const s = sim();
    s.run(
      'mkdir -p /src/pkg-1.0/lib && echo x > /src/pkg-1.0/lib/a && cd /src && tar czf /tmp/p.tgz pkg-1.0',
    );
    s.run('mkdir /opt/pkg && tar xzf /tmp/p.tgz -C /opt/pkg --strip-components=1');
    expect(s.run('find /opt/pkg').stdout).toBe('/opt/pkg\n/opt/pkg/lib\n/opt/pkg/lib/a\n');
  });

  it('warns about leading slashes as GNU tar does', () => {
    expect(sim().run('tar -cf /tmp/e.tar /etc/hostname').stderr).toBe(
      "tar: Removing leading `/' from member names\n",
    );
  });

  it('works through a pipe', () => {
    const s = sim();
    s.run(
      'mkdir /a && echo piped > /a/f && cd / && tar -cf - a | (mkdir /b && cd /b && tar -xf -)',
    );
    expect(readText(s.fs, '/b/a/f')).toBe('piped\n');
  });

  it('extracts nothing from an archive it did not create, and says so', () => {
    const s = sim();
    s.fs.writeFile('/tmp/node.tar.xz', {
      blob: 'download:https://nodejs.org/node.tar.xz',
      size: 30_000_000,
    });
    const r = s.run('tar -xJf /tmp/node.tar.xz -C /opt');
    expect(r.exitCode).toBe(0);
    expect(r.notes.join(' ')).toContain('was not created inside the simulation');
  });

  it('reports a missing archive with GNU wording', () => {
    expect(sim().run('tar -xf /nope.tar')).toMatchObject({
      stderr:
        'tar: /nope.tar: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n',
      exitCode: 2,
    });
  });
});

describe('gzip and gunzip', () => {
  it('replaces a file by a smaller .gz and back', () => {
    const s = sim('gnu', { '/log.txt': 'line\n'.repeat(1000) });
    s.run('gzip /log.txt');
    const packed = s.fs.stat('/log.txt.gz');
    expect(s.fs.stat('/log.txt').ok).toBe(false);
    expect(packed.ok && packed.value.node.kind === 'file' && packed.value.node.size).toBeLessThan(
      5000,
    );
    s.run('gunzip /log.txt.gz');
    expect(readText(s.fs, '/log.txt')).toBe('line\n'.repeat(1000));
  });

  it('compresses stdin to stdout with -c and zcat reads it back', () => {
    expect(sim().run('echo hello | gzip -c > /tmp/h.gz; zcat /tmp/h.gz').stdout).toBe('hello\n');
  });
});

describe('archive representation', () => {
  it('round-trips entries and compression layers', () => {
    const entries = [{ name: 'f', node: textFile('x') }];
    expect(decodeTar(unwrap(compress(compress(encodeTar(entries)), 'xz')))).toEqual(entries);
  });

  it('carries blobs through text pipes', () => {
    const content = { blob: 'layercake-tar:{}', size: 10240 };
    expect(pipeToContent(contentToPipe(content))).toEqual(content);
    expect(pipeToContent('plain text')).toEqual({ text: 'plain text' });
  });
});

describe('tar -tv on BusyBox', () => {
  it('shows seconds in the time column, as BusyBox tar does', () => {
    const s = sim('busybox');
    s.run('mkdir /d && echo hi > /d/f && cd / && tar -cf /tmp/d.tar d');
    expect(s.run('tar -tvf /tmp/d.tar').stdout).toBe(
      'drwxr-xr-x root/root         0 2025-01-01 00:00:00 d/\n-rw-r--r-- root/root         3 2025-01-01 00:00:00 d/f\n',
    );
  });
});
