/**
 * make (GNU make 4.4): reads the Makefile in the working directory (or -C DIR, -f FILE) and
 * brings goals up to date, running each recipe line in sh as make does, with its echo,
 * `@`/`-` prefixes, automatic variables and "Error N" wording. Files carry no timestamps in
 * the simulation, so an existing file target counts as up to date unless a prerequisite was
 * remade in this run. A Makefile written by a modelled ./configure (LAYERCAKE_MODEL) is
 * handed to that model (cpython-build.ts), which knows what the real build produces.
 */
import type { Catalog, Distro } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { matchPattern } from '../../shell/expand/pattern';
import { absolute, exists, listDir, readText } from '../common/fs-helpers';
import { runModelledMake } from './cpython-build';
import { emptyMakefile, expand, parseMakefile, type Makefile, type Rule } from './makefile';

interface MakeRun {
  io: ProgramIO;
  mk: Makefile;
  dir: string;
  file: string;
  prefix: string;
  silent: boolean;
  dryRun: boolean;
  keepGoing: boolean;
  ignoreErrors: boolean;
  made: Map<string, Outcome>;
  ran: boolean;
  env: Record<string, string>;
}

type Outcome = 'remade' | 'current' | 'failed';

/** Built-in implicit rules (a subset of `make -p`): compile C and C++, link one-file programs. */
const BUILTIN: Rule[] = [
  ['%.o', '%.c', '$(CC) $(CFLAGS) $(CPPFLAGS) $(TARGET_ARCH) -c -o $@ $<'],
  ['%.o', '%.cc', '$(CXX) $(CXXFLAGS) $(CPPFLAGS) $(TARGET_ARCH) -c -o $@ $<'],
  ['%.o', '%.cpp', '$(CXX) $(CXXFLAGS) $(CPPFLAGS) $(TARGET_ARCH) -c -o $@ $<'],
  [
    '%',
    '%.c',
    '$(CC) $(CFLAGS) $(CPPFLAGS) $(LDFLAGS) $(TARGET_ARCH) $^ $(LOADLIBES) $(LDLIBS) -o $@',
  ],
  ['%', '%.o', '$(CC) $(LDFLAGS) $(TARGET_ARCH) $^ $(LOADLIBES) $(LDLIBS) -o $@'],
].map(([target = '', prereq = '', text = '']) => ({
  targets: [target],
  prereqs: [prereq],
  recipe: [{ text, line: 0 }],
  line: 0,
}));

export function makeProgram(catalog: Catalog, distro: Distro | undefined): Program {
  return (argv, io) => {
    const args = argv.slice(1);
    const goals: string[] = [];
    const overrides: Record<string, string> = {};
    let dir = io.cwd;
    let file: string | undefined;
    let jobs = 1;
    const flags = new Set<string>();
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      const value = (short: string, long: string) =>
        arg === short || arg === long
          ? args[++i]
          : arg.startsWith(`${long}=`)
            ? arg.slice(long.length + 1)
            : arg.slice(short.length);
      if (arg === '-C' || arg.startsWith('--directory') || /^-C./.test(arg))
        dir = absolute(dir, value('-C', '--directory') ?? '.');
      else if (
        arg === '-f' ||
        arg.startsWith('--file') ||
        arg.startsWith('--makefile') ||
        /^-f./.test(arg)
      )
        file = value('-f', '--file');
      else if (arg === '-j' || arg.startsWith('-j') || arg.startsWith('--jobs')) {
        const n =
          /^\d+$/.test(args[i + 1] ?? '') && arg === '-j'
            ? args[++i]
            : arg.replace(/^(-j|--jobs=?)/, '');
        jobs = Number(n) || 2;
      } else if (arg === '--version' || arg === '-v') {
        io.stdout(
          'GNU Make 4.4.1\nBuilt for x86_64-pc-linux-gnu\nCopyright (C) 1988-2023 Free Software Foundation, Inc.\n',
        );
        return 0;
      } else if (/^[A-Za-z_][A-Za-z0-9_.]*=/.test(arg)) {
        const eq = arg.indexOf('=');
        overrides[arg.slice(0, eq)] = arg.slice(eq + 1);
      } else if (arg.startsWith('-'))
        for (const letter of arg.replace(/^--?/, '').split(''))
          flags.add(arg.startsWith('--') ? arg.slice(2) : letter);
      else goals.push(arg);
    }
    const level = Number(io.env.MAKELEVEL ?? '0') || 0;
    const prefix = level > 0 ? `make[${level}]` : 'make';
    const enter = dir !== io.cwd;
    if (enter) io.stdout(`${prefix}: Entering directory '${dir}'\n`);
    const status = run(io, catalog, distro, {
      dir,
      file,
      goals,
      overrides,
      jobs,
      flags,
      prefix,
      level,
    });
    if (enter) io.stdout(`${prefix}: Leaving directory '${dir}'\n`);
    return status;
  };
}

interface Invocation {
  dir: string;
  file: string | undefined;
  goals: string[];
  overrides: Record<string, string>;
  jobs: number;
  flags: Set<string>;
  prefix: string;
  level: number;
}

function run(io: ProgramIO, catalog: Catalog, distro: Distro | undefined, inv: Invocation): number {
  const candidates = inv.file ? [inv.file] : ['GNUmakefile', 'makefile', 'Makefile'];
  const file = candidates.find((f) => exists(io.fs, absolute(inv.dir, f)));
  if (!file) {
    if (inv.file) {
      io.stderr(
        `${inv.prefix}: ${inv.file}: No such file or directory\n${inv.prefix}: *** No rule to make target '${inv.file}'.  Stop.\n`,
      );
    } else if (inv.goals.length === 0) {
      io.stderr(`${inv.prefix}: *** No targets specified and no makefile found.  Stop.\n`);
    } else io.stderr(`${inv.prefix}: *** No rule to make target '${inv.goals[0]}'.  Stop.\n`);
    return 2;
  }
  const text = readText(io.fs, absolute(inv.dir, file)) ?? '';
  const model = /^LAYERCAKE_MODEL=\s*(.+)$/m.exec(text)?.[1]?.trim();
  if (model) return runModelledMake(io, catalog, distro, { ...inv, model, makefile: text });
  const mk = emptyMakefile(io.env, inv.overrides);
  const glob = (pattern: string) => globIn(io, inv.dir, pattern);
  parseMakefile(text, mk, (f) => readText(io.fs, absolute(inv.dir, f)), glob);
  if (mk.unsupported.length > 0)
    io.note(
      `make did not evaluate ${mk.unsupported.slice(0, 3).join(', ')}${mk.unsupported.length > 3 ? ' and more' : ''}: the simulation's make reads the common subset of GNU make.`,
    );
  const goals = inv.goals.length > 0 ? inv.goals : mk.defaultGoal ? [mk.defaultGoal] : [];
  if (goals.length === 0) {
    io.stderr(`${inv.prefix}: *** No targets.  Stop.\n`);
    return 2;
  }
  const state: MakeRun = {
    io,
    mk,
    dir: inv.dir,
    file,
    prefix: inv.prefix,
    silent: inv.flags.has('s') || inv.flags.has('silent') || inv.flags.has('quiet'),
    dryRun: inv.flags.has('n') || inv.flags.has('dry-run') || inv.flags.has('just-print'),
    keepGoing: inv.flags.has('k') || inv.flags.has('keep-going'),
    ignoreErrors: inv.flags.has('i') || inv.flags.has('ignore-errors'),
    made: new Map(),
    ran: false,
    // Variables set on the command line are exported to recipes, as GNU make does.
    env: { ...io.env, ...inv.overrides, MAKELEVEL: String(inv.level + 1) },
  };
  let failed = false;
  for (const goal of goals) {
    state.ran = false;
    const outcome = update(state, goal, undefined);
    if (outcome === 'failed') {
      failed = true;
      if (!state.keepGoing) break;
    } else if (!state.ran) {
      const rule = findRule(state, goal);
      io.stdout(
        rule && rule.recipe.length > 0 && !mk.phony.has(goal)
          ? `${inv.prefix}: '${goal}' is up to date.\n`
          : `${inv.prefix}: Nothing to be done for '${goal}'.\n`,
      );
    }
  }
  return failed ? 2 : 0;
}

function globIn(io: ProgramIO, dir: string, pattern: string): string[] {
  const slash = pattern.lastIndexOf('/');
  const base = slash >= 0 ? pattern.slice(0, slash) : '';
  const names = listDir(io.fs, absolute(dir, base || '.'));
  const last = pattern.slice(slash + 1);
  return names.filter((n) => matchPattern(last, n)).map((n) => (base ? `${base}/${n}` : n));
}

interface Found {
  prereqs: string[];
  recipe: Rule['recipe'];
  stem: string;
}

function findRule(state: MakeRun, target: string): Found | undefined {
  const explicit = state.mk.rules.filter((r) => r.targets.includes(target));
  if (explicit.length > 0) {
    const withRecipe = explicit.find((r) => r.recipe.length > 0);
    const prereqs = explicit.flatMap((r) => r.prereqs);
    if (withRecipe || state.mk.phony.has(target))
      return { prereqs, recipe: withRecipe?.recipe ?? [], stem: '' };
    const implicit = implicitRule(state, target);
    return implicit
      ? { ...implicit, prereqs: [...implicit.prereqs, ...prereqs] }
      : { prereqs, recipe: [], stem: '' };
  }
  return implicitRule(state, target);
}

function implicitRule(state: MakeRun, target: string): Found | undefined {
  for (const rule of [...state.mk.patterns, ...BUILTIN]) {
    for (const pattern of rule.targets) {
      const stem = stemOf(pattern, target);
      if (stem === undefined) continue;
      const prereqs = rule.prereqs.map((p) => p.replace('%', stem));
      const available = prereqs.every(
        (p) =>
          exists(state.io.fs, absolute(state.dir, p)) ||
          state.mk.rules.some((r) => r.targets.includes(p)),
      );
      if (available) return { prereqs, recipe: rule.recipe, stem };
    }
  }
  return undefined;
}

function stemOf(pattern: string, word: string): string | undefined {
  const i = pattern.indexOf('%');
  if (i < 0) return undefined;
  const [pre, post] = [pattern.slice(0, i), pattern.slice(i + 1)];
  return word.length > pre.length + post.length && word.startsWith(pre) && word.endsWith(post)
    ? word.slice(pre.length, word.length - post.length)
    : undefined;
}

function update(state: MakeRun, target: string, parent: string | undefined): Outcome {
  const done = state.made.get(target);
  if (done) return done;
  state.made.set(target, 'current'); // a dependency cycle stops here, as make drops it
  const { io } = state;
  const rule = findRule(state, target);
  const present = exists(io.fs, absolute(state.dir, target));
  if (!rule) {
    if (present) return 'current';
    io.stderr(
      `${state.prefix}: *** No rule to make target '${target}'${parent ? `, needed by '${parent}'` : ''}.  Stop.\n`,
    );
    state.made.set(target, 'failed');
    return 'failed';
  }
  let remade = false;
  for (const prereq of rule.prereqs) {
    const outcome = update(state, prereq, target);
    if (outcome === 'failed') {
      state.made.set(target, 'failed');
      return 'failed';
    }
    if (outcome === 'remade') remade = true;
  }
  if (present && !remade && !state.mk.phony.has(target) && rule.prereqs.length > 0)
    return 'current';
  if (present && !state.mk.phony.has(target) && rule.prereqs.length === 0 && rule.recipe.length > 0)
    return 'current';
  if (rule.recipe.length === 0) return remade ? 'remade' : 'current';
  const unique = [...new Set(rule.prereqs)];
  const auto = {
    '@': target,
    '<': rule.prereqs[0] ?? '',
    '^': unique.join(' '),
    '?': unique.join(' '),
    '*': rule.stem,
  };
  for (const step of rule.recipe) {
    const expanded = expand(step.text, { mk: state.mk, auto });
    let command = expanded.trimStart();
    let quiet = state.silent;
    let ignore = state.ignoreErrors;
    while (/^[@+-]/.test(command)) {
      if (command[0] === '@') quiet = true;
      if (command[0] === '-') ignore = true;
      command = command.slice(1).trimStart();
    }
    if (command === '') continue;
    state.ran = true;
    if (!quiet || state.dryRun) io.stdout(`${command}\n`);
    if (state.dryRun) continue;
    const status = io.runScript
      ? io.runScript(command, {
          argv0: '/bin/sh',
          commandString: true,
          cwd: state.dir,
          env: state.env,
        })
      : io.run(['sh', '-c', command], undefined, { cwd: state.dir, env: state.env });
    if (status !== 0) {
      const where = `${state.file}:${step.line}: ${target}`;
      if (ignore) {
        io.stderr(`${state.prefix}: [${where}] Error ${status} (ignored)\n`);
        continue;
      }
      io.stderr(`${state.prefix}: *** [${where}] Error ${status}\n`);
      state.made.set(target, 'failed');
      return 'failed';
    }
  }
  state.made.set(target, 'remade');
  return 'remade';
}
