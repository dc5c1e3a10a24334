/**
 * Image references as Docker parses them: `python`, `python:3.14-slim`,
 * `library/python@sha256:...`, `127.0.0.1:5000/app:v1`. The familiar form drops
 * `docker.io/library/`, as the CLI prints it.
 */

export interface ImageRef {
  /** Registry host, `docker.io` by default. */
  domain: string;
  /** Path in the registry: `library/python`, `myorg/app`. */
  path: string;
  tag?: string;
  digest?: string;
}

const DEFAULT_DOMAIN = 'docker.io';
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

export type ParsedRef = { ok: true; ref: ImageRef } | { ok: false; error: string };

export function parseReference(input: string): ParsedRef {
  const invalid = { ok: false as const, error: 'invalid reference format' };
  if (input === '' || /\s/.test(input)) return invalid;
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return invalid;
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return invalid;
  }
  const parts = rest.split('/');
  let domain = DEFAULT_DOMAIN;
  const first = parts[0] ?? '';
  if (
    parts.length > 1 &&
    (first.includes('.') ||
      first.includes(':') ||
      first === 'localhost' ||
      first !== first.toLowerCase())
  ) {
    domain = first;
    parts.shift();
  }
  if (parts.length === 0 || parts.some((p) => p === '')) return invalid;
  const path = parts.join('/');
  if (path !== path.toLowerCase()) {
    const shown = domain === DEFAULT_DOMAIN && parts.length === 1 ? `library/${path}` : path;
    return {
      ok: false,
      error: `invalid reference format: repository name (${shown}) must be lowercase`,
    };
  }
  if (!parts.every((p) => PATH_COMPONENT.test(p))) return invalid;
  const fullPath = domain === DEFAULT_DOMAIN && parts.length === 1 ? `library/${path}` : path;
  return {
    ok: true,
    ref: { domain, path: fullPath, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) },
  };
}

/** The repository as the CLI shows it: `python`, `myorg/app`, `127.0.0.1:5000/app`. */
export function familiarName(ref: ImageRef): string {
  if (ref.domain === DEFAULT_DOMAIN) return ref.path.replace(/^library\//, '');
  return `${ref.domain}/${ref.path}`;
}

/** `python:3.14-slim`, with `latest` filled in when no tag or digest was given. */
export function familiarString(ref: ImageRef): string {
  const name = familiarName(ref);
  if (ref.digest) return `${name}${ref.tag ? `:${ref.tag}` : ''}@${ref.digest}`;
  return `${name}:${ref.tag ?? 'latest'}`;
}

/** The fully qualified form BuildKit prints: `docker.io/library/python:3.14-slim`. */
export function qualifiedString(ref: ImageRef): string {
  const tag = ref.digest ? '' : `:${ref.tag ?? 'latest'}`;
  return `${ref.domain}/${ref.path}${tag}${ref.digest ? `@${ref.digest}` : ''}`;
}

export function withDefaultTag(ref: ImageRef): ImageRef {
  return ref.tag || ref.digest ? ref : { ...ref, tag: 'latest' };
}
