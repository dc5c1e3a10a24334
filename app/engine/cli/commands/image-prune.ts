/** `docker image prune`: remove dangling images (all unused ones with -a). */
import { settleContainers } from '../../runtime/transitions';
import type { DockerCommand } from '../command';
import { daemonError, filterFlag } from './image-common';
import { pruneImages } from './image-prune-plan';
import { confirm, imagePruneFilters, reclaimedLine, section } from './prune-common';

export const imagePruneCommand: DockerCommand = {
  path: ['image', 'prune'],
  spec: {
    name: 'image prune',
    usage: 'docker image prune [OPTIONS]',
    short: 'Remove unused images',
    maxArgs: 0,
    interspersed: true,
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        help: 'Remove all unused images, not just dangling ones',
      },
      filterFlag('Provide filter values (e.g. "until=<timestamp>")'),
      { long: 'force', short: 'f', type: 'bool', help: 'Do not prompt for confirmation' },
    ],
  },
  run(ctx, parsed) {
    const all = parsed.flags.bool('all');
    const filters = imagePruneFilters(parsed.flags.strings('filter'), ctx.now());
    if (!filters.ok) return daemonError(ctx, filters.error);
    const warning = all
      ? 'WARNING! This will remove all images without at least one container associated to them.'
      : 'WARNING! This will remove all dangling images.';
    if (!parsed.flags.bool('force') && !confirm(ctx, warning)) return 0;
    settleContainers(ctx.rt, ctx.now());
    const outcome = pruneImages(ctx.rt, { all, ...filters.filters });
    ctx.out(section('Deleted Images:', outcome.lines) + reclaimedLine(outcome.reclaimed));
    return 0;
  },
};
