/**
 * `docker events --filter`: the daemon's event filters. Values of one key are alternatives,
 * keys must all match. container, network, volume and daemon match the actor's id or name
 * by prefix (so `container=ev` also matches `evd`, as recorded); event matches the action
 * (`exec_start` matches `exec_start: sh`); type and scope match exactly; image matches the
 * actor, the `image` or `name` attribute, as given or without its tag; label matches
 * attributes (`label=key` or `label=key=value`). A key the daemon does not filter on is
 * ignored, not refused: the recorded daemon printed every event for `--filter colour=red`, and
 * its events route reads the filters without validating their keys.
 */
import type { DaemonEvent } from '../../../host/daemon-events';
import { parseFilters } from '../image-common';

const KEYS = new Set([
  'config',
  'container',
  'daemon',
  'event',
  'image',
  'label',
  'network',
  'node',
  'plugin',
  'scope',
  'secret',
  'service',
  'type',
  'volume',
]);

export type EventFilter = ReadonlyMap<string, readonly string[]>;

/** The filters by key (the ones the daemon filters on; any other is dropped). */
export function parseEventFilters(
  values: readonly string[],
): { ok: true; filter: EventFilter } | { ok: false; error: string } {
  const filter = new Map<string, string[]>();
  for (const [key, value] of parseFilters(values)) {
    if (!KEYS.has(key)) continue;
    filter.set(key, [...(filter.get(key) ?? []), value]);
  }
  return { ok: true, filter };
}

function untagged(ref: string): string {
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? ref.slice(0, colon) : ref;
}

function matchesKey(key: string, values: readonly string[], e: DaemonEvent): boolean {
  const name = e.attributes.name ?? '';
  const prefixOfActor = (v: string) => e.actorId.startsWith(v) || name.startsWith(v);
  switch (key) {
    case 'container':
    case 'network':
    case 'volume':
    case 'daemon':
    case 'plugin':
    case 'service':
    case 'node':
    case 'secret':
    case 'config':
      return values.some(prefixOfActor);
    case 'event':
      return values.some((v) => v === e.action || v === e.action.split(':')[0]);
    case 'type':
      return values.includes(e.type);
    case 'scope':
      return values.includes(e.scope);
    case 'image': {
      const candidates = [e.actorId, e.attributes.image, e.attributes.name].filter(
        (c): c is string => c !== undefined,
      );
      return values.some((v) => candidates.some((c) => c === v || untagged(c) === v));
    }
    case 'label':
      return values.some((v) => {
        const eq = v.indexOf('=');
        if (eq < 0) return e.attributes[v] !== undefined;
        return e.attributes[v.slice(0, eq)] === v.slice(eq + 1);
      });
    default:
      return false;
  }
}

export function matchesFilter(filter: EventFilter, event: DaemonEvent): boolean {
  for (const [key, values] of filter) if (!matchesKey(key, values, event)) return false;
  return true;
}
