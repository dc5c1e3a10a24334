/**
 * `docker inspect` of a container, field for field in the daemon's order (Go structs keep
 * their field order; maps are sorted). GraphDriver shows the union filesystem for real: the
 * image's layer directories as LowerDir (shared by every container of the image, since each
 * is named after the layer's chain id), and the container's own UpperDir, where its writes go.
 */
import { chainIds, sha256Hex } from '../fs/digest';
import { goNilMap, goNilSlice, goStruct } from '../cli/format/go-value';
import { healthConfigStruct } from '../cli/format/health-config';
import type { Container, ContainerHealth, Mount } from '../host/containers';
import type { HostState } from '../host/state';
import { rfc3339Nano } from '../cli/format/go-time';
import { isRunning } from './transitions';
import { containerSize } from './changes';
import { pidFor } from './start';
import { publishedPorts, exposedPorts } from './ports';
import { volumeMountpoint } from './volumes';
import { containerHealthcheck } from './healthcheck';
import { hostConfigTmpfs, hostConfigTmpfsMounts, listedInMounts } from './tmpfs';

export const DATA_ROOT = '/var/lib/docker';
const ZERO_TIME = '0001-01-01T00:00:00Z';

/** overlay2's directory for a layer: named after its chain id, so images sharing a layer share it. */
export function layerDir(chainId: string): string {
  return `${DATA_ROOT}/overlay2/${sha256Hex(`overlay2:${chainId}`)}`;
}

export function graphDriver(host: HostState, c: Container) {
  const image = host.images[c.image];
  const chain = chainIds(image?.diffIds ?? []);
  const own = `${DATA_ROOT}/overlay2/${sha256Hex(`overlay2:container:${c.id}`)}`;
  const lowers = [`${own}-init/diff`, ...[...chain].reverse().map((id) => `${layerDir(id)}/diff`)];
  return goStruct('types.GraphDriverData', {
    Data: {
      LowerDir: lowers.join(':'),
      MergedDir: `${own}/merged`,
      UpperDir: `${own}/diff`,
      WorkDir: `${own}/work`,
    },
    Name: 'overlay2',
  });
}

function sizeFields(host: HostState, c: Container) {
  const { rw, rootFs } = containerSize(host, c);
  return { SizeRw: rw, SizeRootFs: rootFs };
}

/** State.Health: types.Health, its Log the last five probe results (oldest first). */
function healthStruct(health: ContainerHealth | undefined) {
  if (!health) return null;
  return goStruct('types.Health', {
    Status: health.status,
    FailingStreak: health.failingStreak,
    Log: health.log.map((r) =>
      goStruct('types.HealthcheckResult', {
        Start: rfc3339Nano(r.start),
        End: rfc3339Nano(r.end),
        ExitCode: r.exitCode,
        Output: r.output,
      }),
    ),
  });
}

function time(ms: number): string {
  return ms > 0 ? rfc3339Nano(ms) : ZERO_TIME;
}

export function mountPoint(m: Mount) {
  if (m.type === 'bind') {
    return goStruct('types.MountPoint', {
      Type: 'bind',
      Source: m.source,
      Destination: m.destination,
      Mode: m.mode ?? '',
      RW: !m.readOnly,
      Propagation: 'rprivate',
    });
  }
  if (m.type === 'tmpfs') {
    return goStruct('types.MountPoint', {
      Type: 'tmpfs',
      Source: '',
      Destination: m.destination,
      Mode: '',
      RW: !m.readOnly,
      Propagation: '',
    });
  }
  return goStruct('types.MountPoint', {
    Type: 'volume',
    Name: m.source,
    Source: volumeMountpoint(m.source),
    Destination: m.destination,
    Driver: 'local',
    Mode: m.mode ?? '',
    RW: !m.readOnly,
    Propagation: '',
  });
}

function hostConfig(c: Container) {
  const binds = c.mounts
    .filter((m) => m.type === 'bind' || (m.type === 'volume' && !m.anonymous))
    .map((m) => `${m.source}:${m.destination}${m.readOnly ? ':ro' : ''}`);
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const p of publishedPorts(c)) {
    const key = `${p.privatePort}/${p.type}`;
    const list = bindings[key] ?? [];
    if (p.ip === '0.0.0.0' || p.ip === '')
      list.push({ HostIp: '', HostPort: String(p.publicPort) });
    bindings[key] = list;
  }
  // HostConfig.Mounts: only `--mount type=tmpfs` is kept (volume and bind `--mount`s not yet).
  const tmpfsMounts = hostConfigTmpfsMounts(c);
  const fields = {
    Binds: binds.length ? binds : null,
    ContainerIDFile: '',
    LogConfig: goStruct('container.LogConfig', { Type: 'json-file', Config: {} }),
    NetworkMode: c.network ?? 'bridge',
    PortBindings: bindings,
    RestartPolicy: goStruct('container.RestartPolicy', {
      Name: (c.restartPolicy ?? 'no').split(':')[0],
      MaximumRetryCount: Number((c.restartPolicy ?? '').split(':')[1] ?? 0),
    }),
    AutoRemove: c.autoRemove,
    VolumeDriver: '',
    VolumesFrom: null,
    ConsoleSize: [0, 0],
    CapAdd: null,
    CapDrop: null,
    CgroupnsMode: 'private',
    Dns: [],
    DnsOptions: [],
    DnsSearch: [],
    ExtraHosts: null,
    GroupAdd: c.groupAdd?.length ? [...c.groupAdd] : null,
    IpcMode: 'private',
    Cgroup: '',
    Links: null,
    OomScoreAdj: 0,
    PidMode: '',
    Privileged: false,
    PublishAllPorts: false,
    ReadonlyRootfs: c.readOnlyRoot === true,
    SecurityOpt: null,
    Tmpfs: hostConfigTmpfs(c) ?? goNilMap(),
    UTSMode: '',
    UsernsMode: '',
    ShmSize: 67108864,
    Runtime: 'runc',
    Isolation: '',
    CpuShares: 0,
    Memory: 0,
    NanoCpus: 0,
    CgroupParent: '',
    BlkioWeight: 0,
    BlkioWeightDevice: [],
    BlkioDeviceReadBps: [],
    BlkioDeviceWriteBps: [],
    BlkioDeviceReadIOps: [],
    BlkioDeviceWriteIOps: [],
    CpuPeriod: 0,
    CpuQuota: 0,
    CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0,
    CpusetCpus: '',
    CpusetMems: '',
    Devices: [],
    DeviceCgroupRules: null,
    DeviceRequests: null,
    MemoryReservation: 0,
    MemorySwap: 0,
    MemorySwappiness: null,
    OomKillDisable: null,
    PidsLimit: null,
    Ulimits: [],
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
    Mounts: tmpfsMounts.length ? tmpfsMounts : goNilSlice(),
    MaskedPaths: [
      '/proc/asound',
      '/proc/acpi',
      '/proc/interrupts',
      '/proc/kcore',
      '/proc/keys',
      '/proc/latency_stats',
      '/proc/timer_list',
      '/proc/timer_stats',
      '/proc/sched_debug',
      '/proc/scsi',
      '/sys/firmware',
      '/sys/devices/virtual/powercap',
    ],
    ReadonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
    ...(c.init ? { Init: true } : {}),
  };
  // Maps and slices the daemon tags omitempty: left out of JSON when empty.
  return goStruct('container.HostConfig', fields, { omitEmpty: ['Tmpfs', 'Mounts'] });
}

function config(host: HostState, c: Container) {
  const image = host.images[c.image];
  const exposed = exposedPorts(host, c);
  const volumes = image?.config.Volumes;
  return goStruct(
    'container.Config',
    {
      Hostname: c.hostname,
      Domainname: '',
      User: c.user,
      AttachStdin: c.openStdin === true && c.tty === true,
      AttachStdout: c.tty === true,
      AttachStderr: c.tty === true,
      // omitempty in JSON, yet a template still reads a nil map: `{{.Config.ExposedPorts}}` is map[].
      ExposedPorts: exposed.length ? Object.fromEntries(exposed.map((p) => [p, {}])) : goNilMap(),
      Tty: c.tty === true,
      OpenStdin: c.openStdin === true,
      StdinOnce: c.openStdin === true && c.tty === true,
      // Nil slices and maps: JSON null, yet templates print [] and map[] (typed nils in Go).
      Env: c.env.length ? c.env : goNilSlice(),
      Cmd: c.cmd && c.cmd.length ? c.cmd : goNilSlice(),
      // The image's HEALTHCHECK merged with --health-* flags, as the daemon stores it.
      Healthcheck: healthConfigStruct(containerHealthcheck(host, c)) ?? null,
      Image: c.imageRef,
      Volumes: volumes && Object.keys(volumes).length ? volumes : goNilMap(),
      WorkingDir: c.workingDir,
      Entrypoint: c.entrypoint && c.entrypoint.length ? c.entrypoint : goNilSlice(),
      OnBuild: goNilSlice(),
      Labels: c.labels,
      ...(c.stopSignal || image?.config.StopSignal
        ? { StopSignal: c.stopSignal ?? image?.config.StopSignal }
        : {}),
    },
    { omitEmpty: ['ExposedPorts', 'Healthcheck'] },
  );
}

function networkSettings(host: HostState, c: Container) {
  const running = isRunning(c);
  const network = c.network ?? 'bridge';
  const hex = (what: string) => sha256Hex(`${what}:${c.id}`);
  const bridge = network === 'bridge';
  const ip = running && bridge ? (c.ip ?? '') : '';
  const mac = ip
    ? `02:42:ac:11:00:${Number(ip.split('.')[3] ?? 2)
        .toString(16)
        .padStart(2, '0')}`
    : '';
  const ports: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
  if (running && bridge) {
    for (const p of exposedPorts(host, c)) ports[p] = null;
    for (const p of publishedPorts(c)) {
      const key = `${p.privatePort}/${p.type}`;
      ports[key] = [...(ports[key] ?? []), { HostIp: p.ip, HostPort: String(p.publicPort) }];
    }
  }
  const endpoint = running ? hex('endpoint') : '';
  const gateway = ip ? '172.17.0.1' : '';
  return goStruct('types.NetworkSettings', {
    Bridge: '',
    SandboxID: running ? hex('sandbox') : '',
    SandboxKey: running ? `/var/run/docker/netns/${hex('sandbox').slice(0, 12)}` : '',
    Ports: ports,
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
    SecondaryIPAddresses: null,
    SecondaryIPv6Addresses: null,
    EndpointID: bridge ? endpoint : '',
    Gateway: gateway,
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    IPAddress: ip,
    IPPrefixLen: ip ? 16 : 0,
    IPv6Gateway: '',
    MacAddress: mac,
    Networks: {
      [network]: goStruct('network.EndpointSettings', {
        IPAMConfig: null,
        Links: null,
        Aliases: null,
        MacAddress: mac,
        DriverOpts: null,
        GwPriority: 0,
        NetworkID: sha256Hex(`network:${network}`),
        EndpointID: endpoint,
        Gateway: gateway,
        IPAddress: ip,
        IPPrefixLen: ip ? 16 : 0,
        IPv6Gateway: '',
        GlobalIPv6Address: '',
        GlobalIPv6PrefixLen: 0,
        DNSNames: null,
      }),
    },
  });
}

/** The object `docker inspect` prints for a container (and templates read); `size` adds -s's fields. */
export function inspectContainer(host: HostState, c: Container, size = false) {
  const running = isRunning(c);
  const dir = `${DATA_ROOT}/containers/${c.id}`;
  const neverStarted = c.startedAt === 0;
  return goStruct(
    'types.ContainerJSON',
    {
      Id: c.id,
      Created: rfc3339Nano(c.created),
      Path: c.path,
      Args: c.args,
      State: goStruct(
        'types.ContainerState',
        {
          Status: c.status,
          Running: running,
          Paused: c.status === 'paused',
          Restarting: false,
          OOMKilled: false,
          Dead: c.status === 'dead',
          Pid: running ? pidFor(c) : 0,
          ExitCode: c.exitCode,
          Error: c.error ?? '',
          StartedAt: neverStarted ? ZERO_TIME : time(c.startedAt),
          FinishedAt: running || c.finishedAt === 0 ? ZERO_TIME : time(c.finishedAt),
          // A nil pointer without a health check: left out of JSON, `<nil>` in `{{.State}}`.
          Health: healthStruct(c.health),
        },
        { omitEmpty: ['Health'] },
      ),
      Image: c.image,
      ResolvConfPath: `${dir}/resolv.conf`,
      HostnamePath: `${dir}/hostname`,
      HostsPath: `${dir}/hosts`,
      LogPath: `${dir}/${c.id}-json.log`,
      Name: `/${c.name}`,
      RestartCount: c.restartCount,
      Driver: 'overlay2',
      Platform: 'linux',
      MountLabel: '',
      ProcessLabel: '',
      AppArmorProfile: '',
      ExecIDs: null,
      HostConfig: hostConfig(c),
      GraphDriver: graphDriver(host, c),
      // Without -s these are nil pointers: left out of the JSON, `<nil>` in a template.
      ...(size ? sizeFields(host, c) : { SizeRw: null, SizeRootFs: null }),
      Mounts: c.mounts.filter(listedInMounts).map(mountPoint),
      Config: config(host, c),
      NetworkSettings: networkSettings(host, c),
    },
    size ? {} : { omitEmpty: ['SizeRw', 'SizeRootFs'] },
  );
}
