/**
 * Published and exposed ports. `-p 8080:80` publishes container port 80 on host port 8080
 * (on IPv4 and IPv6, as `docker ps` shows: `0.0.0.0:8080->80/tcp, [::]:8080->80/tcp`);
 * `-p 80` picks a free host port from 32768 up; EXPOSE in the image only documents a port.
 * A container stores its publications as `HOSTIP:HOSTPORT:PORT/PROTO` strings.
 */
import type { PortBinding } from '../cli/format/ports';
import type { Container } from '../host/containers';
import type { HostState } from '../host/state';
import { isRunning } from './transitions';

export type PortSpecResult = { ok: true; ports: string[] } | { ok: false; error: string };

function validPort(text: string): boolean {
  return /^\d+$/.test(text) && Number(text) > 0 && Number(text) <= 65535;
}

/** Parses one `-p` value against the host's ports in use (for `-p 80`). */
export function parsePublish(spec: string, used: Set<number>): PortSpecResult {
  const [main = '', proto = 'tcp'] = spec.split('/');
  if (!['tcp', 'udp', 'sctp'].includes(proto))
    return { ok: false, error: `invalid proto: ${proto}` };
  const parts = main.split(':');
  if (parts.length > 3) return { ok: false, error: `invalid port format: ${spec}` };
  // CONTAINERPORT, HOSTPORT:CONTAINERPORT or IP:HOSTPORT:CONTAINERPORT.
  const containerPort = parts[parts.length - 1] ?? '';
  let hostPort = parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '';
  const ip = parts.length === 3 ? (parts[0] ?? '') : '';
  if (!validPort(containerPort))
    return { ok: false, error: `invalid containerPort: ${containerPort}` };
  if (hostPort !== '' && !validPort(hostPort))
    return { ok: false, error: `invalid hostPort: ${hostPort}` };
  if (hostPort === '') {
    let port = 32768;
    while (used.has(port)) port++;
    hostPort = String(port);
  }
  used.add(Number(hostPort));
  return { ok: true, ports: [`${ip}:${hostPort}:${containerPort}/${proto}`] };
}

/**
 * With `--network none` Docker keeps the -p requests in HostConfig but publishes nothing:
 * no PORTS, no `docker port` lines, no host port taken.
 */
function networked(c: Container): boolean {
  return c.network !== 'none';
}

/** Host ports taken by containers (a running container's publications). */
export function hostPortsInUse(host: HostState): Set<number> {
  const used = new Set<number>();
  for (const c of Object.values(host.containers)) {
    if (!networked(c)) continue;
    for (const p of publishedPorts(c)) used.add(p.publicPort);
  }
  return used;
}

export function publishedPorts(c: Container): PortBinding[] {
  const bindings: PortBinding[] = [];
  for (const spec of c.ports) {
    const m = /^(.*):(\d+):(\d+)\/(\w+)$/.exec(spec);
    if (!m) continue;
    const [, ip = '', publicPort = '0', privatePort = '0', type = 'tcp'] = m;
    const ips = ip === '' ? ['0.0.0.0', '::'] : [ip];
    for (const address of ips) {
      bindings.push({
        ip: address,
        publicPort: Number(publicPort),
        privatePort: Number(privatePort),
        type,
      });
    }
  }
  return bindings;
}

/** `80/tcp` keys: the image's EXPOSE plus every published port. */
export function exposedPorts(host: HostState, c: Container): string[] {
  const keys = new Set(Object.keys(host.images[c.image]?.config.ExposedPorts ?? {}));
  for (const p of publishedPorts(c)) keys.add(`${p.privatePort}/${p.type}`);
  return [...keys].sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || (a < b ? -1 : 1));
}

/** What the PORTS column lists: publications, and exposed ports alone; nothing once stopped. */
export function portsForDisplay(host: HostState, c: Container): PortBinding[] {
  if (!isRunning(c) || !networked(c)) return [];
  const published = publishedPorts(c);
  const bare: PortBinding[] = exposedPorts(host, c)
    .filter((key) => !published.some((p) => `${p.privatePort}/${p.type}` === key))
    .map((key) => {
      const [port = '0', type = 'tcp'] = key.split('/');
      return { ip: '', privatePort: Number(port), publicPort: 0, type };
    });
  return [...published, ...bare];
}

/** `docker port web`: `80/tcp -> 0.0.0.0:8080` lines; with a port, just the addresses. */
export function portLines(
  c: Container,
  filter?: string,
  /** The container as the user typed it (docker names it so in the error). */
  ref?: string,
): { ok: true; lines: string[] } | { ok: false; error: string } {
  // Only a running (or paused) container holds its host ports.
  const up = c.status === 'running' || c.status === 'paused';
  const published = networked(c) && up ? publishedPorts(c) : [];
  const format = (p: PortBinding) =>
    p.ip.includes(':') ? `[${p.ip}]:${p.publicPort}` : `${p.ip}:${p.publicPort}`;
  if (filter === undefined || filter === '') {
    return { ok: true, lines: published.map((p) => `${p.privatePort}/${p.type} -> ${format(p)}`) };
  }
  const [port = '', type = 'tcp'] = filter.split('/');
  // The CLI reads the number as Go's strconv.ParseUint(port, 10, 16) before looking.
  if (!/^\d+$/.test(port))
    return {
      ok: false,
      error: `invalid port (${port}): strconv.ParseUint: parsing "${port}": invalid syntax`,
    };
  if (Number(port) > 65535)
    return {
      ok: false,
      error: `invalid port (${port}): strconv.ParseUint: parsing "${port}": value out of range`,
    };
  const matching = published.filter((p) => String(p.privatePort) === port && p.type === type);
  if (matching.length === 0)
    return { ok: false, error: `No public port '${filter}' published for ${ref ?? c.name}` };
  return { ok: true, lines: matching.map(format) };
}
