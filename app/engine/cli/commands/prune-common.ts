/**
 * What the prune commands share: docker's confirmation prompt (answered from stdin; no
 * answer means no), and the "Total reclaimed space" footer.
 */
import { humanSize } from '../format/units';
import type { DockerContext } from '../command';

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
