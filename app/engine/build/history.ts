/**
 * How BuildKit records each instruction in the image history (`docker history`'s CREATED BY):
 * RUN and COPY/ADD get a `# buildkit` suffix, RUN shows the shell it ran, COPY drops
 * `--from` (a recorded fact), metadata instructions are written back in canonical form.
 */

import type { HistoryEntry } from '../catalog/types';

export const BUILDKIT_COMMENT = 'buildkit.dockerfile.v0';

/** RUN in shell form: `RUN /bin/sh -c pip install ... # buildkit`; exec form keeps the JSON-ish list. */
export function runCreatedBy(
  shell: readonly string[],
  command: string | readonly string[],
  envPrefix: string[] = [],
): string {
  const prefix = envPrefix.length ? `|${envPrefix.length} ${envPrefix.join(' ')} ` : '';
  if (typeof command === 'string')
    return `RUN ${prefix}${[...shell, command].join(' ')} # buildkit`;
  return `RUN ${prefix}${command.join(' ')} # buildkit`;
}

/**
 * COPY/ADD: BuildKit writes the keyword, the sources and the destination, no flags:
 * COPY --chmod=700 a.txt /x/ is `COPY a.txt /x/ # buildkit` (recorded on the 20.10 oracle).
 */
export function copyCreatedBy(
  keyword: 'COPY' | 'ADD',
  sources: readonly string[],
  dest: string,
): string {
  return [keyword, ...sources, dest].join(' ') + ' # buildkit';
}

/** CMD/ENTRYPOINT/SHELL as the history shows them: `CMD ["python" "main.py"]` (Go's %q list). */
export function execListCreatedBy(keyword: string, args: readonly string[]): string {
  return `${keyword} [${args.map((a) => JSON.stringify(a)).join(' ')}]`;
}

/**
 * The times BuildKit gives this build's history rows and the image (recorded from a daemon):
 * a layer's row has the time its layer was made (a CACHED layer keeps its first time), a
 * metadata row the time of the layer before it (or, before any new layer, the first new
 * layer's), and the image the last of them. A build that adds no layer keeps its base's
 * time (scratch: the zero time). So a rebuild that changes nothing is the same image.
 */
export function stampBuildTimes(
  history: readonly HistoryEntry[],
  baseCount: number,
  baseCreated: string,
): { history: HistoryEntry[]; created: string } {
  const fresh = history.slice(baseCount);
  let carry = fresh.find((h) => !h.empty_layer)?.created ?? baseCreated;
  const stamped = fresh.map((h) => {
    if (!h.empty_layer && h.created) carry = h.created;
    return { ...h, created: carry };
  });
  return { history: [...history.slice(0, baseCount), ...stamped], created: carry };
}
