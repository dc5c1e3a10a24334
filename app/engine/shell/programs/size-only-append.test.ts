// Text appended to a file the simulation knows only by size (a stand-in image's config) is
// kept as the file's known tail: readers show it, with a note that the rest is not modelled.
import { describe, expect, it } from 'vitest';
import { sim } from '../testing/harness';

const CONF = '/usr/local/etc/php-fpm.d/www.conf';
const NOTE = `${CONF} is known only by its size (21361 bytes) and the 21 bytes of text appended to it; its earlier content is not modelled.`;

function withConf() {
  const s = sim();
  s.run('mkdir -p /usr/local/etc/php-fpm.d');
  s.fs.writeFile(CONF, { blob: 'php-fpm:www.conf', size: 21340 });
  s.run(`echo "pm.max_children = 10" >> ${CONF}`);
  return s;
}

describe('text appended to a size-only file', () => {
  it('is what grep, cat, tail and sed -n find, and it counts in the size', () => {
    const s = withConf();
    const r = s.run(
      `grep max_children ${CONF}; cat ${CONF}; tail -n 1 ${CONF}; sed -n '$p' ${CONF}; wc -c ${CONF}; stat -c %s ${CONF}`,
    );
    expect(r.stdout).toBe(
      [
        'pm.max_children = 10',
        'pm.max_children = 10',
        'pm.max_children = 10',
        'pm.max_children = 10',
        `21361 ${CONF}`,
        '21361',
        '',
      ].join('\n'),
    );
    expect(r.notes).toEqual([NOTE]);
  });

  it('needs no note for tail when the asked-for lines were appended; head notes the unknown part', () => {
    const s = withConf();
    s.run(`echo "pm = static" >> ${CONF}`);
    const last = s.run(`tail -n 2 ${CONF}`);
    expect(last.stdout).toBe('pm.max_children = 10\npm = static\n');
    expect(last.notes).toEqual([]);
    const more = s.run(`tail -n 3 ${CONF}`);
    expect(more.stdout).toBe('pm.max_children = 10\npm = static\n');
    expect(more.notes[0]).toContain('its earlier content is not modelled');
    expect(s.run(`head -n 1 ${CONF}`).notes[0]).toContain('its earlier content is not modelled');
  });

  it('is kept by cp, mv and a tar round trip, and edited in place by sed -i', () => {
    const s = withConf();
    const r = s.run(
      `cp ${CONF} /tmp/a && mv /tmp/a /tmp/b && tar -cf /t.tar /tmp/b && rm /tmp/b && tar -xf /t.tar -C / && tail -n 1 /tmp/b && wc -c < /tmp/b && sed -i.bak 's/= 10/= 20/' ${CONF} && tail -n 1 ${CONF} ${CONF}.bak && wc -c < ${CONF}`,
    );
    expect(r.stdout).toBe(
      [
        'pm.max_children = 10',
        '21361',
        `==> ${CONF} <==`,
        'pm.max_children = 20',
        '',
        `==> ${CONF}.bak <==`,
        'pm.max_children = 10',
        '21361',
        '',
      ].join('\n'),
    );
  });

  it('leaves sed -i the unknown content of a size-only file without appended text', () => {
    const s = sim();
    s.fs.writeFile('/etc/sysctl.conf', { blob: 'procps:sysctl.conf', size: 2155 });
    const r = s.run(`sed -i 's/^#net/net/' /etc/sysctl.conf; wc -c < /etc/sysctl.conf`);
    expect(r.stdout).toBe('2155\n');
    expect(r.notes[0]).toContain('/etc/sysctl.conf is binary content the simulation knows only');
  });

  it('is what . (source) runs', () => {
    const s = sim('busybox');
    s.fs.writeFile('/etc/profile', { blob: 'alpine:profile', size: 994 });
    const r = s.run(`echo 'export GREETING=hi' >> /etc/profile; . /etc/profile; echo "$GREETING"`);
    expect(r.stdout).toBe('hi\n');
    expect(r.notes[0]).toContain('/etc/profile is known only by its size (1013 bytes)');
  });

  it('is dropped by a truncating write, which leaves just the new text', () => {
    const s = withConf();
    expect(s.run(`echo "[www]" > ${CONF}; cat ${CONF}; wc -c < ${CONF}`)).toMatchObject({
      stdout: '[www]\n6\n',
      notes: [],
    });
  });
});
