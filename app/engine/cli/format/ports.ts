// The PORTS column of `docker ps`. Docker sorts the ports, folds runs of consecutive ports that
// share an address and protocol into ranges ("0.0.0.0:8000-8001->8000-8001/tcp"), lists ports
// whose host port differs from the container port separately at the end, and brackets IPv6
// host addresses ("[::]:8080->80/tcp", docker 27 and later).

export interface PortBinding {
  /** Host address; '' for a port that is only exposed, not published. */
  ip: string;
  privatePort: number;
  /** Host port; 0 when not published. */
  publicPort: number;
  type: string;
}

function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function comparePorts(a: PortBinding, b: PortBinding): number {
  if (a.privatePort !== b.privatePort) return a.privatePort - b.privatePort;
  if (a.ip !== b.ip) return a.ip < b.ip ? -1 : 1;
  if (a.publicPort !== b.publicPort) return a.publicPort - b.publicPort;
  if (a.type !== b.type) return a.type < b.type ? -1 : 1;
  return 0;
}

interface Group {
  ip: string;
  type: string;
  first: number;
  last: number;
}

function formatGroup(group: Group): string {
  const range = group.first === group.last ? String(group.first) : `${group.first}-${group.last}`;
  const mapped = group.ip === '' ? range : `${joinHostPort(group.ip, range)}->${range}`;
  return `${mapped}/${group.type}`;
}

/** The PORTS cell for a container's port list. */
export function displayPorts(ports: readonly PortBinding[]): string {
  const sorted = [...ports].sort(comparePorts);
  const result: string[] = [];
  const remapped: string[] = [];
  const groups = new Map<string, Group>();
  for (const port of sorted) {
    const current = port.privatePort;
    if (port.ip !== '' && port.publicPort !== current) {
      const host = joinHostPort(port.ip, String(port.publicPort));
      remapped.push(`${host}->${port.privatePort}/${port.type}`);
      continue;
    }
    const key = port.ip === '' ? port.type : `${port.ip}/${port.type}`;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { ip: port.ip, type: port.type, first: current, last: current });
    } else if (current === group.last + 1) {
      group.last = current;
    } else {
      // A gap closes the run: it is printed now, before the groups still open, and the new run
      // keeps the key's original place among those.
      result.push(formatGroup(group));
      groups.set(key, { ip: port.ip, type: port.type, first: current, last: current });
    }
  }
  return [...result, ...[...groups.values()].map(formatGroup), ...remapped].join(', ');
}
