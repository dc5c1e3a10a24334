/**
 * `docker ps` / `docker container ls`: containers newest first, running ones unless -a,
 * with -q, -s (`0B (virtual 119MB)`: the writable layer and the whole), --no-trunc, -l, -n,
 * --filter and --format (tables with headers, json, templates).
 */
import { findLocalImage } from '../../../host/images';
import type { Container } from '../../../host/containers';
import type { HostState } from '../../../host/state';
import { containerSize } from '../../../runtime/changes';
import { commandText } from '../../../runtime/command-line';
import { containersNewestFirst, findContainer } from '../../../runtime/lookup';
import { portsForDisplay } from '../../../runtime/ports';
import { isRunning } from '../../../runtime/transitions';
import type { DockerContext } from '../../command';
import { commandColumn } from '../../format/command-column';
import { renderDockerList } from '../../format/docker-format';
import { goStruct } from '../../format/go-value';
import { containerIdColumn } from '../../format/ids';
import { displayPorts } from '../../format/ports';
import { containerSizeColumn } from '../../format/size-column';
import { containerStatus, createdAgo } from '../../format/status';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { healthStatus } from '../../../runtime/health';
import { settle } from './common';
import { printContextList, printList } from '../print-list';
import { PS_FLAGS } from './flags';
import { goTimeString } from '../image-common';

const TABLE =
  'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

const HEADER = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Names: 'NAMES',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  Networks: 'NETWORKS',
  LocalVolumes: 'LOCAL VOLUMES',
  Platform: 'PLATFORM',
};

/** The fields of a row for no container at all (strings empty, as Go's zero values print). */
const EMPTY_ROW = Object.fromEntries(Object.keys(HEADER).map((k) => [k, '']));

/** The IMAGE column: the name as typed while it still names the image, else the short id. */
function imageColumn(host: HostState, c: Container): string {
  if (findLocalImage(host, c.imageRef)?.id === c.image) return c.imageRef;
  return c.image.replace(/^sha256:/, '').slice(0, 12);
}

function state(c: Container) {
  return {
    running: isRunning(c),
    paused: c.status === 'paused',
    exitCode: c.exitCode,
    startedAt: c.startedAt > 0 ? c.startedAt : null,
    finishedAt: c.finishedAt > 0 ? c.finishedAt : null,
    health: c.health?.status ?? null,
  };
}

function fields(host: HostState, c: Container, now: number, noTrunc: boolean, withSize: boolean) {
  const size = withSize ? containerSize(host, c) : { rw: 0, rootFs: 0 };
  const volumes = c.mounts.filter((m) => m.type === 'volume');
  return {
    Command: commandColumn(commandText(c.path, c.args), noTrunc),
    CreatedAt: goTimeString(c.created),
    ID: containerIdColumn(c.id, noTrunc),
    Image: imageColumn(host, c),
    Labels: Object.entries(c.labels)
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join(','),
    LocalVolumes: String(volumes.length),
    Mounts: c.mounts
      .map((m) =>
        m.type === 'volume' && m.anonymous && !noTrunc ? m.source.slice(0, 15) + '…' : m.source,
      )
      .join(','),
    Names: c.name,
    Networks: c.network ?? 'bridge',
    Platform: null,
    Ports: displayPorts(portsForDisplay(host, c)),
    RunningFor: createdAgo(c.created, now),
    Size: containerSizeColumn(size.rw, size.rootFs),
    State: c.status,
    Status: containerStatus(state(c), now),
  };
}

type Filter = (c: Container, host: HostState) => boolean;

/** The filter's key (filters of one key are or-ed, but labels and-ed; different keys and-ed). */
function filterKey(spec: string): string {
  return spec.slice(0, spec.indexOf('=')).trim().toLowerCase();
}

/**
 * `before=X` / `since=X`: the containers created before or after X, by creation order (the
 * daemon's own order; two containers made in one second still have one).
 */
function createdRelativeTo(
  host: HostState,
  ref: string,
  side: 'before' | 'since',
): Filter | string {
  const found = findContainer(host, ref);
  if (!found.ok) return `no such container ${ref}`;
  const order = containersNewestFirst(host).map((c) => c.id);
  const at = order.indexOf(found.container.id);
  const picked = new Set(side === 'before' ? order.slice(at + 1) : order.slice(0, at));
  return (c) => picked.has(c.id);
}

function parseFilter(spec: string, host: HostState): Filter | string {
  const eq = spec.indexOf('=');
  const key = filterKey(spec);
  const value = spec.slice(eq + 1);
  switch (key) {
    case 'status':
      if (
        !['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'].includes(
          value,
        )
      ) {
        return `invalid filter 'status=${value}'`;
      }
      return (c) => c.status === value;
    case 'name':
      return (c) => new RegExp(value).test(c.name);
    case 'id':
      return (c) => c.id.startsWith(value);
    case 'exited':
      return (c) => c.status === 'exited' && String(c.exitCode) === value;
    case 'label': {
      const [k = '', v] = value.split('=');
      return (c) => Object.hasOwn(c.labels, k) && (v === undefined || c.labels[k] === v);
    }
    case 'ancestor':
      return (c, host) => {
        const image = findLocalImage(host, value);
        return image !== undefined && image.id === c.image;
      };
    case 'volume':
      return (c) => c.mounts.some((m) => m.source === value || m.destination === value);
    case 'network':
      return (c) => (c.network ?? 'bridge') === value;
    case 'health':
      // A container without a health check (or never started) is "none".
      if (!['starting', 'healthy', 'unhealthy', 'none'].includes(value)) {
        return `Unrecognised filter value for health: ${value}`;
      }
      return (c) => healthStatus(c) === value;
    case 'publish':
    case 'expose':
    case 'isolation':
      return () => true;
    case 'before':
    case 'since':
      return createdRelativeTo(host, value, key);
    default:
      return `invalid filter '${key}'`;
  }
}

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const { flags } = parsed;
  const host = ctx.rt.host;
  const byKey = new Map<string, Filter[]>();
  for (const spec of flags.strings('filter')) {
    const filter = parseFilter(spec, host);
    if (typeof filter === 'string') {
      ctx.err(`Error response from daemon: ${filter}\n`);
      return 1;
    }
    byKey.set(filterKey(spec), [...(byKey.get(filterKey(spec)) ?? []), filter]);
  }
  // Every label filter must hold (`label=tier --filter label=env=prod`): the daemon and-s them.
  const filters: Filter[] = [...byKey.entries()].map(([key, group]) =>
    key === 'label' ? (c, h) => group.every((f) => f(c, h)) : (c, h) => group.some((f) => f(c, h)),
  );
  const last = flags.bool('latest') ? 1 : (flags.int('last') ?? -1);
  const all = flags.bool('all') || last > 0;
  let list = containersNewestFirst(host).filter((c) => all || isRunning(c));
  list = list.filter((c) => filters.every((f) => f(c, host)));
  if (last > 0) list = list.slice(0, last);
  const noTrunc = flags.bool('no-trunc');
  let format = flags.string('format') ?? '';
  // Docker asks for sizes when the template calls .Size, which `{{json .}}` does too.
  const withSize = flags.bool('size') || /\.Size\b|\{\{-?\s*json\s+\.\s*-?\}\}/.test(format);
  if (flags.bool('quiet')) format = '{{.ID}}';
  else if (format === '' || format === 'table')
    format = flags.bool('size') ? `${TABLE}\t{{.Size}}` : TABLE;
  // Docker first runs the template on an empty row (to see whether it asks for .Size), so a
  // bad field is an error even when no container is listed.
  const probe = renderDockerList({
    format,
    rows: [goStruct('*formatter.ContainerContext', { ...EMPTY_ROW, Label: () => '' })],
    header: HEADER,
    jsonRow: () => null,
    errorStyle: 'container',
  });
  if (!probe.ok) return printList(ctx, probe);
  return printContextList(ctx, {
    format,
    context: '*formatter.ContainerContext',
    rows: list.map((c) => fields(host, c, ctx.now(), noTrunc, withSize)),
    header: HEADER,
    // `{{.Label "tier"}}` is a method of docker's row: one label's value, '' when unset.
    methods: (i) => ({ Label: (key: unknown) => list[i]?.labels[String(key)] ?? '' }),
    errorStyle: 'container',
  });
}

export const PS_COMMANDS = commandPair({
  top: 'ps',
  sub: 'ls',
  subAliases: ['list', 'ps'],
  usage: '[OPTIONS]',
  short: 'List containers',
  flags: PS_FLAGS,
  maxArgs: 0,
  run,
});
