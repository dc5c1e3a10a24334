import { describe, expect, it } from 'vitest';
import { exposedPorts } from './port-specs';

describe('exposedPorts', () => {
  it('keeps the container port and a lower-cased protocol, as the 20.10 oracle does', () => {
    expect(exposedPorts(['80', '8080/UDP', '1.2.3.4:80:81', ':82', '8083/tcp/x', '0'])).toEqual({
      ok: true,
      ports: ['80/tcp', '8080/udp', '81/tcp', '82/tcp', '8083/tcp', '0/tcp'],
    });
  });

  it('exposes each port of a range', () => {
    expect(exposedPorts(['8000-8002/udp'])).toEqual({
      ok: true,
      ports: ['8000/udp', '8001/udp', '8002/udp'],
    });
  });

  it("fails with the port parser's words for a bad port or protocol", () => {
    expect(exposedPorts(['abc'])).toEqual({ ok: false, message: 'Invalid containerPort: abc' });
    expect(exposedPorts(['70000'])).toEqual({ ok: false, message: 'Invalid containerPort: 70000' });
    expect(exposedPorts(['90-80'])).toEqual({ ok: false, message: 'Invalid containerPort: 90-80' });
    expect(exposedPorts(['80/xyz'])).toEqual({ ok: false, message: 'Invalid proto: xyz' });
  });
});
