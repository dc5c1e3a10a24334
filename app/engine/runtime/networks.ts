/**
 * The daemon's default networks: `bridge` (docker0, 172.17.0.0/16), `host` and `none`. They
 * exist from the daemon's first start, so they predate everything a session makes; the
 * simulation has no user-defined networks. Ids are the ones container inspect's NetworkID
 * shows, and each network lists the running containers attached to it.
 */
import { goStruct, type GoStruct } from '../cli/format/go-value';
import { GoTime } from '../cli/format/go-time';
import { REPLAY_EPOCH } from '../clock';
import { sha256Hex } from '../fs/digest';
import type { Container } from '../host/containers';
import type { HostState } from '../host/state';
import { isRunning } from './transitions';

export interface Network {
  name: 'bridge' | 'host' | 'none';
  id: string;
  driver: 'bridge' | 'host' | 'null';
  /** Epoch ms; the three were made a few milliseconds apart, as dockerd does at start. */
  created: number;
}

/** When the simulated daemon first started: an hour before the session (or its replay epoch). */
function daemonStart(now: number): number {
  return Math.min(now, REPLAY_EPOCH) - 3_600_000;
}

export function networkId(name: string): string {
  return sha256Hex(`network:${name}`);
}

export function defaultNetworks(now: number): Network[] {
  const start = daemonStart(now);
  return [
    { name: 'none', id: networkId('none'), driver: 'null', created: start },
    { name: 'host', id: networkId('host'), driver: 'host', created: start + 3 },
    { name: 'bridge', id: networkId('bridge'), driver: 'bridge', created: start + 41 },
  ];
}

/** A network by name, full id or id prefix, as the daemon finds it. */
export function findNetwork(ref: string, now: number): Network | undefined {
  const all = defaultNetworks(now);
  return (
    all.find((n) => n.name === ref || n.id === ref) ??
    (ref.length > 0 ? all.find((n) => n.id.startsWith(ref)) : undefined)
  );
}

/** The running containers attached to a network. */
export function networkContainers(host: HostState, network: Network): Container[] {
  return Object.values(host.containers)
    .filter((c) => isRunning(c) && (c.network ?? 'bridge') === network.name)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

const BRIDGE_OPTIONS = {
  'com.docker.network.bridge.default_bridge': 'true',
  'com.docker.network.bridge.enable_icc': 'true',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
  'com.docker.network.bridge.name': 'docker0',
  'com.docker.network.driver.mtu': '1500',
};

/** `docker network inspect`: types.NetworkResource as the 20.10 daemon sends it. */
export function inspectNetwork(host: HostState, network: Network): GoStruct {
  const bridge = network.name === 'bridge';
  const containers: Record<string, GoStruct> = {};
  for (const c of networkContainers(host, network)) {
    const ip = bridge ? (c.ip ?? '') : '';
    const mac = ip
      ? `02:42:ac:11:00:${Number(ip.split('.')[3] ?? 2)
          .toString(16)
          .padStart(2, '0')}`
      : '';
    containers[c.id] = goStruct('types.EndpointResource', {
      Name: c.name,
      EndpointID: sha256Hex(`endpoint:${c.id}`),
      MacAddress: mac,
      IPv4Address: ip ? `${ip}/16` : '',
      IPv6Address: '',
    });
  }
  return goStruct('types.NetworkResource', {
    Name: network.name,
    Id: network.id,
    Created: new GoTime(network.created),
    Scope: 'local',
    Driver: network.driver,
    EnableIPv6: false,
    IPAM: goStruct('network.IPAM', {
      Driver: 'default',
      Options: null,
      Config: bridge
        ? [goStruct('network.IPAMConfig', { Subnet: '172.17.0.0/16', Gateway: '172.17.0.1' })]
        : [],
    }),
    Internal: false,
    Attachable: false,
    Ingress: false,
    ConfigFrom: goStruct('network.ConfigReference', { Network: '' }),
    ConfigOnly: false,
    Containers: containers,
    Options: bridge ? BRIDGE_OPTIONS : {},
    Labels: {},
  });
}
