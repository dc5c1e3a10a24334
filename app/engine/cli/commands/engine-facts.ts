/**
 * The Docker installation every simulated host runs: Docker Engine - Community 28.5.1 from
 * Docker's apt repository on Debian 13, overlay2 on ext4, cgroup v2 with the systemd
 * driver. One place for the numbers `docker version` and `docker info` print, taken from
 * real 28.5.1 installations so that they agree with each other and with the CLI's
 * `docker --version`.
 */
import { sha256Hex } from '../../fs/digest';

export const ENGINE = {
  platform: 'Docker Engine - Community',
  version: '28.5.1',
  apiVersion: '1.51',
  minApiVersion: '1.24',
  goVersion: 'go1.24.8',
  clientCommit: 'e180ab8',
  serverCommit: 'f8215cc',
  built: 'Wed Oct  8 12:18:19 2025',
  /** The server reports its build time in RFC 3339 with nanoseconds. */
  buildTime: '2025-10-08T12:18:19.000000000+00:00',
  containerd: { version: 'v1.7.28', commit: 'b98a3aace656320842a23f4a392a33f46af97866' },
  runc: { version: '1.3.0', commit: 'v1.3.0-0-g4ca628d1' },
  init: { version: '0.19.0', commit: 'de40ad0' },
  buildx: 'v0.29.1',
  compose: 'v2.40.0',
} as const;

/** The machine under the engine (the same kind of machine for every host). */
export const MACHINE = {
  kernel: '6.12.48+deb13-amd64',
  operatingSystem: 'Debian GNU/Linux 13 (trixie)',
  osVersion: '13',
  cpus: 4,
  memTotal: 16_760_000_000,
  rootDir: '/var/lib/docker',
} as const;

/** The daemon ID, a UUID in Docker 23 and later; stable per host name. */
export function daemonId(hostName: string): string {
  const hex = sha256Hex(`daemon-id:${hostName}`);
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
