/**
 * Which registries exist in the simulated world (README.md tells the story):
 *
 * - Docker Hub (`docker.io`, what a name without a domain means). `library/*` are the
 *   official images, served from the catalog and read-only. Other repositories
 *   (`learner/app`) live in the shared registry state; anyone may pull them, and pushing
 *   needs `docker login` as the namespace's owner.
 * - The team's private registry, `registry.example.com`: shared by every host, open to push
 *   and pull. This is where the CI runner pushes and the production server pulls.
 * - A local registry on `localhost:5000` (also reachable as `127.0.0.1:5000`), as if
 *   `registry:2` ran on the host: each host has its own, so what the laptop pushes there
 *   is not visible from another host.
 * - Any other domain does not resolve.
 */
/** `vendor`: a well-known vendor registry (mcr.microsoft.com, gcr.io), read-only, pull only. */
export type RegistryKind = 'hub' | 'team' | 'local' | 'vendor';

export interface Registry {
  kind: RegistryKind;
  /** The domain as typed in the reference (messages repeat it). */
  domain: string;
  /** Prefix of this registry's repositories in `RegistryState.repos`. */
  storeKey: string;
  /** The key of its credentials in ~/.docker/config.json. */
  authKey: string;
}

export type RegistryLookup = { ok: true; registry: Registry } | { ok: false; error: string };

export const HUB_DOMAIN = 'docker.io';
export const HUB_AUTH_KEY = 'https://index.docker.io/v1/';
export const TEAM_REGISTRY = 'registry.example.com';
export const LOCAL_REGISTRIES = ['localhost:5000', '127.0.0.1:5000'];
const HUB_ALIASES = [HUB_DOMAIN, 'index.docker.io', 'registry-1.docker.io'];

/** Where a reference's domain leads, from a given host. */
export function registryFor(domain: string, hostName: string): RegistryLookup {
  if (HUB_ALIASES.includes(domain)) {
    return {
      ok: true,
      registry: { kind: 'hub', domain, storeKey: HUB_DOMAIN, authKey: HUB_AUTH_KEY },
    };
  }
  if (domain === TEAM_REGISTRY) {
    return {
      ok: true,
      registry: { kind: 'team', domain, storeKey: TEAM_REGISTRY, authKey: domain },
    };
  }
  if (LOCAL_REGISTRIES.includes(domain)) {
    // Both names reach the same server on the host's loopback.
    const registry: Registry = {
      kind: 'local',
      domain,
      storeKey: `local@${hostName}`,
      authKey: domain,
    };
    return { ok: true, registry };
  }
  return { ok: false, error: unreachableMessage(domain) };
}

/** What the daemon says when it cannot reach a registry's API endpoint. */
export function unreachableMessage(domain: string): string {
  const [host = domain, port] = domain.split(':');
  if (host === 'localhost' || /^127\./.test(host) || host === '[::1]') {
    const address = host === 'localhost' ? '127.0.0.1' : host;
    return `Get "http://${domain}/v2/": dial tcp ${address}:${port ?? '443'}: connect: connection refused`;
  }
  return `Get "https://${domain}/v2/": dial tcp: lookup ${host} on 127.0.0.53:53: no such host`;
}

/** The key of a repository in `RegistryState.repos`: `registry.example.com/app`. */
export function repoKey(registry: Registry, path: string): string {
  return `${registry.storeKey}/${path}`;
}

/**
 * `docker login SERVER` accepts `https://host/`, `http://host:5000/v2/`...; the CLI keeps
 * the host part. No server (or any Hub alias) means Docker Hub.
 */
export function normalizeServer(server: string | undefined): string {
  if (!server) return HUB_DOMAIN;
  const host = server.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
  return HUB_ALIASES.includes(host) || server === HUB_AUTH_KEY ? HUB_DOMAIN : host;
}
