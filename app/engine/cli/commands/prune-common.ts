/**
 * What the prune commands share: the image filters they accept, docker's confirmation
 * prompt (answered from stdin; no answer means no), and the "Total reclaimed space" footer.
 */
import { humanSize } from '../format/units';
import type { DockerContext } from '../command';
import { parseFilters } from './image-common';
import { untilTime } from './image-list';
import type { ImagePruneOptions } from './image-prune-plan';

/**
 * The daemon's reading of an image prune's `--filter until=…` and `label=…` values; any
 * other key, or an `until` it cannot read, is its error (the text after "Error response
 * from daemon: ").
 */
export function imagePruneFilters(
  values: readonly string[],
  now: number,
): { ok: true; filters: Omit<ImagePruneOptions, 'all'> } | { ok: false; error: string } {
  let until: number | undefined;
  const labels: string[] = [];
  for (const [key, value] of parseFilters(values)) {
    if (key === 'until') {
      until = untilTime(value, now);
      if (until === undefined) return { ok: false, error: `invalid filter 'until=[${value}]'` };
    } else if (key === 'label') labels.push(value);
    else return { ok: false, error: `invalid filter '${key}'` };
  }
  return { ok: true, filters: { labels, ...(until !== undefined ? { until } : {}) } };
}

/** Prints the warning and prompt; true when stdin answers y or yes. */
export function confirm(ctx: DockerContext, warning: string): boolean {
  ctx.out(`${warning}\nAre you sure you want to continue? [y/N] `);
  const answer = (ctx.io.stdin.split('\n')[0] ?? '').trim().toLowerCase();
  return answer === 'y' || answer === 'yes';
}

/** `Total reclaimed space: 1.985MB` (go-units HumanSize). */
export function reclaimedLine(bytes: number): string {
  return `Total reclaimed space: ${humanSize(bytes)}\n`;
}

/** A `Deleted Images:` style section: the title, the lines, a blank line; nothing if empty. */
export function section(title: string, lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${title}\n${lines.join('\n')}\n\n`;
}
