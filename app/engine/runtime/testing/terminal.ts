/**
 * Test support: a terminal over the engine's line runners (the host shell with the docker
 * CLI, and shells attached inside containers), keeping the world and the attachments as
 * the session does, with a clock that moves on by what each line took plus a second of
 * typing. Not used by production code.
 */
import { beforeAll } from 'vitest';
import { loadCatalog } from '../../catalog';
import type { Catalog } from '../../catalog/types';
import { hostToolNames, runHostLine } from '../../cli/host-line';
import { runInteractiveLine, type Attachment } from '../../cli/interactive';
import { ManualClock, REPLAY_EPOCH } from '../../clock';
import type { EngineEvent } from '../../events';
import type { Container } from '../../host/containers';
import type { HostState, World } from '../../host/state';
import { createWorld } from '../../host/world';

export interface Printed {
  out: string;
  err: string;
  code: number;
  notes: string[];
  events: EngineEvent[];
}

export class Terminal {
  readonly clock = new ManualClock(REPLAY_EPOCH);
  world: World = createWorld(hostToolNames());
  attachments: Attachment[] = [];

  constructor(readonly catalog: Catalog) {}

  static async open(): Promise<Terminal> {
    return new Terminal(await loadCatalog());
  }

  run(line: string): Printed {
    const now = this.clock.now();
    const attached = this.attachments[this.attachments.length - 1];
    const options = { catalog: this.catalog, now };
    const result = attached
      ? runInteractiveLine(this.world, attached, line, options)
      : runHostLine(this.world, line, options);
    this.world = result.world;
    // A detach and an attach together replace the attachment (a shell line moved its cwd).
    if (result.detach) this.attachments = this.attachments.slice(0, -1);
    if (result.attach) this.attachments = [...this.attachments, result.attach];
    this.clock.advance(result.durationMs + 1000);
    const text = (stream: 'stdout' | 'stderr') =>
      result.output
        .filter((c) => c.stream === stream)
        .map((c) => c.text)
        .join('');
    return {
      out: text('stdout'),
      err: text('stderr'),
      code: result.exitCode,
      notes: result.notes,
      events: result.events,
    };
  }

  /** The prompt of the shell the terminal is attached to, if any. */
  prompt(): string | undefined {
    return this.attachments[this.attachments.length - 1]?.prompt;
  }

  wait(ms: number): void {
    this.clock.advance(ms);
  }

  get host(): HostState {
    return this.world.hosts[this.world.current]!;
  }

  container(name: string): Container {
    const found = Object.values(this.host.containers).find((c) => c.name === name);
    if (!found) throw new Error(`no container ${name}`);
    return found;
  }
}

/**
 * For the top of a test file: loads the catalog once (beforeAll) and returns a maker of
 * terminals whose host has pulled busybox, the image the recorded daemon fixtures used.
 */
export function busyboxTerminals(pull = 'docker pull busybox'): () => Terminal {
  let catalog: Catalog | undefined;
  beforeAll(async () => {
    catalog = await loadCatalog();
  });
  return () => {
    if (!catalog) throw new Error('busyboxTerminals() must be called at the top of a test file');
    const t = new Terminal(catalog);
    t.run(pull);
    return t;
  };
}

/**
 * Writes files under `dir` on the host as a person would (`mkdir -p` and `printf`), escaping
 * what printf and sh would read: a build context for the image a test builds.
 */
export function writeHostFiles(t: Terminal, dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = `${dir}/${path}`;
    const escaped = text
      .replace(/\\/g, '\\\\')
      .replace(/%/g, '%%')
      .replace(/'/g, "'\\''")
      .replace(/\t/g, '\\t')
      .replace(/\n/g, '\\n');
    const made = t.run(`mkdir -p ${full.replace(/\/[^/]*$/, '')} && printf '${escaped}' > ${full}`);
    if (made.code !== 0) throw new Error(`could not write ${full}: ${made.err}`);
  }
}
