/**
 * Finding a container the way the daemon does: by full id, then by name (with or without
 * the leading "/"), then by a unique id prefix. Names are unique per host.
 */
import type { Container } from '../host/containers';
import type { HostState } from '../host/state';

export type Lookup = { ok: true; container: Container } | { ok: false; error: string };

export function findContainer(host: HostState, ref: string): Lookup {
  const byId = host.containers[ref];
  if (byId) return { ok: true, container: byId };
  const name = ref.startsWith('/') ? ref.slice(1) : ref;
  const all = Object.values(host.containers);
  const byName = all.find((c) => c.name === name);
  if (byName) return { ok: true, container: byName };
  if (/^[0-9a-f]+$/.test(ref)) {
    const matches = all.filter((c) => c.id.startsWith(ref));
    if (matches.length === 1 && matches[0]) return { ok: true, container: matches[0] };
    if (matches.length > 1) {
      return { ok: false, error: `multiple IDs found with provided prefix: ${ref}` };
    }
  }
  return { ok: false, error: `No such container: ${ref}` };
}

/** Containers newest first, as `docker ps` lists them. */
export function containersNewestFirst(host: HostState): Container[] {
  return Object.values(host.containers).sort(
    (a, b) => b.created - a.created || (a.id < b.id ? -1 : 1),
  );
}

/** Docker's rule for container names: `[a-zA-Z0-9][a-zA-Z0-9_.-]+` (two characters or more). */
export function validContainerName(name: string): boolean {
  return /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name);
}

export function nameConflict(host: HostState, name: string): string | undefined {
  const bare = name.replace(/^\//, '');
  const holder = Object.values(host.containers).find((c) => c.name === bare);
  if (!holder) return undefined;
  return `Conflict. The container name "/${bare}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`;
}
