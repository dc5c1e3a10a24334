/**
 * `manage.py migrate` on SQLite: the migrations of the installed apps (django.contrib's from a
 * table, the project's read from their migrations/ folders' `dependencies`), ordered as
 * Django's executor plans them (each leaf node, sorted, then a depth-first walk that takes
 * a node's largest parent first), printed as Django prints them. The database file records
 * what was applied, so a second run has "No migrations to apply." Other database engines
 * need a server the simulation does not run, so they are only noted.
 */
import type { ProgramIO } from '../../shell/program';
import { blobOf, isDir, listDir, readText, writeBlob } from '../common/fs-helpers';
import type { PythonEnv } from './env';
import type { DjangoRun } from './django-run';
import {
  dictEntries,
  pathValue,
  splitTop,
  stringList,
  type DjangoSettings,
} from './django-settings';

type Key = `${string}.${string}`;

/** django.contrib's migrations and their dependencies (unchanged from 4.2 through 6.0). */
const CONTRIB: Record<string, [string, string[]][]> = {
  contenttypes: [
    ['0001_initial', []],
    ['0002_remove_content_type_name', ['contenttypes.0001_initial']],
  ],
  auth: [
    ['0001_initial', ['contenttypes.__first__']],
    ['0002_alter_permission_name_max_length', ['auth.0001_initial']],
    ['0003_alter_user_email_max_length', ['auth.0002_alter_permission_name_max_length']],
    ['0004_alter_user_username_opts', ['auth.0003_alter_user_email_max_length']],
    ['0005_alter_user_last_login_null', ['auth.0004_alter_user_username_opts']],
    [
      '0006_require_contenttypes_0002',
      ['auth.0005_alter_user_last_login_null', 'contenttypes.0002_remove_content_type_name'],
    ],
    ['0007_alter_validators_add_error_messages', ['auth.0006_require_contenttypes_0002']],
    ['0008_alter_user_username_max_length', ['auth.0007_alter_validators_add_error_messages']],
    ['0009_alter_user_last_name_max_length', ['auth.0008_alter_user_username_max_length']],
    ['0010_alter_group_name_max_length', ['auth.0009_alter_user_last_name_max_length']],
    [
      '0011_update_proxy_permissions',
      ['auth.0010_alter_group_name_max_length', 'contenttypes.0002_remove_content_type_name'],
    ],
    ['0012_alter_user_first_name_max_length', ['auth.0011_update_proxy_permissions']],
  ],
  admin: [
    ['0001_initial', ['AUTH_USER.__first__', 'contenttypes.__first__']],
    ['0002_logentry_remove_auto_add', ['admin.0001_initial']],
    ['0003_logentry_add_action_flag_choices', ['admin.0002_logentry_remove_auto_add']],
  ],
  sessions: [['0001_initial', []]],
};

/** An app's label: its module's last part (`django.contrib.auth` → auth, `blog.apps.BlogConfig` → blog). */
function appModule(app: string): string {
  return app.replace(/\.apps\.\w+Config$/, '');
}

/** `dependencies = [...]` of a migration file, as `app.name` keys (`__first__` kept). */
function fileDependencies(source: string): string[] {
  const m = /^\s*dependencies\s*=\s*(\[[\s\S]*?\])\s*$/m.exec(source);
  if (!m) return [];
  return splitTop(m[1]!.slice(1, -1), ',').flatMap((item) => {
    if (/swappable_dependency\(\s*settings\.AUTH_USER_MODEL\s*\)/.test(item))
      return ['AUTH_USER.__first__'];
    const pair = /^\(\s*["']([\w]+)["']\s*,\s*["']([\w]+)["']\s*\)$/.exec(item);
    return pair ? [`${pair[1]}.${pair[2]}`] : [];
  });
}

interface Graph {
  parents: Map<Key, Key[]>;
  byApp: Map<string, Key[]>;
}

function buildGraph(
  io: ProgramIO,
  apps: readonly string[],
  roots: readonly string[],
  userModelApp: string,
): Graph {
  const raw = new Map<Key, string[]>();
  const byApp = new Map<string, Key[]>();
  for (const app of apps) {
    const module = appModule(app);
    const label = module.split('.').pop()!;
    const contrib = module.startsWith('django.contrib.') ? CONTRIB[label] : undefined;
    let migrations: [string, string[]][] = contrib ?? [];
    if (!contrib) {
      const dir = roots
        .map((r) => `${r}/${module.replace(/\./g, '/')}/migrations`)
        .find((d) => isDir(io.fs, d));
      migrations = dir
        ? listDir(io.fs, dir)
            .filter((f) => /^\d{4}_\w+\.py$/.test(f))
            .sort()
            .map((f) => [f.slice(0, -3), fileDependencies(readText(io.fs, `${dir}/${f}`) ?? '')])
        : [];
    }
    if (migrations.length === 0) continue;
    byApp.set(
      label,
      migrations.map(([name]) => `${label}.${name}` as Key),
    );
    for (const [name, deps] of migrations) raw.set(`${label}.${name}`, deps);
  }
  const resolve = (dep: string): Key | undefined => {
    const [app = '', name = ''] = dep.replace(/^AUTH_USER\./, `${userModelApp}.`).split('.');
    const list = byApp.get(app);
    if (name === '__first__') return list?.[0];
    if (name === '__latest__') return list?.at(-1);
    return raw.has(`${app}.${name}`) ? (`${app}.${name}` as Key) : undefined;
  };
  const parents = new Map<Key, Key[]>();
  for (const [key, deps] of raw) {
    const keyApp = key.split('.')[0]!;
    // A file whose dependencies this reader could not parse still follows its app's previous one.
    const list = byApp.get(keyApp)!;
    const found = deps.map(resolve).filter((k): k is Key => k !== undefined && k !== key);
    const at = list.indexOf(key);
    if (at > 0 && !found.some((k) => k.startsWith(`${keyApp}.`))) found.push(list[at - 1]!);
    parents.set(key, found);
  }
  return { parents, byApp };
}

/** Django's MigrationGraph.iterative_dfs over parents, from one target. */
function forwardsPlan(graph: Graph, target: Key): Key[] {
  const visited: Key[] = [];
  const done = new Set<Key>();
  const stack: [Key, boolean][] = [[target, false]];
  while (stack.length > 0) {
    const [node, processed] = stack.pop()!;
    if (done.has(node)) continue;
    if (processed) {
      done.add(node);
      visited.push(node);
    } else {
      stack.push([node, true]);
      const parents = [...(graph.parents.get(node) ?? [])].sort(compareKeys);
      for (const p of parents) stack.push([p, false]);
    }
  }
  return visited;
}

/** Keys compare as Python tuples (app label, migration name). */
function compareKeys(a: Key, b: Key): number {
  const [aa = '', an = ''] = a.split('.');
  const [ba = '', bn = ''] = b.split('.');
  return aa === ba ? (an < bn ? -1 : an > bn ? 1 : 0) : aa < ba ? -1 : 1;
}

/** The SQLite file DATABASES names, or undefined for another engine (or none). */
function sqliteFile(io: ProgramIO, settings: DjangoSettings): string | undefined {
  const databases = settings.values.get('DATABASES');
  const defaults = databases && dictEntries(databases).get('default');
  const entries = defaults ? dictEntries(defaults) : undefined;
  if (!entries || !/sqlite3/.test(entries.get('ENGINE') ?? '')) return undefined;
  return pathValue(settings, entries.get('NAME') ?? '', io.env, io.cwd);
}

const BLOB = 'django-sqlite:';

interface Plan {
  database: string;
  /** What the database file says is applied, and what the plan adds. */
  applied: Set<string>;
  plan: Key[];
  labels: string[];
  recorded: boolean;
}

function migrationPlan(
  io: ProgramIO,
  env: PythonEnv,
  run: DjangoRun,
  settings: DjangoSettings,
): Plan | undefined {
  const database = sqliteFile(io, settings);
  if (!database) return undefined;
  const apps = stringList(settings, 'INSTALLED_APPS');
  const userModel = /["'](\w+)\.\w+["']/.exec(settings.values.get('AUTH_USER_MODEL') ?? '')?.[1];
  const graph = buildGraph(io, apps, [run.pathZero, io.cwd, env.sitePackages], userModel ?? 'auth');
  const blob = blobOf(io.fs, database);
  const applied = new Set(
    blob?.startsWith(BLOB) ? blob.slice(BLOB.length).split(',').filter(Boolean) : [],
  );
  const leaves = [...graph.byApp.values()].map((list) => list.at(-1)!).sort(compareKeys);
  const plan: Key[] = [];
  for (const leaf of leaves)
    for (const key of forwardsPlan(graph, leaf))
      if (!applied.has(key)) {
        applied.add(key);
        plan.push(key);
      }
  return { database, applied, plan, labels: [...graph.byApp.keys()].sort(), recorded: !!blob };
}

/** What runserver's migration check counts: unapplied migrations and their apps (SQLite only). */
export function pendingMigrations(
  io: ProgramIO,
  env: PythonEnv,
  run: DjangoRun,
  settings: DjangoSettings,
): { count: number; apps: string[] } | undefined {
  const found = migrationPlan(io, env, run, settings);
  if (!found) return undefined;
  const apps = [...new Set(found.plan.map((k) => k.split('.')[0]!))].sort();
  return { count: found.plan.length, apps };
}

export function migrate(
  io: ProgramIO,
  env: PythonEnv,
  run: DjangoRun,
  settings: DjangoSettings,
): number {
  const found = migrationPlan(io, env, run, settings);
  if (!found) {
    io.note(
      "manage.py migrate needs the database server DATABASES names; the simulation runs none, so nothing was migrated and Django's output is not shown.",
    );
    return 0;
  }
  const { database, applied, plan, labels } = found;
  let out = `Operations to perform:\n  Apply all migrations: ${labels.join(', ')}\nRunning migrations:\n`;
  if (plan.length === 0) out += '  No migrations to apply.\n';
  for (const key of plan) out += `  Applying ${key}... OK\n`;
  io.stdout(out);
  io.spend(40 * plan.length);
  if (plan.length > 0 || !found.recorded) {
    // SQLite grows by 4 KiB pages; Django's default apps make a 128 KiB database.
    const pages = 8 + Math.ceil(applied.size * 1.3);
    writeBlob(io.fs, database, `${BLOB}${[...applied].sort().join(',')}`, pages * 4096);
  }
  if (plan.length > 0)
    io.note(
      `${database} is a stand-in SQLite file: it records which migrations were applied; the tables themselves are not modelled.`,
    );
  return 0;
}
