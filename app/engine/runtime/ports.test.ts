import { describe, expect, it } from 'vitest';
import { parsePublish } from './ports';

describe('-p', () => {
  it('reads host:container, ip:host:container and a protocol', () => {
    expect(parsePublish('8080:80', new Set())).toEqual({ ok: true, ports: [':8080:80/tcp'] });
    expect(parsePublish('127.0.0.1:8080:80/udp', new Set())).toEqual({
      ok: true,
      ports: ['127.0.0.1:8080:80/udp'],
    });
  });

  it('picks the first free port from 32768 for a container port alone', () => {
    const used = new Set([32768]);
    expect(parsePublish('80', used)).toEqual({ ok: true, ports: [':32769:80/tcp'] });
    expect(parsePublish('81', used)).toEqual({ ok: true, ports: [':32770:81/tcp'] });
  });

  it('words a bad port as the CLI does', () => {
    expect(parsePublish('notaport', new Set())).toEqual({
      ok: false,
      error: 'invalid containerPort: notaport',
    });
    expect(parsePublish('x:80', new Set())).toEqual({ ok: false, error: 'invalid hostPort: x' });
  });
});
