/**
 * npm run bench: engine figures, printed (not a timed test). Compare by ratio within one
 * run; the machine is shared and noisy. Run with --expose-gc for the heap figures.
 */
import { loadCatalog } from '../app/engine/catalog';
import type { Catalog } from '../app/engine/catalog/types';
import { runBuild } from '../app/engine/build/build';
import { makeContext } from '../app/engine/build/context';
import { createHost } from '../app/engine/host/world';
import { CounterIds } from '../app/engine/ids';
import { emptyDir, textFile, type DirNode } from '../app/engine/fs/node';
import { setAt } from '../app/engine/fs/tree';
import { splitPath } from '../app/engine/fs/path';
import { replay } from '../app/session/replay';
import { REAL_WORLD_DOCKERFILES } from '../app/engine/build/fixtures/real-world';

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);

const SEED = `FROM python:3.14-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "main.py"]
`;

function context(files: Record<string, string>): DirNode {
  let root = emptyDir();
  for (const [path, text] of Object.entries(files))
    root = setAt(root, splitPath(path), textFile(text));
  return root;
}

function build(catalog: Catalog, dockerfile: string, files: Record<string, string> = {}) {
  return runBuild(
    {
      dockerfile,
      dockerfileName: 'Dockerfile',
      context: makeContext(context({ Dockerfile: dockerfile, ...files })),
      tags: ['app'],
      buildArgs: {},
      noCache: true,
    },
    {
      catalog,
      host: createHost('bench', []),
      hostName: 'bench',
      ids: new CounterIds('bench'),
      now: NOW,
    },
  );
}

/**
 * Wall-clock time per run, and the process's CPU time per run beside it: on a shared machine
 * the wall clock also counts time spent waiting for a core, the CPU time does not. The CPU
 * time is the whole process's, every thread (V8's garbage collector and compiler threads
 * too), so it can read above the wall clock; Node 20 has no per-thread figure.
 */
function timeIt(label: string, runs: number, fn: () => void): number {
  for (let i = 0; i < Math.min(5, runs); i++) fn(); // warm up
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const per = (performance.now() - start) / runs;
  const used = process.cpuUsage(cpu);
  const cpuPer = (used.user + used.system) / 1000 / runs;
  console.log(
    `${label.padEnd(58)} ${per.toFixed(2).padStart(9)} ms/run  (${runs} runs, CPU all threads ${cpuPer.toFixed(2)} ms/run)`,
  );
  return per;
}

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

function twoHundredInstructions(): string {
  const lines = ['FROM debian:trixie-slim'];
  for (let i = 0; i < 199; i++) {
    const kind = i % 4;
    if (kind === 0) lines.push(`RUN echo step ${i} > /tmp/f${i}.txt`);
    else if (kind === 1) lines.push(`ENV VAR_${i}=value-${i}`);
    else if (kind === 2) lines.push(`COPY file${i % 10}.txt /data/file${i}.txt`);
    else lines.push(`LABEL step${i}="label ${i}"`);
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  const catalog = await loadCatalog();
  console.log('Layercake engine benchmarks (lower is better)\n');
  const files = { 'requirements.txt': 'flask\n', 'main.py': 'print("hi")\n' };
  timeIt('parse + build: seed (6 lines, python:3.14-slim)', 200, () => build(catalog, SEED, files));
  const big = twoHundredInstructions();
  const bigFiles = Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [`file${i}.txt`, `content ${i}\n`]),
  );
  timeIt('parse + build: 200 instructions', 20, () => build(catalog, big, bigFiles));
  for (const [name, fixture] of Object.entries(REAL_WORLD_DOCKERFILES)) {
    const label = `parse + build: real-world ${name}`;
    // A build that stops early would time only its first steps: say so instead of a figure.
    const once = build(catalog, fixture.dockerfile, fixture.context);
    if (!once.ok) {
      const why = once.stderr.trim().split('\n').at(-1) ?? 'failed';
      console.log(`${label.padEnd(58)} does not build here (${why.slice(0, 80)})`);
      continue;
    }
    timeIt(label, 10, () => build(catalog, fixture.dockerfile, fixture.context));
  }

  const before = heapMB();
  const kept: unknown[] = [];
  for (let i = 0; i < 1000; i++)
    kept.push(build(catalog, SEED, { ...files, 'main.py': `print(${i})\n` }));
  const after = heapMB();
  console.log(
    `${'heap for 1,000 seed builds held in memory'.padEnd(58)} ${(after - before).toFixed(1).padStart(9)} MB  (${(((after - before) * 1000) / 1000).toFixed(1)} kB per build)`,
  );
  void kept.length;

  // 100 containers from one (large) image, each writing 10 files: time, and heap growth that
  // should follow the writes, not the image's size.
  const pull = replay('docker pull python:3.14-slim\n', catalog).session;
  const heapBefore = heapMB();
  const startContainers = performance.now();
  for (let i = 0; i < 100; i++) {
    pull.run(`docker run -d --name c${i} python:3.14-slim sleep infinity`);
    pull.run(
      `docker exec c${i} sh -c 'for n in 1 2 3 4 5 6 7 8 9 10; do echo "file $n of c${i}" > /tmp/f$n.txt; done'`,
    );
  }
  const containersMs = performance.now() - startContainers;
  const heapAfter = heapMB();
  console.log(
    `${'100 containers × 10 files written (python:3.14-slim)'.padEnd(58)} ${containersMs.toFixed(0).padStart(9)} ms total`,
  );
  console.log(
    `${'  heap growth for those 100 containers'.padEnd(58)} ${(heapAfter - heapBefore).toFixed(1).padStart(9)} MB  (image is ~127 MB of simulated files)`,
  );

  const script = Array.from({ length: 500 }, (_, i) =>
    i % 5 === 0
      ? `echo line ${i} >> notes.txt`
      : i % 5 === 1
        ? 'ls'
        : i % 5 === 2
          ? 'cat notes.txt'
          : i % 5 === 3
            ? 'pwd'
            : 'docker images',
  ).join('\n');
  timeIt('replay: 500 commands', 1, () => replay(script, catalog));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
