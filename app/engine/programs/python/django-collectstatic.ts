/**
 * `manage.py collectstatic`: django.contrib.staticfiles' finders (STATICFILES_DIRS first, then
 * each installed app's static/ folder, the first file of a path winning) copy into
 * STATIC_ROOT, with the command's prompt, its staticfiles system checks and its summary line
 * ("\n130 static files copied to '/code/staticfiles'."), in Django's words.
 */
import { resolvePath } from '../../fs/path';
import type { ProgramIO } from '../../shell/program';
import {
  blobOf,
  exists,
  isDir,
  readText,
  walkFiles,
  writeBlob,
  writeText,
} from '../common/fs-helpers';
import type { PythonEnv } from './env';
import { djangoTraceback, type DjangoRun } from './django-run';
import { listItems, pathValue, stringList, type DjangoSettings } from './django-settings';

/** A path below a folder, relative to it. */
const relative = (dir: string, path: string) => path.slice(dir.length + 1);

interface Source {
  /** The path under STATIC_ROOT. */
  rel: string;
  file: string;
}

/** The folder of an app's module: `blog`, `blog.apps.BlogConfig`, `django.contrib.admin`. */
function appDir(io: ProgramIO, roots: readonly string[], app: string): string | undefined {
  const dotted = app.replace(/\.apps\.\w+Config$/, '').replace(/\.\w*Config$/, '');
  const rel = dotted.replace(/\./g, '/');
  return roots.map((root) => `${root}/${rel}`).find((dir) => isDir(io.fs, dir));
}

function filesUnder(io: ProgramIO, dir: string, prefix: string): Source[] {
  return walkFiles(io.fs, dir).map((f) => ({
    rel: (prefix ? `${prefix}/` : '') + relative(dir, f.path),
    file: f.path,
  }));
}

/** The staticfiles checks collectstatic runs first: E002 stops it, W004 only warns. */
export function staticChecks(
  io: ProgramIO,
  dirs: readonly { dir: string }[],
  root: string | undefined,
): number | undefined {
  const errors = root && dirs.some((d) => d.dir === root);
  const missing = dirs.filter((d) => !isDir(io.fs, d.dir));
  if (errors) {
    io.stderr(
      'SystemCheckError: System check identified some issues:\n\nERRORS:\n?: (staticfiles.E002) The STATICFILES_DIRS setting should not contain the STATIC_ROOT setting.\n\nSystem check identified 1 issue (0 silenced).\n',
    );
    return 1;
  }
  if (missing.length > 0) {
    const lines = missing.map(
      (d) =>
        `?: (staticfiles.W004) The directory '${d.dir}' in the STATICFILES_DIRS setting does not exist.`,
    );
    io.stderr(
      `System check identified some issues:\n\nWARNINGS:\n${lines.join('\n')}\n\nSystem check identified ${missing.length} issue${missing.length === 1 ? '' : 's'} (0 silenced).\n`,
    );
  }
  return undefined;
}

/** STATIC_ROOT (undefined when unset) and STATICFILES_DIRS' folders with their prefixes. */
export function staticLocations(
  io: ProgramIO,
  run: DjangoRun,
  settings: DjangoSettings,
  noteDefault: boolean,
): { root: string | undefined; dirs: { prefix: string; dir: string }[] } {
  const rootExpr = settings.values.get('STATIC_ROOT');
  let root = rootExpr === undefined ? undefined : pathValue(settings, rootExpr, io.env, io.cwd);
  if (root === undefined && rootExpr !== undefined && rootExpr !== 'None') {
    root = resolvePath(run.pathZero, 'staticfiles');
    if (noteDefault)
      io.note(
        `STATIC_ROOT = ${rootExpr} is beyond what the simulation reads from settings.py; it collects into ${root} instead.`,
      );
  }
  const dirs = listItems(settings.values.get('STATICFILES_DIRS') ?? '').flatMap((item) => {
    const pair = /^\(\s*["']([^"']*)["']\s*,(.*)\)$/s.exec(item);
    const dir = pathValue(settings, pair ? pair[2]! : item, io.env, io.cwd);
    return dir ? [{ prefix: pair?.[1] ?? '', dir }] : [];
  });
  return { root, dirs };
}

export function collectStatic(
  io: ProgramIO,
  env: PythonEnv,
  run: DjangoRun,
  settings: DjangoSettings,
): number {
  const apps = stringList(settings, 'INSTALLED_APPS');
  if (!apps.includes('django.contrib.staticfiles')) {
    io.stderr(`Unknown command: 'collectstatic'\nType '${run.prog} help' for usage.\n`);
    return 1;
  }
  const has = (...flags: string[]) => run.args.some((a) => flags.includes(a));
  const interactive = !has('--noinput', '--no-input');
  const clear = has('-c', '--clear');
  const { root, dirs } = staticLocations(io, run, settings, true);
  const failed = staticChecks(io, dirs, root);
  if (failed !== undefined) return failed;

  const warn = root === undefined || (isDir(io.fs, root) && walkFiles(io.fs, root).length > 0);
  if (interactive && warn) {
    const where = root ? `:\n\n    ${root}\n\n` : '.\n\n';
    io.stdout(
      `\nYou have requested to collect static files at the destination\nlocation as specified in your settings${where}${clear ? 'This will DELETE ALL FILES in this location!\n' : 'This will overwrite existing files!\n'}Are you sure you want to do this?\n\nType 'yes' to continue, or 'no' to cancel: `,
    );
    const answer = io.stdin.split('\n')[0];
    if (answer === undefined || io.stdin === '')
      return djangoTraceback(io, run, 'EOFError: EOF when reading a line');
    if (answer.trim() !== 'yes') {
      io.stderr('CommandError: Collecting static files cancelled.\n');
      return 1;
    }
  }
  if (root === undefined)
    return djangoTraceback(
      io,
      run,
      "django.core.exceptions.ImproperlyConfigured: You're using the staticfiles app without having set the STATIC_ROOT setting to a filesystem path.",
    );

  const roots = [run.pathZero, io.cwd, env.sitePackages];
  const sources: Source[] = [
    ...dirs.flatMap((d) => (isDir(io.fs, d.dir) ? filesUnder(io, d.dir, d.prefix) : [])),
    ...apps.flatMap((app) => {
      const dir = appDir(io, roots, app);
      return dir && isDir(io.fs, `${dir}/static`) ? filesUnder(io, `${dir}/static`, '') : [];
    }),
  ];
  let out = '';
  if (clear && isDir(io.fs, root))
    for (const f of walkFiles(io.fs, root)) {
      out += `Deleting '${relative(root, f.path)}'\n`;
      io.fs.remove(f.path);
    }
  const seen = new Set<string>();
  let copied = 0;
  let unmodified = 0;
  for (const source of sources) {
    if (seen.has(source.rel)) {
      out += `Found another file with the destination path '${source.rel}'. It will be ignored since only the first encountered file is collected. If this is not what you want, make sure every static file has a unique path.\n`;
      continue;
    }
    seen.add(source.rel);
    const target = `${root}/${source.rel}`;
    const text = readText(io.fs, source.file);
    const blob = blobOf(io.fs, source.file);
    const same =
      exists(io.fs, target) &&
      (text !== undefined ? readText(io.fs, target) === text : blobOf(io.fs, target) === blob);
    if (same) {
      unmodified++;
      continue;
    }
    const read = io.fs.readFile(source.file);
    const size = read.ok ? read.value.size : 0;
    if (text !== undefined) writeText(io.fs, target, text);
    else writeBlob(io.fs, target, blob ?? `static:${source.rel}`, size);
    copied++;
  }
  io.spend(20 + sources.length * 2);
  const storage = `${settings.values.get('STORAGES') ?? ''}${settings.values.get('STATICFILES_STORAGE') ?? ''}`;
  if (/Manifest|Compressed/.test(storage))
    io.note(
      `The staticfiles storage (${/[\w.]*(?:Manifest|Compressed)\w*/.exec(storage)?.[0]}) would also post-process the files (hashed names, compressed copies); the simulation copies them only.`,
    );
  out += `\n${copied} static file${copied === 1 ? '' : 's'} copied to '${root}'${unmodified ? `, ${unmodified} unmodified` : ''}.\n`;
  io.stdout(out);
  return 0;
}
