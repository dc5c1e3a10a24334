// The SIZE column of `docker ps -s`: the writable layer's size, and the whole container's
// (image layers included) as "virtual" when the daemon reported it.
import { humanSizeWithPrecision } from './units';

export function containerSizeColumn(sizeRw: number, sizeRootFs: number): string {
  const rw = humanSizeWithPrecision(sizeRw, 3);
  if (sizeRootFs <= 0) return rw;
  return `${rw} (virtual ${humanSizeWithPrecision(sizeRootFs, 3)})`;
}
