/**
 * One health probe: the check runs in the container as `docker exec` would run it (the
 * container's env, user and working directory, through exec.ts), so what it writes lands in
 * the writable layer as Docker's probes do. The result is what State.Health.Log keeps.
 */
import { formatGoDuration } from '../cli/format/go-duration';
import type { Container, HealthProbeResult } from '../host/containers';
import type { HostRuntime } from '../host/runtime';
import { execInContainer } from './exec';
import type { Probe } from './healthcheck';

/** Docker keeps at most this many bytes of a probe's output, then adds "...". */
export const MAX_PROBE_OUTPUT = 4096;

/** The first 4096 bytes of the output (UTF-8), and "..." when there was more. */
export function truncateProbeOutput(output: string): string {
  const bytes = new TextEncoder().encode(output);
  if (bytes.length <= MAX_PROBE_OUTPUT) return output;
  return `${new TextDecoder().decode(bytes.slice(0, MAX_PROBE_OUTPUT))}...`;
}

/**
 * Runs the probe at `start`. A check that keeps running (`sleep 60`) or takes longer than
 * the timeout ends at the timeout with ExitCode -1 and Docker's words; one that cannot start
 * (CMD ["nope"]) is -1 with the runtime's message.
 */
export function runProbe(
  rt: HostRuntime,
  container: Container,
  probe: Probe,
  start: number,
): HealthProbeResult {
  const result = execInContainer(
    rt,
    container,
    { argv: probe.argv, env: [], tty: false, interactive: false, detach: false },
    { catalog: rt.catalog, now: start, ref: container.id },
  );
  if (!result.ok) return { start, end: start, exitCode: -1, output: result.error };
  if (result.stillRunning || result.durationMs > probe.timeoutMs) {
    return {
      start,
      end: start + probe.timeoutMs,
      exitCode: -1,
      output: `Health check exceeded timeout (${formatGoDuration(probe.timeoutNs)})`,
    };
  }
  const output = result.output.map((chunk) => chunk.text).join('');
  return {
    start,
    end: start + result.durationMs,
    exitCode: result.exitCode,
    output: truncateProbeOutput(output),
  };
}
