import { describe, expect, it } from 'vitest';
import { MAX_PROBE_OUTPUT, truncateProbeOutput } from './health-probe';

describe('truncateProbeOutput', () => {
  it('keeps output up to 4096 bytes as it is', () => {
    const text = 'x'.repeat(MAX_PROBE_OUTPUT);
    expect(truncateProbeOutput(text)).toBe(text);
  });

  it('keeps the first 4096 bytes and adds "..." when there was more', () => {
    // Recorded: `--health-cmd 'yes abcdefg | head -c 5000'` → Output of length 4099
    // ending "abcdefg\n..." (4096 bytes: 512 whole lines, then the dots).
    const output = truncateProbeOutput('abcdefg\n'.repeat(625));
    expect(output.length).toBe(4099);
    expect(output.endsWith('g\nabcdefg\n...')).toBe(true);
  });

  it('counts bytes, not characters', () => {
    const output = truncateProbeOutput('é'.repeat(3000));
    expect(new TextEncoder().encode(output.slice(0, -3)).length).toBe(MAX_PROBE_OUTPUT);
  });
});
