/**
 * File modes: parsing chmod's octal and symbolic forms (u+x, go-w, a=r, +x, u=rwx,g=rx) and
 * formatting them as ls shows them (-rwxr-xr-x, drwxrwxrwt).
 */

/** Applies a mode spec to a current mode; undefined if the spec is invalid. */
export function applyMode(
  spec: string,
  current: number,
  isDir: boolean,
  umask = 0o022,
): number | undefined {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let mode = current;
  for (const clause of spec.split(',')) {
    const match = /^([ugoa]*)((?:[-+=][rwxXst]*|[-+=][ugo])+)$/.exec(clause);
    if (!match) return undefined;
    const who = match[1] ?? '';
    const masked = who === '';
    const targets = who === '' || who.includes('a') ? 'ugo' : who;
    for (const action of (match[2] as string).match(/[-+=][rwxXstugo]*/g) ?? []) {
      const op = action[0];
      const perms = action.slice(1);
      let bits = 0;
      if (/^[ugo]$/.test(perms)) {
        const shift = { u: 6, g: 3, o: 0 }[perms as 'u' | 'g' | 'o'];
        const source = (mode >> shift) & 7;
        for (const t of targets) bits |= source << { u: 6, g: 3, o: 0 }[t as 'u' | 'g' | 'o'];
      } else {
        for (const t of targets) {
          const shift = { u: 6, g: 3, o: 0 }[t as 'u' | 'g' | 'o'];
          if (perms.includes('r')) bits |= 4 << shift;
          if (perms.includes('w')) bits |= 2 << shift;
          if (perms.includes('x') || (perms.includes('X') && (isDir || (mode & 0o111) !== 0)))
            bits |= 1 << shift;
          if (perms.includes('s') && t === 'u') bits |= 0o4000;
          if (perms.includes('s') && t === 'g') bits |= 0o2000;
          if (perms.includes('t') && t === 'o') bits |= 0o1000;
        }
      }
      // Without u/g/o/a, `+w` respects the umask (as chmod(1) says).
      if (masked && op !== '-') bits &= ~umask | 0o7000;
      if (op === '+') mode |= bits;
      else if (op === '-') mode &= ~bits;
      else {
        let clear = 0;
        for (const t of targets) clear |= 7 << { u: 6, g: 3, o: 0 }[t as 'u' | 'g' | 'o'];
        mode = (mode & ~clear) | bits;
      }
    }
  }
  return mode & 0o7777;
}

export function modeString(kind: 'file' | 'dir' | 'symlink', mode: number): string {
  const type = kind === 'dir' ? 'd' : kind === 'symlink' ? 'l' : '-';
  if (kind === 'symlink') return 'lrwxrwxrwx';
  const triplet = (bits: number, special: boolean, char: string): string =>
    `${bits & 4 ? 'r' : '-'}${bits & 2 ? 'w' : '-'}${special ? (bits & 1 ? char : char.toUpperCase()) : bits & 1 ? 'x' : '-'}`;
  return (
    type +
    triplet((mode >> 6) & 7, (mode & 0o4000) !== 0, 's') +
    triplet((mode >> 3) & 7, (mode & 0o2000) !== 0, 's') +
    triplet(mode & 7, (mode & 0o1000) !== 0, 't')
  );
}
