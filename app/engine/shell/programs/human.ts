/** Human-readable sizes as GNU (`ls -lh`, `du -h`, `df -h`) and BusyBox print them. */

const UNITS = ['K', 'M', 'G', 'T', 'P'];

/** GNU rounds up: 1234000 bytes is 1.2M, 4096 is 4.0K, 6 is 6. */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (value < 10) {
    const rounded = Math.ceil(value * 10) / 10;
    if (rounded >= 10) return `10${UNITS[unit]}`;
    return `${rounded.toFixed(1)}${UNITS[unit]}`;
  }
  const whole = Math.ceil(value);
  if (whole >= 1024 && unit < UNITS.length - 1) return `1.0${UNITS[unit + 1]}`;
  return `${whole}${UNITS[unit]}`;
}

/** Disk usage of a file in 1K blocks (4K filesystem blocks). */
export function blocksOf(kind: 'file' | 'dir' | 'symlink', size: number): number {
  if (kind === 'symlink') return 0;
  if (kind === 'dir') return 4;
  return Math.ceil(size / 4096) * 4;
}
