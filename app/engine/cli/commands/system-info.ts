/**
 * `docker info` / `docker system info`: the client, and the daemon of the current host with
 * its counts of containers and images, in Docker 28's layout, or a Go template over the
 * same data (`{{.Driver}}`, `{{.Containers}}`).
 */
import type { HostState } from '../../host/state';
import { settleContainers } from '../../runtime/transitions';
import type { DockerContext } from '../command';
import { goStruct } from '../format/go-value';
import { rfc3339Nano } from '../format/go-time';
import { goJson } from '../format/json';
import { renderTemplate } from '../format/template';
import { bytesSize } from '../format/units';
import type { ParsedArgs } from '../parsed';
import { commandPair } from './command-pair';
import { FORMAT_JSON_HELP } from './image-common';
import { daemonId, ENGINE, MACHINE } from './engine-facts';

const PLUGINS = {
  Volume: ['local'],
  Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'],
  Authorization: null,
  Log: [
    'awslogs',
    'fluentd',
    'gcplogs',
    'gelf',
    'journald',
    'json-file',
    'local',
    'splunk',
    'syslog',
  ],
};

function counts(host: HostState) {
  const containers = Object.values(host.containers);
  const running = containers.filter(
    (c) => c.status === 'running' || c.status === 'restarting',
  ).length;
  const paused = containers.filter((c) => c.status === 'paused').length;
  return {
    total: containers.length,
    running,
    paused,
    stopped: containers.length - running - paused,
    images: Object.keys(host.images).length,
  };
}

/** The daemon's Info as templates see it (the fields people use, in docker's order). */
export function infoData(host: HostState, now: number) {
  const n = counts(host);
  return goStruct('system.dockerInfo', {
    ID: daemonId(host.name),
    Containers: n.total,
    ContainersRunning: n.running,
    ContainersPaused: n.paused,
    ContainersStopped: n.stopped,
    Images: n.images,
    Driver: 'overlay2',
    DriverStatus: [
      ['Backing Filesystem', 'extfs'],
      ['Supports d_type', 'true'],
      ['Using metacopy', 'false'],
      ['Native Overlay Diff', 'true'],
      ['userxattr', 'false'],
    ],
    Plugins: goStruct('system.PluginsInfo', PLUGINS),
    MemoryLimit: true,
    SwapLimit: true,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    IPv4Forwarding: true,
    Debug: false,
    NFd: 24 + n.running * 4,
    OomKillDisable: false,
    NGoroutines: 40 + n.running * 9,
    SystemTime: rfc3339Nano(now),
    LoggingDriver: 'json-file',
    CgroupDriver: 'systemd',
    CgroupVersion: '2',
    NEventsListener: 0,
    KernelVersion: MACHINE.kernel,
    OperatingSystem: MACHINE.operatingSystem,
    OSVersion: MACHINE.osVersion,
    OSType: 'linux',
    Architecture: 'x86_64',
    IndexServerAddress: 'https://index.docker.io/v1/',
    NCPU: MACHINE.cpus,
    MemTotal: MACHINE.memTotal,
    DockerRootDir: MACHINE.rootDir,
    HttpProxy: '',
    HttpsProxy: '',
    NoProxy: '',
    Name: host.name,
    Labels: [],
    ExperimentalBuild: false,
    ServerVersion: ENGINE.version,
    DefaultRuntime: 'runc',
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: 'docker-init',
    ContainerdCommit: goStruct('system.Commit', { ID: ENGINE.containerd.commit }),
    RuncCommit: goStruct('system.Commit', { ID: ENGINE.runc.commit }),
    InitCommit: goStruct('system.Commit', { ID: ENGINE.init.commit }),
    SecurityOptions: ['name=apparmor', 'name=seccomp,profile=builtin', 'name=cgroupns'],
    CDISpecDirs: ['/etc/cdi', '/var/run/cdi'],
    Warnings: null,
    ClientInfo: goStruct('clientInfo', {
      Debug: false,
      Version: ENGINE.version,
      GitCommit: ENGINE.clientCommit,
      GoVersion: ENGINE.goVersion,
      Os: 'linux',
      Arch: 'amd64',
      BuildTime: ENGINE.built,
      Context: 'default',
      Plugins: [],
      Warnings: null,
    }),
  });
}

function defaultText(host: HostState): string {
  const n = counts(host);
  return [
    `Client: ${ENGINE.platform}`,
    ` Version:    ${ENGINE.version}`,
    ' Context:    default',
    ' Debug Mode: false',
    ' Plugins:',
    '  buildx: Docker Buildx (Docker Inc.)',
    `    Version:  ${ENGINE.buildx}`,
    '    Path:     /usr/libexec/docker/cli-plugins/docker-buildx',
    '  compose: Docker Compose (Docker Inc.)',
    `    Version:  ${ENGINE.compose}`,
    '    Path:     /usr/libexec/docker/cli-plugins/docker-compose',
    '',
    'Server:',
    ` Containers: ${n.total}`,
    `  Running: ${n.running}`,
    `  Paused: ${n.paused}`,
    `  Stopped: ${n.stopped}`,
    ` Images: ${n.images}`,
    ` Server Version: ${ENGINE.version}`,
    ' Storage Driver: overlay2',
    '  Backing Filesystem: extfs',
    '  Supports d_type: true',
    '  Using metacopy: false',
    '  Native Overlay Diff: true',
    '  userxattr: false',
    ' Logging Driver: json-file',
    ' Cgroup Driver: systemd',
    ' Cgroup Version: 2',
    ' Plugins:',
    `  Volume: ${PLUGINS.Volume.join(' ')}`,
    `  Network: ${PLUGINS.Network.join(' ')}`,
    `  Log: ${PLUGINS.Log.join(' ')}`,
    ' CDI spec directories:',
    '  /etc/cdi',
    '  /var/run/cdi',
    ' Swarm: inactive',
    ' Runtimes: io.containerd.runc.v2 runc',
    ' Default Runtime: runc',
    ' Init Binary: docker-init',
    ` containerd version: ${ENGINE.containerd.commit}`,
    ` runc version: ${ENGINE.runc.commit}`,
    ` init version: ${ENGINE.init.commit}`,
    ' Security Options:',
    '  apparmor',
    '  seccomp',
    '   Profile: builtin',
    '  cgroupns',
    ` Kernel Version: ${MACHINE.kernel}`,
    ` Operating System: ${MACHINE.operatingSystem}`,
    ' OSType: linux',
    ' Architecture: x86_64',
    ` CPUs: ${MACHINE.cpus}`,
    ` Total Memory: ${bytesSize(MACHINE.memTotal)}`,
    ` Name: ${host.name}`,
    ` ID: ${daemonId(host.name)}`,
    ` Docker Root Dir: ${MACHINE.rootDir}`,
    ' Debug Mode: false',
    ' Experimental: false',
    ' Insecure Registries:',
    '  ::1/128',
    '  127.0.0.0/8',
    ' Live Restore Enabled: false',
    '',
    '',
  ].join('\n');
}

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  settleContainers(ctx.rt, ctx.now());
  const host = ctx.rt.host;
  const format = parsed.flags.string('format');
  if (!format) {
    ctx.out(defaultText(host));
    return 0;
  }
  const data = infoData(host, ctx.now());
  if (format === 'json') {
    const json = goJson(data, { escapeHtml: false });
    ctx.out(`${json.ok ? json.text : ''}\n`);
    return 0;
  }
  const result = renderTemplate(format, data);
  if (result.ok) {
    ctx.out(`${result.text}\n`);
    return 0;
  }
  if (result.error.includes('executing')) {
    ctx.out(`${result.partial}\n`);
    ctx.err(`${result.error}\n`);
    return 1;
  }
  ctx.err(`template parsing error: ${result.error}\n`);
  return 64;
}

export const [systemInfoCommand, infoCommand] = commandPair({
  group: 'system',
  top: 'info',
  sub: 'info',
  usage: '[OPTIONS]',
  short: 'Display system-wide information',
  maxArgs: 0,
  flags: [{ long: 'format', short: 'f', type: 'string', help: FORMAT_JSON_HELP }],
  run,
});
