/**
 * Test driver for the image, registry and system commands: runs `docker ...` lines through
 * the real dispatcher (flags, --help, errors) against a HostRuntime, with a host filesystem
 * and a clock that keep going between lines. Not used by production code.
 */
import type { Container } from '../../host/containers';
import type { HostRuntime } from '../../host/runtime';
import { createHost } from '../../host/world';
import { OverlayFs } from '../../fs/overlay';
import { emptyDir } from '../../fs/node';
import type { Digest } from '../../fs/digest';
import type { ProgramIO } from '../../shell/program';
import { REPLAY_EPOCH } from '../../clock';
import { dockerProgram } from '../docker';
import type { DockerCommand } from '../command';
import { IMAGE_COMMANDS } from './image-commands';

export interface LineOutput {
  out: string;
  err: string;
  code: number;
}

/** Splits a command line into words: spaces separate, single and double quotes group. */
export function words(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: string | undefined;
  let started = false;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      started = true;
    } else if (ch === ' ') {
      if (started || current) out.push(current);
      current = '';
      started = false;
    } else current += ch;
  }
  if (started || current) out.push(current);
  return out;
}

export class DockerDriver {
  now = REPLAY_EPOCH;
  private readonly filesystems = new Map<string, OverlayFs>();

  constructor(
    readonly rt: HostRuntime,
    private readonly commands: readonly DockerCommand[] = IMAGE_COMMANDS,
  ) {}

  /** The current host's files (kept per host across lines). */
  fs(): OverlayFs {
    const name = this.rt.hostName;
    let fs = this.filesystems.get(name);
    if (!fs) {
      fs = new OverlayFs([], this.rt.host.fs);
      fs.mkdir(this.rt.host.home, { parents: true });
      this.filesystems.set(name, fs);
    }
    return fs;
  }

  run(line: string, stdin = ''): LineOutput {
    const result: LineOutput = { out: '', err: '', code: 0 };
    const io: ProgramIO = {
      fs: this.fs(),
      env: { HOME: this.rt.host.home },
      cwd: this.rt.host.home,
      user: { name: 'learner', uid: 1000, gid: 1000, home: this.rt.host.home },
      userland: 'gnu',
      stdin,
      stdout: (t) => (result.out += t),
      stderr: (t) => (result.err += t),
      note: () => {},
      spend: (ms) => (this.now += ms),
      now: this.now,
      run: () => 127,
    };
    const program = dockerProgram(this.rt, () => {}, this.commands);
    result.code = program(words(line), io);
    return result;
  }

  /** Moves to another host (created on first use), as `ssh HOST` does. */
  ssh(name: string): void {
    const world = this.rt.world;
    const hosts = world.hosts[name]
      ? world.hosts
      : { ...world.hosts, [name]: createHost(name, []) };
    this.rt.world = { ...world, hosts, current: name };
  }

  /** Lets simulated time pass between lines. */
  wait(ms: number): void {
    this.now += ms;
  }

  /** A container record using an image, as the runtime would leave it. */
  addContainer(name: string, image: Digest, status: Container['status'] = 'running'): Container {
    const id = this.rt.ids.next('container');
    const container: Container = {
      id,
      name,
      image,
      imageRef: image,
      upper: emptyDir(),
      status,
      exitCode: 0,
      path: 'sleep',
      args: ['3600'],
      env: [],
      workingDir: '/',
      user: '',
      created: this.now,
      startedAt: this.now,
      finishedAt: status === 'running' ? 0 : this.now,
      mounts: [],
      logs: [],
      autoRemove: false,
      ports: [],
      labels: {},
      hostname: id.slice(0, 12),
      restartCount: 0,
      longRunning: status === 'running',
      ignoresSigterm: true,
    };
    this.rt.updateHost((h) => ({ ...h, containers: { ...h.containers, [id]: container } }));
    return container;
  }
}
