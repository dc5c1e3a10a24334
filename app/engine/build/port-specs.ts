/**
 * EXPOSE's port specs, read as Docker's port parser reads them (go-connections' nat, which
 * BuildKit uses): `[ip:[hostPort]:]containerPort[-end][/proto]`. Only the container port and
 * protocol are kept; a range exposes each port; the protocol is lower-cased and anything after
 * a second `/` is dropped. Recorded on the 20.10 oracle: `8080/UDP` is 8080/udp,
 * `1.2.3.4:80:80` and `:80` are 80/tcp, `8080/tcp/x` is 8080/tcp, `abc`, `70000` and `90-80`
 * fail with `Invalid containerPort: abc`, `80/xyz` with `Invalid proto: xyz`.
 */

export type PortSpecs = { ok: true; ports: string[] } | { ok: false; message: string };

const PROTOCOLS = ['tcp', 'udp', 'sctp'];

function port(text: string): number | undefined {
  if (!/^[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 65535 ? n : undefined;
}

export function exposedPorts(specs: readonly string[]): PortSpecs {
  const ports: string[] = [];
  for (const spec of specs) {
    const parts = spec.split('/');
    const [rest = '', second] = parts;
    const proto = parts.length === 1 || !second ? 'tcp' : second;
    const colon = rest.split(':');
    const container = colon[colon.length - 1] ?? '';
    if (!PROTOCOLS.includes(proto.toLowerCase()))
      return { ok: false, message: `Invalid proto: ${proto}` };
    const [startText = '', endText, ...extra] = container.split('-');
    const start = port(startText);
    const end = endText === undefined ? start : port(endText);
    if (start === undefined || end === undefined || end < start || extra.length > 0)
      return { ok: false, message: `Invalid containerPort: ${container}` };
    for (let p = start; p <= end; p++) ports.push(`${p}/${proto.toLowerCase()}`);
  }
  return { ok: true, ports };
}
