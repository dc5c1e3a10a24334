/**
 * A small stand-in for the real session in the store's unit tests: a real world (the
 * engine's createWorld and file trees), but only the handful of commands the tests type.
 * It lets the store's tests run fast and without the catalog; the real session is driven by
 * the browser tests.
 */
import type { Clock } from '../../engine/clock';
import type { EngineEvent } from '../../engine/events';
import { textFile } from '../../engine/fs/node';
import { getAt, removeAt, setAt } from '../../engine/fs/tree';
import { splitPath } from '../../engine/fs/path';
import { createWorld, DEFAULT_HOST } from '../../engine/host/world';
import type { World } from '../../engine/host/state';
import type { SessionSnapshot, TranscriptEntry } from '../../session/session';
import type { EngineLoader, SessionLike } from '../engine-loader';

type Output = TranscriptEntry['output'];

export class FakeSession implements SessionLike {
  private world: World = createWorld(['cat', 'echo', 'rm', 'mv']);
  private attachments: SessionSnapshot['attachments'] = [];
  /** Every input run, with the clock's time, for assertions on replays. */
  readonly runs: { input: string; time: number }[] = [];

  constructor(private readonly clock: Clock) {}

  get state(): SessionSnapshot {
    return { world: this.world, attachments: this.attachments };
  }

  restore(snapshot: SessionSnapshot): void {
    this.world = snapshot.world;
    this.attachments = snapshot.attachments;
  }

  prompt(): string {
    return this.attachments.length > 0 ? '/ # ' : 'learner@laptop:~$ ';
  }

  private path(name: string): string[] {
    return splitPath(`/home/learner/${name.replace(/^~\//, '')}`);
  }

  private setFs(update: (fs: World['hosts'][string]['fs']) => World['hosts'][string]['fs']) {
    const host = this.world.hosts[DEFAULT_HOST]!;
    this.world = {
      ...this.world,
      hosts: { ...this.world.hosts, [DEFAULT_HOST]: { ...host, fs: update(host.fs) } },
    };
  }

  private read(name: string): string | undefined {
    const node = getAt(this.world.hosts[DEFAULT_HOST]!.fs, this.path(name));
    return node?.kind === 'file' ? node.text : undefined;
  }

  run(input: string): TranscriptEntry {
    const time = this.clock.now();
    const prompt = this.prompt();
    this.runs.push({ input, time });
    const output: Output = [];
    const events: EngineEvent[] = [];
    let exitCode = 0;
    let durationMs = 0;
    const write = (name: string, text: string) =>
      this.setFs((fs) => setAt(fs, this.path(name), textFile(text)));
    let m: RegExpMatchArray | null;
    if (input === 'boom') throw new Error('engine exploded');
    if ((m = input.match(/^sleep (\d+(?:\.\d+)?)$/))) durationMs = Number(m[1]) * 1000;
    else if ((m = input.match(/^cat > (\S+) <<'(\w+)'\n([\s\S]*?)\2$/))) write(m[1]!, m[3]!);
    else if ((m = input.match(/^echo (.*) > (\S+)$/))) write(m[2]!, `${m[1]}\n`);
    else if ((m = input.match(/^cat (\S+)$/))) {
      const text = this.read(m[1]!);
      if (text === undefined) {
        output.push({ stream: 'stderr', text: `cat: ${m[1]}: No such file or directory\n` });
        exitCode = 1;
      } else output.push({ stream: 'stdout', text });
    } else if ((m = input.match(/^rm (\S+)$/))) this.setFs((fs) => removeAt(fs, this.path(m![1]!)));
    else if ((m = input.match(/^mv (\S+) (\S+)$/))) {
      const text = this.read(m[1]!) ?? '';
      this.setFs((fs) => setAt(removeAt(fs, this.path(m![1]!)), this.path(m![2]!), textFile(text)));
    } else if (input.startsWith('docker build')) {
      const host = DEFAULT_HOST;
      const lines = (this.read('Dockerfile') ?? '').split('\n').filter((l) => l.trim() !== '');
      events.push({ type: 'build-started', host, tag: 'app', steps: lines.length });
      lines.forEach((instruction, index) =>
        events.push({
          type: 'layer-created',
          host,
          stage: 'stage-0',
          index,
          instruction,
          diffId: `sha256:${index}`,
          size: 1000 * index,
          empty: index === 0,
        }),
      );
      events.push({
        type: 'build-finished',
        host,
        imageId: `sha256:${'ab'.repeat(32)}`,
        tags: ['app:latest'],
      });
    } else if (input.startsWith('docker exec -it')) {
      this.attachments = [
        ...this.attachments,
        { kind: 'host', host: 'box', previous: DEFAULT_HOST },
      ];
    } else if (input === 'exit' && this.attachments.length > 0) {
      this.attachments = this.attachments.slice(0, -1);
    } else if (input.trim() !== '') {
      output.push({ stream: 'stderr', text: `bash: ${input.split(' ')[0]}: command not found\n` });
      exitCode = 127;
    }
    return {
      host: DEFAULT_HOST,
      prompt,
      input,
      output,
      exitCode,
      time,
      durationMs,
      events,
      notes: [],
    };
  }
}

/** An engine loader that makes fake sessions and remembers them. */
export function fakeEngine(): { load: EngineLoader; sessions: FakeSession[] } {
  const sessions: FakeSession[] = [];
  return {
    sessions,
    load: async () => (clock) => {
      const session = new FakeSession(clock);
      sessions.push(session);
      return session;
    },
  };
}

/** localStorage's behaviour over a Map, with a switch to make writes fail (a full quota). */
export class MemoryStorage {
  readonly items = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}
