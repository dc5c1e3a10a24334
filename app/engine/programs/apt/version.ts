/**
 * Debian version ordering (deb-version(7)): epoch, then upstream version, then revision; in
 * each, runs of non-digits compare character by character with letters before other
 * characters and `~` before everything (even the end), and runs of digits compare as numbers.
 * apt picks the highest version among its sources with this, so nginx.org's 1.29.8-1~trixie
 * wins over Debian's 1.26.3-3+deb13u1.
 */

function order(c: string | undefined): number {
  if (c === undefined) return 0;
  if (c === '~') return -1;
  if (/[A-Za-z]/.test(c)) return c.charCodeAt(0);
  return c.charCodeAt(0) + 256;
}

function comparePart(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (
      (i < a.length && !/\d/.test(a[i] as string)) ||
      (j < b.length && !/\d/.test(b[j] as string))
    ) {
      const ca = i < a.length && !/\d/.test(a[i] as string) ? a[i] : undefined;
      const cb = j < b.length && !/\d/.test(b[j] as string) ? b[j] : undefined;
      const diff = order(ca) - order(cb);
      if (diff !== 0) return diff;
      if (ca !== undefined) i++;
      if (cb !== undefined) j++;
    }
    let na = '';
    let nb = '';
    while (i < a.length && /\d/.test(a[i] as string)) na += a[i++];
    while (j < b.length && /\d/.test(b[j] as string)) nb += b[j++];
    const diff = Number(na || '0') - Number(nb || '0');
    if (diff !== 0) return diff;
  }
  return 0;
}

function split(version: string): [number, string, string] {
  const colon = version.indexOf(':');
  const epoch = colon > 0 ? Number(version.slice(0, colon)) || 0 : 0;
  const rest = colon > 0 ? version.slice(colon + 1) : version;
  const dash = rest.lastIndexOf('-');
  return dash > 0 ? [epoch, rest.slice(0, dash), rest.slice(dash + 1)] : [epoch, rest, ''];
}

/** Negative when a sorts before b, positive after, 0 when equal. */
export function compareDebVersions(a: string, b: string): number {
  const [ea, ua, ra] = split(a);
  const [eb, ub, rb] = split(b);
  if (ea !== eb) return ea - eb;
  return comparePart(ua, ub) || comparePart(ra, rb);
}
