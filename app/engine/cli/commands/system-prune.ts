/**
 * `docker system prune`: stopped containers, (with --volumes) unused anonymous volumes,
 * dangling images (all unused ones with -a) and the build cache, in docker's order, with
 * its prompt and its report.
 */
import { layerSize } from '../../fs/stats';
import type { HostRuntime } from '../../host/runtime';
import { removeContainerRecord, settleContainers } from '../../runtime/transitions';
import { dropVolume, volumeUsers } from '../../runtime/volumes';
import type { DockerCommand } from '../command';
import { daemonError, filterFlag } from './image-common';
import { pruneImages } from './image-prune-plan';
import { confirm, imagePruneFilters, reclaimedLine, section } from './prune-common';
import { cacheId, isActive } from './system-df-data';

function warning(all: boolean, volumes: boolean): string {
  return [
    'WARNING! This will remove:',
    '  - all stopped containers',
    '  - all networks not used by at least one container',
    ...(volumes ? ['  - all anonymous volumes not used by at least one container'] : []),
    all
      ? '  - all images without at least one container associated to them'
      : '  - all dangling images',
    all ? '  - all build cache' : '  - unused build cache',
    '',
  ].join('\n');
}

function pruneContainers(rt: HostRuntime): { ids: string[]; bytes: number } {
  const stopped = Object.values(rt.host.containers)
    .filter((c) => !isActive(c))
    .sort((a, b) => b.created - a.created);
  let bytes = 0;
  for (const c of stopped) {
    bytes += layerSize(c.upper);
    removeContainerRecord(rt, c.id, false);
  }
  return { ids: stopped.map((c) => c.id), bytes };
}

function pruneVolumes(rt: HostRuntime): { names: string[]; bytes: number } {
  const unused = Object.values(rt.host.volumes)
    .filter((v) => v.anonymous && volumeUsers(rt.host, v.name).length === 0)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  let bytes = 0;
  for (const v of unused) {
    bytes += layerSize(v.tree);
    dropVolume(rt, v.name);
  }
  return { names: unused.map((v) => v.name), bytes };
}

/** Without -a, only cache no image still uses goes; with -a, all of it. */
function pruneBuildCache(rt: HostRuntime, all: boolean): { ids: string[]; bytes: number } {
  const inImages = new Set(Object.values(rt.host.images).flatMap((img) => img.diffIds));
  const removed = Object.entries(rt.host.buildCache).filter(
    ([, e]) => all || !e.diffId || !inImages.has(e.diffId),
  );
  const bytes = removed.reduce(
    (s, [, e]) => s + (e.tree && e.diffId && !inImages.has(e.diffId) ? layerSize(e.tree) : 0),
    0,
  );
  rt.updateHost((host) => {
    const buildCache = { ...host.buildCache };
    for (const [key] of removed) delete buildCache[key];
    const needed = new Set<string>(Object.values(host.images).flatMap((img) => img.diffIds));
    for (const entry of Object.values(buildCache)) if (entry.diffId) needed.add(entry.diffId);
    const layers = Object.fromEntries(Object.entries(host.layers).filter(([id]) => needed.has(id)));
    return { ...host, buildCache, layers };
  });
  return { ids: removed.map(([key]) => cacheId(key)), bytes };
}

export const systemPruneCommand: DockerCommand = {
  path: ['system', 'prune'],
  spec: {
    name: 'system prune',
    usage: 'docker system prune [OPTIONS]',
    short: 'Remove unused data',
    maxArgs: 0,
    interspersed: true,
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        help: 'Remove all unused images not just dangling ones',
      },
      filterFlag('Provide filter values (e.g. "label=<key>=<value>")'),
      { long: 'force', short: 'f', type: 'bool', help: 'Do not prompt for confirmation' },
      { long: 'volumes', type: 'bool', help: 'Prune anonymous volumes' },
    ],
  },
  run(ctx, parsed) {
    const all = parsed.flags.bool('all');
    const volumes = parsed.flags.bool('volumes');
    const filters = imagePruneFilters(parsed.flags.strings('filter'), ctx.now());
    if (!filters.ok) return daemonError(ctx, filters.error);
    if (!parsed.flags.bool('force') && !confirm(ctx, warning(all, volumes))) return 0;
    const { rt } = ctx;
    settleContainers(rt, ctx.now());
    const containers = pruneContainers(rt);
    const pruned = volumes ? pruneVolumes(rt) : { names: [], bytes: 0 };
    const images = pruneImages(rt, { all, ...filters.filters });
    const cache = pruneBuildCache(rt, all);
    ctx.out(
      section('Deleted Containers:', containers.ids) +
        section('Deleted Volumes:', pruned.names) +
        section('Deleted Images:', images.lines) +
        section('Deleted build cache objects:', cache.ids) +
        reclaimedLine(containers.bytes + pruned.bytes + images.reclaimed + cache.bytes),
    );
    return 0;
  },
};
