import { describe, expect, it } from 'vitest';
import { containerSizeColumn } from './size-column';

describe('containerSizeColumn', () => {
  it('shows the writable size and the virtual size as docker ps -s does', () => {
    // Observed: a fresh busybox container shows "0B (virtual 1.98MB)".
    expect(containerSizeColumn(0, 1_976_963)).toBe('0B (virtual 1.98MB)');
    expect(containerSizeColumn(12_400, 119_000_000)).toBe('12.4kB (virtual 119MB)');
  });
  it('omits the virtual part when the root size is unknown', () => {
    expect(containerSizeColumn(5, 0)).toBe('5B');
  });
});
