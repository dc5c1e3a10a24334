/**
 * The flags of `docker run` and `docker create` (the same list, less what only makes sense
 * for run: -d, --detach-keys, --sig-proxy), as Docker 28's --help lists them. Most are
 * accepted and have no effect in the simulation; the ones it models are read in run.ts.
 */
import type { FlagSpec } from '../../args/spec';

const FLAGS: readonly FlagSpec[] = [
  { long: 'add-host', type: 'stringArray', help: 'Add a custom host-to-IP mapping (host:ip)' },
  { long: 'attach', short: 'a', type: 'stringArray', help: 'Attach to STDIN, STDOUT or STDERR' },
  {
    long: 'blkio-weight',
    type: 'string',
    valueName: 'uint16',
    help: 'Block IO (relative weight), between 10 and 1000, or 0 to disable',
    defaultText: '0',
  },
  {
    long: 'blkio-weight-device',
    type: 'stringArray',
    help: 'Block IO weight (relative device weight)',
    defaultText: '[]',
  },
  { long: 'cap-add', type: 'stringArray', help: 'Add Linux capabilities' },
  { long: 'cap-drop', type: 'stringArray', help: 'Drop Linux capabilities' },
  { long: 'cgroup-parent', type: 'string', help: 'Optional parent cgroup for the container' },
  {
    long: 'cgroupns',
    type: 'string',
    help: "Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)",
  },
  { long: 'cidfile', type: 'string', help: 'Write the container ID to the file' },
  { long: 'cpu-period', type: 'int', help: 'Limit CPU CFS (Completely Fair Scheduler) period' },
  { long: 'cpu-quota', type: 'int', help: 'Limit CPU CFS (Completely Fair Scheduler) quota' },
  { long: 'cpu-rt-period', type: 'int', help: 'Limit CPU real-time period in microseconds' },
  { long: 'cpu-rt-runtime', type: 'int', help: 'Limit CPU real-time runtime in microseconds' },
  { long: 'cpu-shares', short: 'c', type: 'int', help: 'CPU shares (relative weight)' },
  { long: 'cpus', type: 'string', valueName: 'decimal', help: 'Number of CPUs' },
  { long: 'cpuset-cpus', type: 'string', help: 'CPUs in which to allow execution (0-3, 0,1)' },
  { long: 'cpuset-mems', type: 'string', help: 'MEMs in which to allow execution (0-3, 0,1)' },
  {
    long: 'detach',
    short: 'd',
    type: 'bool',
    help: 'Run container in background and print container ID',
  },
  {
    long: 'detach-keys',
    type: 'string',
    help: 'Override the key sequence for detaching a container',
  },
  { long: 'device', type: 'stringArray', help: 'Add a host device to the container' },
  {
    long: 'device-cgroup-rule',
    type: 'stringArray',
    help: 'Add a rule to the cgroup allowed devices list',
  },
  {
    long: 'device-read-bps',
    type: 'stringArray',
    help: 'Limit read rate (bytes per second) from a device',
    defaultText: '[]',
  },
  {
    long: 'device-read-iops',
    type: 'stringArray',
    help: 'Limit read rate (IO per second) from a device',
    defaultText: '[]',
  },
  {
    long: 'device-write-bps',
    type: 'stringArray',
    help: 'Limit write rate (bytes per second) to a device',
    defaultText: '[]',
  },
  {
    long: 'device-write-iops',
    type: 'stringArray',
    help: 'Limit write rate (IO per second) to a device',
    defaultText: '[]',
  },
  { long: 'disable-content-trust', type: 'bool', help: 'Skip image verification', default: true },
  { long: 'dns', type: 'stringArray', help: 'Set custom DNS servers' },
  { long: 'dns-option', type: 'stringArray', help: 'Set DNS options' },
  { long: 'dns-search', type: 'stringArray', help: 'Set custom DNS search domains' },
  { long: 'domainname', type: 'string', help: 'Container NIS domain name' },
  { long: 'entrypoint', type: 'string', help: 'Overwrite the default ENTRYPOINT of the image' },
  { long: 'env', short: 'e', type: 'stringArray', help: 'Set environment variables' },
  { long: 'env-file', type: 'stringArray', help: 'Read in a file of environment variables' },
  { long: 'expose', type: 'stringArray', help: 'Expose a port or a range of ports' },
  {
    long: 'gpus',
    type: 'string',
    valueName: 'gpu-request',
    help: "GPU devices to add to the container ('all' to pass all GPUs)",
  },
  { long: 'group-add', type: 'stringArray', help: 'Add additional groups to join' },
  { long: 'health-cmd', type: 'string', help: 'Command to run to check health' },
  {
    long: 'health-interval',
    type: 'duration',
    help: 'Time between running the check (ms|s|m|h)',
    defaultText: '0s',
  },
  { long: 'health-retries', type: 'int', help: 'Consecutive failures needed to report unhealthy' },
  {
    long: 'health-start-period',
    type: 'duration',
    help: 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h)',
    defaultText: '0s',
  },
  {
    long: 'health-timeout',
    type: 'duration',
    help: 'Maximum time to allow one check to run (ms|s|m|h)',
    defaultText: '0s',
  },
  { long: 'hostname', short: 'h', type: 'string', help: 'Container host name' },
  {
    long: 'init',
    type: 'bool',
    help: 'Run an init inside the container that forwards signals and reaps processes',
  },
  { long: 'interactive', short: 'i', type: 'bool', help: 'Keep STDIN open even if not attached' },
  { long: 'ip', type: 'string', help: 'IPv4 address (e.g., 172.30.100.104)' },
  { long: 'ip6', type: 'string', help: 'IPv6 address (e.g., 2001:db8::33)' },
  { long: 'ipc', type: 'string', help: 'IPC mode to use' },
  { long: 'isolation', type: 'string', help: 'Container isolation technology' },
  { long: 'kernel-memory', type: 'string', valueName: 'bytes', help: 'Kernel memory limit' },
  { long: 'label', short: 'l', type: 'stringArray', help: 'Set meta data on a container' },
  { long: 'label-file', type: 'stringArray', help: 'Read in a line delimited file of labels' },
  { long: 'link', type: 'stringArray', help: 'Add link to another container' },
  { long: 'link-local-ip', type: 'stringArray', help: 'Container IPv4/IPv6 link-local addresses' },
  { long: 'log-driver', type: 'string', help: 'Logging driver for the container' },
  { long: 'log-opt', type: 'stringArray', help: 'Log driver options' },
  { long: 'mac-address', type: 'string', help: 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' },
  { long: 'memory', short: 'm', type: 'string', valueName: 'bytes', help: 'Memory limit' },
  { long: 'memory-reservation', type: 'string', valueName: 'bytes', help: 'Memory soft limit' },
  {
    long: 'memory-swap',
    type: 'string',
    valueName: 'bytes',
    help: "Swap limit equal to memory plus swap: '-1' to enable unlimited swap",
  },
  {
    long: 'memory-swappiness',
    type: 'int',
    help: 'Tune container memory swappiness (0 to 100)',
    default: -1,
  },
  {
    long: 'mount',
    type: 'stringArray',
    valueName: 'mount',
    help: 'Attach a filesystem mount to the container',
  },
  { long: 'name', type: 'string', help: 'Assign a name to the container' },
  {
    long: 'network',
    type: 'string',
    valueName: 'network',
    help: 'Connect a container to a network',
  },
  {
    long: 'network-alias',
    type: 'stringArray',
    help: 'Add network-scoped alias for the container',
  },
  { long: 'no-healthcheck', type: 'bool', help: 'Disable any container-specified HEALTHCHECK' },
  { long: 'oom-kill-disable', type: 'bool', help: 'Disable OOM Killer' },
  { long: 'oom-score-adj', type: 'int', help: "Tune host's OOM preferences (-1000 to 1000)" },
  { long: 'pid', type: 'string', help: 'PID namespace to use' },
  { long: 'pids-limit', type: 'int', help: 'Tune container pids limit (set -1 for unlimited)' },
  { long: 'platform', type: 'string', help: 'Set platform if server is multi-platform capable' },
  { long: 'privileged', type: 'bool', help: 'Give extended privileges to this container' },
  {
    long: 'publish',
    short: 'p',
    type: 'stringArray',
    help: "Publish a container's port(s) to the host",
  },
  {
    long: 'publish-all',
    short: 'P',
    type: 'bool',
    help: 'Publish all exposed ports to random ports',
  },
  {
    long: 'pull',
    type: 'string',
    help: 'Pull image before running ("always", "missing", "never")',
    default: 'missing',
  },
  { long: 'quiet', short: 'q', type: 'bool', help: 'Suppress the pull output' },
  { long: 'read-only', type: 'bool', help: "Mount the container's root filesystem as read only" },
  {
    long: 'restart',
    type: 'string',
    help: 'Restart policy to apply when a container exits',
    default: 'no',
  },
  {
    long: 'rm',
    type: 'bool',
    help: 'Automatically remove the container and its associated anonymous volumes when it exits',
  },
  { long: 'runtime', type: 'string', help: 'Runtime to use for this container' },
  { long: 'security-opt', type: 'stringArray', help: 'Security Options' },
  { long: 'shm-size', type: 'string', valueName: 'bytes', help: 'Size of /dev/shm' },
  { long: 'sig-proxy', type: 'bool', help: 'Proxy received signals to the process', default: true },
  { long: 'stop-signal', type: 'string', help: 'Signal to stop the container' },
  { long: 'stop-timeout', type: 'int', help: 'Timeout (in seconds) to stop a container' },
  { long: 'storage-opt', type: 'stringArray', help: 'Storage driver options for the container' },
  {
    long: 'sysctl',
    type: 'string',
    valueName: 'map',
    help: 'Sysctl options',
    defaultText: 'map[]',
  },
  { long: 'tmpfs', type: 'stringArray', help: 'Mount a tmpfs directory' },
  { long: 'tty', short: 't', type: 'bool', help: 'Allocate a pseudo-TTY' },
  {
    long: 'ulimit',
    type: 'stringArray',
    valueName: 'ulimit',
    help: 'Ulimit options',
    defaultText: '[]',
  },
  { long: 'use-api-socket', type: 'bool', help: 'Bind mount Docker API socket and required auth' },
  {
    long: 'user',
    short: 'u',
    type: 'string',
    help: 'Username or UID (format: <name|uid>[:<group|gid>])',
  },
  { long: 'userns', type: 'string', help: 'User namespace to use' },
  { long: 'uts', type: 'string', help: 'UTS namespace to use' },
  { long: 'volume', short: 'v', type: 'stringArray', help: 'Bind mount a volume' },
  { long: 'volume-driver', type: 'string', help: 'Optional volume driver for the container' },
  {
    long: 'volumes-from',
    type: 'stringArray',
    help: 'Mount volumes from the specified container(s)',
  },
  { long: 'workdir', short: 'w', type: 'string', help: 'Working directory inside the container' },
];

/** go-units RAMInBytes: `512m`, `1g`, `1024`. */
function validBytes(value: string): string | null {
  return /^\d+(\.\d+)?\s*([kmgtp]i?)?b?$/i.test(value) ? null : `invalid size: '${value}'`;
}

/** opts.ValidateEnv: a variable needs a name (`-e =x` is refused, `-e X=` is not). */
function validEnv(value: string): string | null {
  return value.split('=')[0] === '' ? `invalid environment variable: ${value}` : null;
}

export const RUN_FLAGS: readonly FlagSpec[] = FLAGS.map((f) =>
  f.valueName === 'bytes'
    ? { ...f, validate: validBytes }
    : f.long === 'env'
      ? { ...f, validate: validEnv }
      : f,
);

const RUN_ONLY = new Set(['detach', 'detach-keys', 'sig-proxy']);

/** create's --pull text differs from run's, down to a stray "|" in Docker's source. */
const CREATE_PULL_HELP = 'Pull image before creating ("always", "|missing", "never")';

export const CREATE_FLAGS: readonly FlagSpec[] = RUN_FLAGS.filter((f) => !RUN_ONLY.has(f.long)).map(
  (f) => (f.long === 'pull' ? { ...f, help: CREATE_PULL_HELP } : f),
);
