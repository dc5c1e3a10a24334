/**
 * Where a long path may wrap in a narrow card: after each slash, so `/app/requirements.txt`
 * breaks as `/app/` + `requirements.txt`, never inside a name (a projected room reads whole
 * names). Joining the parts gives the path back unchanged.
 */
export function pathParts(path: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < path.length; i++) {
    // Never before a leading slash, inside a run of slashes or after a trailing one.
    if (path[i] === '/' && i > 0 && path[i + 1] !== '/' && i + 1 < path.length) {
      parts.push(path.slice(start, i + 1));
      start = i + 1;
    }
  }
  parts.push(path.slice(start));
  return parts;
}
