/**
 * How each tool prints a size or a duration. They differ in units (powers of 1000 or 1024),
 * rounding and spacing, and experts notice, so each tool's rule lives here by name.
 */

/**
 * apt's SizeToStr plus the "B" its messages append ("296 kB", "4681 kB", "12.3 MB", "5412 B").
 * Docker builds run in the C locale, so there is no thousands separator.
 */
export function aptSize(bytes: number): string {
  const units = ['', 'k', 'M', 'G', 'T', 'P'];
  let size = Math.abs(bytes);
  for (let i = 0; i < units.length; i++) {
    if (size < 100 && i !== 0) return `${size.toFixed(1)} ${units[i]}B`;
    if (size < 10000) return `${Math.round(size)} ${units[i]}B`;
    size /= 1000;
  }
  return `${Math.round(size)} EB`;
}

/** apt's TimeToStr for short spans ("0s", "2s", "1min 13s"). */
export function aptDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}min ${seconds % 60}s`;
}

/** pip's format_size ("103 kB", "8.5 kB", "1.8 MB", "512 bytes"). */
export function pipSize(bytes: number): string {
  if (bytes > 1000 * 1000) return `${(bytes / 1000 / 1000).toFixed(1)} MB`;
  if (bytes > 10 * 1000) return `${Math.floor(bytes / 1000)} kB`;
  if (bytes > 1000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${Math.floor(bytes)} bytes`;
}

/** rich's decimal size pair in pip's progress bar ("24.7/24.7 MB"). */
export function richDownloadPair(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let unit = 0;
  let size = bytes;
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000;
    unit++;
  }
  const text = unit === 0 ? `${bytes}` : size.toFixed(1);
  return `${text}/${text} ${units[unit]}`;
}

/** rich's transfer speed column ("14.2 MB/s"). */
export function richSpeed(bytesPerSecond: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let unit = 0;
  let size = bytesPerSecond;
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000;
    unit++;
  }
  return `${unit === 0 ? Math.round(size) : size.toFixed(1)} ${units[unit]}/s`;
}

/** npm's elapsed time in its summary line ("in 812ms", "in 2s", "in 1m"). */
export function npmDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60000) return `${Math.round(ms / 1000)}s`;
  return `${Math.round(ms / 60000)}m`;
}

/** Whole MiB, rounded down, as apk prints its totals. */
export function wholeMiB(bytes: number): number {
  return Math.floor(bytes / (1024 * 1024));
}

/** Simulated transfer time for a download at a typical CI bandwidth, in ms. */
export function transferMs(bytes: number, bytesPerSecond = 25_000_000): number {
  return Math.round((bytes / bytesPerSecond) * 1000);
}
