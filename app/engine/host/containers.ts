/** Containers and volumes as a host stores them. */
import type { HealthcheckConfig } from '../catalog/types';
import type { Digest } from '../fs/digest';
import type { DirNode } from '../fs/node';
import type { ProcessTree, StopLogLine } from '../shell/program';

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead';

export interface Mount {
  type: 'volume' | 'bind' | 'tmpfs';
  /** Volume name, or host path for a bind mount. */
  source: string;
  destination: string;
  readOnly: boolean;
  /** An anonymous volume (from `-v /path` or the image's VOLUME): removed by `rm -v` and `--rm`. */
  anonymous?: boolean;
  /** Inspect's Mounts[].Mode: "z" for `-v name:/path`, "" otherwise. */
  mode?: string;
  /** tmpfs from `--tmpfs PATH:OPTIONS`: the options as typed (HostConfig.Tmpfs). */
  tmpfsOptions?: string;
  /** tmpfs from `--mount type=tmpfs` (listed in Mounts, HostConfig.Mounts): size and mode. */
  tmpfsMount?: { sizeBytes?: number; mode?: number };
  /** A tmpfs's files while the container runs (memory: not in diff or commit; start empties it). */
  tree?: DirNode;
}

export interface Container {
  id: string;
  name: string;
  /** The image id the container was created from, and the reference the user typed. */
  image: Digest;
  imageRef: string;
  /** The thin writable layer: everything this container changed. */
  upper: DirNode;
  status: ContainerStatus;
  exitCode: number;
  /** The main process: entrypoint + cmd as Docker combines them. */
  path: string;
  args: string[];
  env: string[];
  workingDir: string;
  user: string;
  created: number;
  startedAt: number;
  finishedAt: number;
  mounts: Mount[];
  logs: { stream: 'stdout' | 'stderr'; text: string; time: number }[];
  autoRemove: boolean;
  ports: string[];
  labels: Record<string, string>;
  hostname: string;
  restartCount: number;
  /** Whether the main process keeps running (a server, sleep) or exits at once. */
  longRunning: boolean;
  /** Whether the main process ignores SIGTERM (PID 1 without handlers: sleep, sh). */
  ignoresSigterm: boolean;
  // Optional fields added by the runtime (app/engine/runtime); older states lack them.
  /** Config.Cmd and Config.Entrypoint as inspect shows them (path/args are their combination). */
  cmd?: string[];
  entrypoint?: string[];
  /** `-t` and `-i`. */
  tty?: boolean;
  openStdin?: boolean;
  /** State.Error: why the last start failed (an executable not found...). */
  error?: string;
  /** State.Pid while running. */
  pid?: number;
  /** A main that ends by itself after a while (`sleep 30`): when, and with which status. */
  exitsAt?: number;
  exitCodeAtEnd?: number;
  /** The status the main exits with after the stop signal when it does not ignore it (0 for nginx's graceful quit, 143 for death by SIGTERM). */
  termExitCode?: number;
  /** How long the main takes to exit after the stop signal, in ms (a shell loop finishes its `sleep 1`). */
  termDelayMs?: number;
  /** Other signals the main ends on gracefully (Apache's SIGWINCH), with `termExitCode`. */
  gracefulSignals?: readonly number[];
  /** What the main prints while a signal stops it gracefully (puma, Kestrel, Apache). */
  stopLog?: readonly StopLogLine[];
  /** The main server's process tree (titles, workers) and PID 1's user, as started. */
  processes?: { tree: ProcessTree; user: { name: string; uid: number } };
  /**
   * Who the main process runs as, uids named by the container's /etc/passwd: `start`, the user
   * it was started as (--user, USER: PID 1 and the wrappers above the program), and `main`,
   * the one the program that keeps running ended up as (an entrypoint's `exec su-exec app`,
   * gosu or su switch before exec'ing it). Set at each start.
   */
  runAs?: { start: { name: string; uid: number }; main: { name: string; uid: number } };
  /**
   * The image's entrypoint scripts (argv[0] as the command line names them) that exec their
   * arguments, read from its files at start: their command takes their pid (ps, docker top).
   */
  handOverScripts?: string[];
  /**
   * What /bin/sh was when the main started (BusyBox's ash, dash, bash), read from the
   * container's files: whether a `sh -c` main stayed above its command. Absent when the
   * files could not tell (runtime/image-shell.ts then guesses from the image's name).
   */
  shell?: 'ash' | 'dash' | 'bash';
  /** `--stop-signal`, `--stop-timeout` (seconds), `--init`, `--network`, `--restart`. */
  stopSignal?: string;
  stopTimeout?: number;
  init?: boolean;
  network?: string;
  restartPolicy?: string;
  /** HostConfig.GroupAdd: `--group-add` values as typed (a group name or a number). */
  groupAdd?: string[];
  /** The gids those values named when the container last started (what `docker exec` keeps). */
  groupAddGids?: number[];
  /** `--read-only`: writes outside mounts fail with "Read-only file system". */
  readOnlyRoot?: boolean;
  /** The container's address on its network (bridge: 172.17.0.x). */
  ip?: string;
  /** The terminal is attached to the main process (`docker run -it IMAGE sh`): its `exit` stops the container. */
  mainAttached?: boolean;
  /** Config.Healthcheck: the image's HEALTHCHECK merged with `--health-*` flags (absent: the image's). */
  healthcheck?: HealthcheckConfig;
  /** State.Health: what the health monitor has found (absent until a probe config first runs). */
  health?: ContainerHealth;
}

/** One probe's result, as State.Health.Log keeps it (times in epoch ms). */
export interface HealthProbeResult {
  start: number;
  end: number;
  exitCode: number;
  output: string;
}

export interface ContainerHealth {
  status: 'starting' | 'healthy' | 'unhealthy';
  failingStreak: number;
  /** The last five probes, oldest first. */
  log: HealthProbeResult[];
  /** The StartedAt of the run this monitor watches (a new start resets the status). */
  runStartedAt: number;
  /** When the next probe is due; null while the monitor is stopped (paused, exited). */
  nextProbeAt: number | null;
}

export interface Volume {
  name: string;
  /** The volume's files: one layer of its own, outside any container. */
  tree: DirNode;
  created: number;
  anonymous: boolean;
  labels: Record<string, string>;
  /** Whether it has been filled from an image yet (Docker copies image content into a new empty volume). */
  populated: boolean;
}
