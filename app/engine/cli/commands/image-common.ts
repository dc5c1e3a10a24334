/**
 * Pieces the image, registry and system commands share: docker's --format help texts, the
 * --filter flag, finding a local image the way the daemon words it, and time helpers.
 */
import type { FlagSpec } from '../args/spec';
import { findLocalImage } from '../../host/images';
import type { HostState } from '../../host/state';
import type { Image } from '../../images/image';
import {
  familiarString,
  parseReference,
  withDefaultTag,
  type ImageRef,
} from '../../images/reference';
import type { DockerContext } from '../command';

const FORMAT_LINES = {
  table: "'table':            Print output in table format with column headers (default)",
  tableTemplate: "'table TEMPLATE':   Print output in table format using the given Go template",
  json: "'json':             Print in JSON format",
  template: "'TEMPLATE':         Print output using the given Go template.",
  refer:
    'Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates',
};

/** --format of list commands (images, history, system df). */
export const FORMAT_TABLE_HELP = [
  'Format output using a custom template:',
  FORMAT_LINES.table,
  FORMAT_LINES.tableTemplate,
  FORMAT_LINES.json,
  FORMAT_LINES.template,
  FORMAT_LINES.refer,
].join('\n');

/** --format of inspect, info and version (no table). */
export const FORMAT_JSON_HELP = [
  'Format output using a custom template:',
  FORMAT_LINES.json,
  FORMAT_LINES.template,
  FORMAT_LINES.refer,
].join('\n');

/** `--filter`; its `name=value` check is the parser's, for every flag of this valueName. */
export function filterFlag(help: string, short?: string): FlagSpec {
  return {
    long: 'filter',
    ...(short ? { short } : {}),
    type: 'stringArray',
    valueName: 'filter',
    help,
  };
}

/** `--filter key=value` pairs, in the order given. */
export function parseFilters(values: readonly string[]): [string, string][] {
  return values.map((v) => {
    const eq = v.indexOf('=');
    return [v.slice(0, eq).trim().toLowerCase(), v.slice(eq + 1)];
  });
}

/** Prints a daemon error the way the CLI does and returns its exit status. */
export function daemonError(ctx: DockerContext, message: string): number {
  ctx.err(`Error response from daemon: ${message}\n`);
  return 1;
}

/** The NAME[:TAG] argument of pull and push, or undefined once its error is printed. */
export function referenceArgument(ctx: DockerContext, input: string): ImageRef | undefined {
  const parsed = parseReference(input);
  if (parsed.ok) return parsed.ref;
  ctx.err(`${parsed.error}\n`);
  return undefined;
}

/** `nosuch` → `nosuch:latest`, as the daemon names a missing image. */
export function missingImageName(input: string): string {
  const parsed = parseReference(input);
  return parsed.ok ? familiarString(withDefaultTag(parsed.ref)) : input;
}

export type LocalImage = { ok: true; image: Image } | { ok: false; error: string };

/** A local image by name, id or digest, or the daemon's "No such image" error. */
export function localImage(host: HostState, input: string): LocalImage {
  const image = findLocalImage(host, input);
  if (image) return { ok: true, image };
  return { ok: false, error: `No such image: ${missingImageName(input)}` };
}

/** An image's creation time in epoch ms (0 when unknown). */
export function createdMs(image: Pick<Image, 'created'>): number {
  const ms = Date.parse(image.created);
  return Number.isNaN(ms) ? 0 : ms;
}

/** Go's time.Time String() in UTC, as `--format '{{.CreatedAt}}'` shows: `2026-11-29 07:37:08 +0000 UTC`. */
export function goTimeString(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`;
}
