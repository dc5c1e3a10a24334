import { describe, expect, it } from 'vitest';
import { displayPorts, type PortBinding } from './ports';

const p = (ip: string, privatePort: number, publicPort: number, type = 'tcp'): PortBinding => ({
  ip,
  privatePort,
  publicPort,
  type,
});

describe('displayPorts', () => {
  it('is empty without ports', () => {
    expect(displayPorts([])).toBe('');
  });
  it('shows an exposed, unpublished port as port/proto', () => {
    expect(displayPorts([p('', 80, 0)])).toBe('80/tcp');
  });
  it('lists a remapped port on IPv4 and IPv6, bracketing the IPv6 host', () => {
    expect(displayPorts([p('::', 80, 8080), p('0.0.0.0', 80, 8080)])).toBe(
      '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
    );
  });
  it('folds consecutive same-port mappings into a range', () => {
    const ports = [p('0.0.0.0', 8001, 8001), p('0.0.0.0', 8000, 8000), p('0.0.0.0', 8002, 8002)];
    expect(displayPorts(ports)).toBe('0.0.0.0:8000-8002->8000-8002/tcp');
  });
  it('keeps protocols apart and folds exposed ranges', () => {
    const ports = [p('', 53, 0, 'udp'), p('', 53, 0, 'tcp'), p('', 54, 0, 'tcp')];
    expect(displayPorts(ports)).toBe('53-54/tcp, 53/udp');
  });
  it('prints a run closed by a gap before the runs still open', () => {
    const ports = [p('', 80, 0), p('', 81, 0, 'udp'), p('', 443, 0)];
    expect(displayPorts(ports)).toBe('80/tcp, 443/tcp, 81/udp');
  });
  it('puts remapped ports after the grouped ones', () => {
    const ports = [p('0.0.0.0', 80, 8080), p('0.0.0.0', 443, 443)];
    expect(displayPorts(ports)).toBe('0.0.0.0:443->443/tcp, 0.0.0.0:8080->80/tcp');
  });
});
