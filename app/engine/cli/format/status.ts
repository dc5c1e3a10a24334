// The human time columns of `docker ps` and `docker images`: CREATED ("3 seconds ago") and the
// container STATUS string ("Up 3 minutes", "Exited (0) 2 hours ago"). The daemon writes STATUS
// and the CLI writes CREATED, but both are go-units HumanDuration of "now minus a timestamp".
import { humanDuration } from './units';

/** `docker ps` / `docker images` CREATED: "About a minute ago". Times are epoch milliseconds. */
export function createdAgo(createdMs: number, nowMs: number): string {
  return `${humanDuration(nowMs - createdMs)} ago`;
}

/** Image CREATED, where an image without a creation time reads "N/A". */
export function imageCreatedSince(createdMs: number | null, nowMs: number): string {
  return createdMs === null || createdMs <= 0 ? 'N/A' : createdAgo(createdMs, nowMs);
}

export type HealthStatus = 'starting' | 'healthy' | 'unhealthy';

/** What the daemon knows about a container's state; times are epoch ms, null when never set. */
export interface ContainerStateForStatus {
  running: boolean;
  paused?: boolean;
  restarting?: boolean;
  removalInProgress?: boolean;
  dead?: boolean;
  exitCode: number;
  startedAt: number | null;
  finishedAt: number | null;
  health?: HealthStatus | null;
}

function healthLabel(health: HealthStatus): string {
  return health === 'starting' ? 'health: starting' : health;
}

/**
 * The STATUS column, in the daemon's order of precedence: a paused container is still running
 * ("Up 2 hours (Paused)"), restarting wins over health, and a container that never started is
 * "Created". A stopped container with no finish time has an empty status, as in Docker.
 */
export function containerStatus(state: ContainerStateForStatus, nowMs: number): string {
  const since = (t: number | null): string => humanDuration(nowMs - (t ?? nowMs));
  if (state.running) {
    if (state.paused) return `Up ${since(state.startedAt)} (Paused)`;
    if (state.restarting) return `Restarting (${state.exitCode}) ${since(state.finishedAt)} ago`;
    if (state.health) return `Up ${since(state.startedAt)} (${healthLabel(state.health)})`;
    return `Up ${since(state.startedAt)}`;
  }
  if (state.removalInProgress) return 'Removal In Progress';
  if (state.dead) return 'Dead';
  if (state.startedAt === null) return 'Created';
  if (state.finishedAt === null) return '';
  return `Exited (${state.exitCode}) ${since(state.finishedAt)} ago`;
}
