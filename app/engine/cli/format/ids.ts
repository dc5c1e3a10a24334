// Identifier display as the docker CLI does it: ids lose their algorithm prefix and are cut to
// 12 hex digits unless --no-trunc is given.

/** stringid.TruncateID: drop everything up to the first ':' ("sha256:"), keep 12 characters. */
export function truncateId(id: string): string {
  const colon = id.indexOf(':');
  const bare = colon >= 0 ? id.slice(colon + 1) : id;
  return bare.slice(0, 12);
}

/** The IMAGE ID column: short form, or the full `sha256:…` digest with --no-trunc. */
export function imageIdColumn(id: string, noTrunc: boolean): string {
  return noTrunc ? id : truncateId(id);
}

/** The CONTAINER ID column: 12 hex digits, or all 64 with --no-trunc. */
export function containerIdColumn(id: string, noTrunc: boolean): string {
  return noTrunc ? id : truncateId(id);
}

/** Adds `sha256:` to a bare hex digest; leaves an already prefixed one alone. */
export function withSha256Prefix(digest: string): string {
  return digest.includes(':') ? digest : `sha256:${digest}`;
}
