/**
 * Attachments: what the terminal is connected to besides the current host's shell. `ssh
 * HOST` moves the terminal to another host until `exit`; `docker exec -it NAME sh` opens a
 * shell inside a container until `exit`.
 */
import type { Catalog } from '../catalog/types';
import type { World } from '../host/state';
import type { LineResult } from './line-result';
import { runContainerShellLine } from '../runtime/interactive-shell';
import { runHostLine } from './host-line';

export type Attachment =
  | { kind: 'host'; host: string; previous: string; prompt?: undefined }
  | {
      kind: 'container';
      host: string;
      containerId: string;
      prompt: string;
      cwd: string;
      env: Record<string, string>;
      vars: Record<string, string>;
      user: string;
    };

export interface LineOptions {
  catalog: Catalog;
  now: number;
  /**
   * The host's terminal is a TTY, as a real user's is: stdout that is not redirected or
   * piped is then a terminal (ls prints columns; docker export and save refuse it). Off by
   * default, as in the recorded fixtures, whose stdout was captured.
   */
  tty?: boolean;
}

export function runInteractiveLine(
  world: World,
  attachment: Attachment,
  input: string,
  options: LineOptions,
): LineResult {
  if (attachment.kind === 'container')
    return runContainerShellLine(world, attachment, input, options);
  if (/^\s*(exit|logout)(\s+\d+)?\s*$/.test(input)) {
    const output = [
      { stream: 'stdout' as const, text: `logout\nConnection to ${attachment.host} closed.\n` },
    ];
    return {
      world: { ...world, current: attachment.previous },
      output,
      exitCode: 0,
      durationMs: 0,
      events: [],
      notes: [],
      detach: true,
    };
  }
  return runHostLine(world, input, options);
}
