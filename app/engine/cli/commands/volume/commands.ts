/**
 * `docker volume create | ls | inspect | rm | prune`. Volumes outlive containers; a volume a
 * container still uses (even a stopped one) cannot be removed. `prune` removes unused
 * anonymous volumes, or with --all every unused volume (API 1.42+, Docker 23 and later).
 */
import { layerSize } from '../../../fs/stats';
import { inspectVolume } from '../../../runtime/volume-inspect';
import { dropVolume, ensureVolume, removeVolume, volumeUsers } from '../../../runtime/volumes';
import { settleContainers } from '../../../runtime/transitions';
import type { DockerCommand, DockerContext } from '../../command';
import { renderDockerList } from '../../format/docker-format';
import { goStruct, type GoStruct } from '../../format/go-value';
import { humanSize } from '../../format/units';
import type { ParsedArgs } from '../../parsed';
import { printInspect } from '../image-inspect';
import { printList } from '../print-list';
import { confirmed } from '../container/prune';
import {
  VOLUME_CREATE_FLAGS,
  VOLUME_INSPECT_FLAGS,
  VOLUME_LS_FLAGS,
  VOLUME_PRUNE_FLAGS,
  VOLUME_RM_FLAGS,
} from './flags';

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

function create(ctx: DockerContext, parsed: ParsedArgs): number {
  const name = parsed.args[0] ?? ctx.rt.ids.next('volume');
  // The local driver checks the length first: `v` is too short, not badly spelled.
  if (/^[a-zA-Z0-9]$/.test(name)) {
    ctx.err(
      `Error response from daemon: create ${name}: volume name is too short, names should be at least two alphanumeric characters\n`,
    );
    return 1;
  }
  if (!NAME.test(name)) {
    ctx.err(
      `Error response from daemon: create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n`,
    );
    return 1;
  }
  const labels: Record<string, string> = {};
  for (const label of parsed.flags.strings('label')) {
    const eq = label.indexOf('=');
    labels[eq < 0 ? label : label.slice(0, eq)] = eq < 0 ? '' : label.slice(eq + 1);
  }
  ensureVolume(ctx.rt, name, ctx.now(), labels);
  ctx.out(`${name}\n`);
  return 0;
}

const LS_TABLE = 'table {{.Driver}}\t{{.Name}}';
const LS_HEADER = {
  Driver: 'DRIVER',
  Name: 'VOLUME NAME',
  Scope: 'SCOPE',
  Mountpoint: 'MOUNTPOINT',
  Labels: 'LABELS',
  Links: 'LINKS',
  Size: 'SIZE',
};

function ls(ctx: DockerContext, parsed: ParsedArgs): number {
  settleContainers(ctx.rt, ctx.now());
  const host = ctx.rt.host;
  let volumes = Object.values(host.volumes).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const spec of parsed.flags.strings('filter')) {
    const eq = spec.indexOf('=');
    const key = spec.slice(0, eq);
    const value = spec.slice(eq + 1);
    if (key === 'dangling') {
      if (!['true', '1', 'false', '0'].includes(value)) {
        ctx.err(`Error response from daemon: invalid filter 'dangling=[${value}]'\n`);
        return 1;
      }
      const dangling = value === 'true' || value === '1';
      volumes = volumes.filter((v) => (volumeUsers(host, v.name).length === 0) === dangling);
    } else if (key === 'name') volumes = volumes.filter((v) => v.name.includes(value));
    else if (key === 'label')
      volumes = volumes.filter((v) => Object.hasOwn(v.labels, value.split('=')[0] ?? ''));
    else if (key !== 'driver') {
      ctx.err(`Error response from daemon: invalid filter '${key}'\n`);
      return 1;
    }
  }
  let format = parsed.flags.string('format') ?? '';
  if (parsed.flags.bool('quiet')) format = '{{.Name}}';
  else if (format === '' || format === 'table') format = LS_TABLE;
  const rows = volumes.map((v) =>
    goStruct('*formatter.volumeContext', {
      Driver: 'local',
      Labels: Object.entries(v.labels)
        .map(([k, val]) => `${k}=${val}`)
        .join(','),
      Links: String(volumeUsers(host, v.name).length),
      Mountpoint: `/var/lib/docker/volumes/${v.name}/_data`,
      Name: v.name,
      Scope: 'local',
      Size: 'N/A',
    }),
  );
  return printList(ctx, renderDockerList({ format, rows, header: LS_HEADER }));
}

function inspect(ctx: DockerContext, parsed: ParsedArgs): number {
  const objects: GoStruct[] = [];
  const errors: string[] = [];
  for (const name of parsed.args) {
    const volume = ctx.rt.host.volumes[name];
    if (volume) objects.push(inspectVolume(volume) as GoStruct);
    else errors.push(`Error response from daemon: get ${name}: no such volume`);
  }
  return printInspect(ctx, objects, parsed.flags.string('format'), errors);
}

function rm(ctx: DockerContext, parsed: ParsedArgs): number {
  settleContainers(ctx.rt, ctx.now());
  let status = 0;
  for (const name of parsed.args) {
    const result = removeVolume(ctx.rt, name, parsed.flags.bool('force'));
    if (result.ok) ctx.out(`${name}\n`);
    else {
      ctx.err(`Error response from daemon: ${result.error}\n`);
      status = 1;
    }
  }
  return status;
}

function prune(ctx: DockerContext, parsed: ParsedArgs): number {
  settleContainers(ctx.rt, ctx.now());
  const all = parsed.flags.bool('all');
  const warning = all
    ? 'WARNING! This will remove all local volumes not used by at least one container.'
    : 'WARNING! This will remove anonymous local volumes not used by at least one container.';
  if (!parsed.flags.bool('force') && !confirmed(ctx, warning)) return 0;
  const host = ctx.rt.host;
  const unused = Object.values(host.volumes)
    .filter((v) => volumeUsers(host, v.name).length === 0 && (all || v.anonymous))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  let reclaimed = 0;
  for (const v of unused) {
    reclaimed += layerSize(v.tree);
    dropVolume(ctx.rt, v.name);
  }
  if (unused.length) ctx.out(`Deleted Volumes:\n${unused.map((v) => `${v.name}\n`).join('')}\n`);
  ctx.out(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
  return 0;
}

function command(
  sub: string,
  usage: string,
  short: string,
  extra: Partial<DockerCommand['spec']>,
  run: DockerCommand['run'],
  aliases: string[] = [],
): DockerCommand {
  return {
    path: ['volume', sub],
    aliases: aliases.map((a) => ['volume', a]),
    spec: {
      name: `volume ${sub}`,
      usage: `docker volume ${sub} ${usage}`.trimEnd(),
      short,
      interspersed: true,
      flags: [],
      ...(aliases.length
        ? { aliases: [`docker volume ${sub}`, ...aliases.map((a) => `docker volume ${a}`)] }
        : {}),
      ...extra,
    },
    run,
  };
}

export const VOLUME_COMMANDS: DockerCommand[] = [
  command(
    'create',
    '[OPTIONS] [VOLUME]',
    'Create a volume',
    { maxArgs: 1, flags: VOLUME_CREATE_FLAGS },
    create,
  ),
  command('ls', '[OPTIONS]', 'List volumes', { maxArgs: 0, flags: VOLUME_LS_FLAGS }, ls, ['list']),
  command(
    'inspect',
    '[OPTIONS] VOLUME [VOLUME...]',
    'Display detailed information on one or more volumes',
    { minArgs: 1, flags: VOLUME_INSPECT_FLAGS },
    inspect,
  ),
  command(
    'rm',
    '[OPTIONS] VOLUME [VOLUME...]',
    'Remove one or more volumes',
    {
      minArgs: 1,
      flags: VOLUME_RM_FLAGS,
      // `docker volume` lists the short text; `volume rm --help` shows this one.
      long: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
    },
    rm,
    ['remove'],
  ),
  command(
    'prune',
    '[OPTIONS]',
    'Remove unused local volumes',
    { maxArgs: 0, flags: VOLUME_PRUNE_FLAGS },
    prune,
  ),
];
