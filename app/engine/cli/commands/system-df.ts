/**
 * `docker system df [-v]`: disk use by type, and with -v per image (SHARED SIZE and UNIQUE
 * SIZE: why two images on one base do not take twice the space), per container, per volume
 * and per build cache record.
 */
import type { HostState } from '../../host/state';
import { imageUsage } from '../../inspect/disk-usage';
import { layerSize } from '../../fs/stats';
import { volumeUsers } from '../../runtime/volumes';
import { settleContainers } from '../../runtime/transitions';
import { commandText } from '../../runtime/command-line';
import type { DockerCommand, DockerContext } from '../command';
import { commandColumn } from '../format/command-column';
import { truncateId } from '../format/ids';
import { containerStatus, createdAgo, imageCreatedSince } from '../format/status';
import { DOCKER_TABLE, tabwrite } from '../format/tabwriter';
import { humanSize, humanSizeWithPrecision } from '../format/units';
import { createdMs, FORMAT_TABLE_HELP } from './image-common';
import { listRows } from './image-list';
import { printContextList } from './print-list';
import { cacheRecords, dfRows } from './system-df-data';

const DF_TABLE = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
const DF_HEADER = {
  Type: 'TYPE',
  TotalCount: 'TOTAL',
  Active: 'ACTIVE',
  Size: 'SIZE',
  Reclaimable: 'RECLAIMABLE',
};

function table(rows: readonly string[][]): string {
  return tabwrite(rows.map((r) => r.join('\t')).join('\n') + '\n', DOCKER_TABLE);
}

function imagesSection(host: HostState, now: number): string {
  const usage = new Map(imageUsage(host).map((u) => [u.id, u]));
  const listed = listRows(host, { all: true, filters: [] }, now);
  const rows = (listed.ok ? listed.rows : []).map((row) => {
    const u = usage.get(row.image.id);
    const containers = Object.values(host.containers).filter(
      (c) => c.image === row.image.id,
    ).length;
    return [
      row.repository,
      row.tag,
      truncateId(row.image.id),
      imageCreatedSince(createdMs(row.image) || null, now),
      humanSizeWithPrecision(u?.size ?? 0, 3),
      humanSize(u?.shared ?? 0),
      humanSize(u?.unique ?? 0),
      String(containers),
    ];
  });
  const header = [
    'REPOSITORY',
    'TAG',
    'IMAGE ID',
    'CREATED',
    'SIZE',
    'SHARED SIZE',
    'UNIQUE SIZE',
    'CONTAINERS',
  ];
  return `Images space usage:\n\n${table([header, ...rows])}`;
}

function containersSection(host: HostState, now: number): string {
  const containers = Object.values(host.containers).sort((a, b) => b.created - a.created);
  const rows = containers.map((c) => [
    truncateId(c.id),
    c.imageRef,
    commandColumn(commandText(c.path, c.args), false),
    String(c.mounts.filter((m) => m.type === 'volume').length),
    humanSize(layerSize(c.upper)),
    createdAgo(c.created, now),
    containerStatus(
      {
        running: c.status === 'running' || c.status === 'paused',
        paused: c.status === 'paused',
        restarting: c.status === 'restarting',
        dead: c.status === 'dead',
        exitCode: c.exitCode,
        startedAt: c.status === 'created' ? null : c.startedAt,
        finishedAt: c.finishedAt || null,
      },
      now,
    ),
    c.name,
  ]);
  const header = [
    'CONTAINER ID',
    'IMAGE',
    'COMMAND',
    'LOCAL VOLUMES',
    'SIZE',
    'CREATED',
    'STATUS',
    'NAMES',
  ];
  return `Containers space usage:\n\n${table([header, ...rows])}`;
}

function volumesSection(host: HostState): string {
  const volumes = Object.values(host.volumes).sort((a, b) => (a.name < b.name ? -1 : 1));
  const rows = volumes.map((v) => [
    v.name,
    String(volumeUsers(host, v.name).length),
    humanSize(layerSize(v.tree)),
  ]);
  return `Local Volumes space usage:\n\n${table([['VOLUME NAME', 'LINKS', 'SIZE'], ...rows])}`;
}

function cacheSection(host: HostState, now: number): string {
  const records = cacheRecords(host, now);
  const total = records.reduce((s, r) => s + r.size, 0);
  const rows = records.map((r) => [
    r.id.slice(0, 12),
    r.type,
    humanSize(r.size),
    createdAgo(r.created, now),
    createdAgo(r.lastUsed, now),
    String(r.usage),
    String(r.shared),
  ]);
  const header = ['CACHE ID', 'CACHE TYPE', 'SIZE', 'CREATED', 'LAST USED', 'USAGE', 'SHARED'];
  return `Build cache usage: ${humanSize(total)}\n\n${table([header, ...rows])}`;
}

function run(ctx: DockerContext, verbose: boolean, format: string | undefined): number {
  settleContainers(ctx.rt, ctx.now());
  const host = ctx.rt.host;
  const now = ctx.now();
  if (verbose && !format) {
    ctx.out(
      [
        imagesSection(host, now),
        containersSection(host, now),
        volumesSection(host),
        cacheSection(host, now),
      ].join('\n'),
    );
    return 0;
  }
  return printContextList(ctx, {
    format: !format || format === 'table' ? DF_TABLE : format,
    context: '*formatter.diskUsageContext',
    rows: dfRows(host, now),
    header: DF_HEADER,
  });
}

export const systemDfCommand: DockerCommand = {
  path: ['system', 'df'],
  spec: {
    name: 'system df',
    usage: 'docker system df [OPTIONS]',
    short: 'Show docker disk usage',
    maxArgs: 0,
    interspersed: true,
    flags: [
      { long: 'format', type: 'string', help: FORMAT_TABLE_HELP },
      {
        long: 'verbose',
        short: 'v',
        type: 'bool',
        help: 'Show detailed information on space usage',
      },
    ],
  },
  run: (ctx, parsed) => run(ctx, parsed.flags.bool('verbose'), parsed.flags.string('format')),
};
