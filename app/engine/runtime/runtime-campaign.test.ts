// The runtime campaign: short scenarios a learner or a teacher types (runtime-*.txt, recorded
// by scripts/oracle/cases/runtime.sh, each from a clean daemon), replayed command for command
// in a fresh simulation. stdout, stderr and the exit status must match once what differs
// between any two runs of Docker (ids, times, sizes) is masked.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import { campaignShape, writeHeaderFiles, type StepMismatch } from './testing/campaign';
import { fixtureNames, fixtureSteps } from './testing/fixtures';
import { Terminal } from './testing/terminal';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

/** `stateOnly`: the command still runs (later steps need what it makes), unchecked. */
type Skip = Record<
  string,
  { when: (command: string) => boolean; why: string; stateOnly?: boolean }[]
>;

/**
 * Commands whose recorded output cannot be the simulation's: the recording had no terminal on
 * stdin, while a learner's terminal is one (`-it` opens a shell there).
 */
const NOT_COMPARABLE: Skip = {
  'runtime-run-tty': [{ when: (c) => c.includes(' -it '), why: 'a learner has a terminal' }],
  'runtime-exec-stopped': [
    { when: (c) => c.includes('exec -it'), why: 'a learner has a terminal' },
  ],
};

/**
 * The oracle's busybox is a Debian busybox-static imported by hand, not the busybox:latest
 * image the catalog models (see the fixtures README): its `/` has no lib/lib64, it has no
 * /etc/shadow, and its `ps` is built without the TIME column.
 */
const OTHER_BUSYBOX: Skip = {
  'runtime-ps-inside': [
    { when: (c) => /busybox ps$|exec web ps$/.test(c), why: "the image's ps prints TIME" },
    { when: (c) => c.includes("'ls -a /'"), why: 'the image has /lib and /lib64' },
  ],
  'runtime-exec-codes': [{ when: (c) => c.includes('/etc/shadow'), why: 'the image has it' }],
  'runtime-df-table': [
    { when: (c) => c.includes('cut -c1-40'), why: 'image size, cut before its unit' },
  ],
};

/** Differences found by the campaign that belong to other parts of the engine (reported). */
const KNOWN_GAPS: Skip = {
  'runtime-events-window': [
    {
      when: (c) => c.includes('docker events') && !c.includes('--format'),
      why: 'recorded on 20.10: Docker 24+ daemons add execDuration to die events, as we do',
    },
  ],
  'runtime-run-exit-codes': [
    {
      when: (c) => c.endsWith('sh -c'),
      why: "BusyBox sh's usage error is worded as dash's (shell)",
    },
  ],
  'runtime-run-tty': [
    {
      when: (c) => c.includes(' -t '),
      why: 'a -t container prints \\n where a pseudo-terminal gives \\r\\n (the browser terminal shows both alike)',
    },
  ],
  'runtime-tmpfs-cp-exec': [
    {
      when: (c) => c.includes("'/scratch/s;"),
      why: "a shell's execve checks the file, not its noexec mount (shell)",
    },
  ],
  'runtime-users-switch': [
    { when: (c) => c.includes('/proc/1/status'), why: 'a container has no /proc (shell, fs)' },
  ],
  'runtime-network-ls': [
    { when: (c) => c.includes('/sys/class/net'), why: 'a container has no /sys (shell, fs)' },
  ],
  'runtime-tmpfs-df': [
    {
      when: (c) => c.includes('df '),
      why: "df inside does not list a tmpfs, and df PATH lists every mount (shell's disk.ts)",
    },
  ],
};

function mismatches(fixture: string): StepMismatch[] {
  const t = new Terminal(catalog);
  t.run('docker pull -q busybox');
  writeHeaderFiles(t, fixture);
  const skips = [NOT_COMPARABLE, OTHER_BUSYBOX, KNOWN_GAPS].flatMap((s) => s[fixture] ?? []);
  const found: StepMismatch[] = [];
  for (const step of fixtureSteps(fixture)) {
    const skip = skips.find((s) => s.when(step.command));
    if (skip?.stateOnly) t.run(step.command);
    if (skip) continue;
    const run = t.run(step.command);
    const got = { out: campaignShape(run.out), err: campaignShape(run.err), code: run.code };
    const want = {
      out: campaignShape(step.stdout),
      err: campaignShape(step.stderr),
      code: step.exit,
    };
    if (got.out !== want.out || got.err !== want.err || got.code !== want.code)
      found.push({ command: step.command, want, got });
  }
  return found;
}

describe('the runtime campaign matches real Docker', () => {
  // The client-side cli-* recordings start from a clean daemon too.
  const names = [...fixtureNames('runtime-'), ...fixtureNames('cli-')];
  it('has its recorded scenarios', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
  });
  for (const name of names) {
    it(name, () => {
      expect(mismatches(name)).toEqual([]);
    });
  }
});
