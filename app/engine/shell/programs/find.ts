/**
 * find: paths, tests (-name -iname -path -type -maxdepth -mindepth -empty -size -perm
 * -user -newer -mtime -mmin), operators (! -not -a -o, parentheses) and actions (-print -print0 -delete
 * -exec ... {} \; and {} + -prune -quit). Directories are read in byte order.
 */
import type { LiveNode } from '../../fs/node';
import { matchPattern } from '../expand/pattern';
import { fileError } from '../messages';
import type { Program, ProgramIO } from '../program';
import { userByName } from '../users';
import { abs } from './support';
import { mtimeOf } from './times';

type Expr =
  | { op: 'and'; left: Expr; right: Expr }
  | { op: 'or'; left: Expr; right: Expr }
  | { op: 'not'; expr: Expr }
  | { op: 'test'; name: string; arg?: string; command?: string[]; batch?: boolean };

interface Visit {
  path: string;
  node: LiveNode;
  depth: number;
}

class FindError extends Error {}

const TAKES_ARG = new Set([
  '-name',
  '-iname',
  '-path',
  '-ipath',
  '-wholename',
  '-type',
  '-maxdepth',
  '-mindepth',
  '-size',
  '-perm',
  '-user',
  '-group',
  '-newer',
  '-mtime',
  '-mmin',
  '-uid',
  '-gid',
  '-regex',
  '-links',
  '-fprint',
]);
const NO_ARG = new Set([
  '-print',
  '-print0',
  '-delete',
  '-prune',
  '-quit',
  '-empty',
  '-true',
  '-false',
  '-depth',
  '-xdev',
  '-mount',
  '-follow',
  '-ls',
  '-readable',
  '-writable',
  '-executable',
  '-nouser',
  '-nogroup',
]);

function parseExpr(args: string[]): Expr | undefined {
  let pos = 0;
  const primary = (): Expr => {
    const tok = args[pos++];
    if (tok === undefined) throw new FindError('expected an expression');
    if (tok === '(') {
      const inner = or();
      if (args[pos++] !== ')')
        throw new FindError(
          "invalid expression; I was expecting to find a ')' somewhere but did not see one.",
        );
      return inner;
    }
    if (tok === '!' || tok === '-not') return { op: 'not', expr: primary() };
    if (tok === '-exec' || tok === '-execdir' || tok === '-ok') {
      const command: string[] = [];
      for (;;) {
        const word = args[pos++];
        if (word === undefined) throw new FindError(`missing argument to \`${tok}'`);
        if (word === ';') return { op: 'test', name: '-exec', command, batch: false };
        if (word === '+' && command[command.length - 1] === '{}')
          return { op: 'test', name: '-exec', command, batch: true };
        command.push(word);
      }
    }
    if (TAKES_ARG.has(tok)) {
      const arg = args[pos++];
      if (arg === undefined) throw new FindError(`missing argument to \`${tok}'`);
      return { op: 'test', name: tok, arg };
    }
    if (NO_ARG.has(tok)) return { op: 'test', name: tok };
    throw new FindError(
      tok.startsWith('-')
        ? `unknown predicate \`${tok}'`
        : `paths must precede expression: \`${tok}'`,
    );
  };
  const and = (): Expr => {
    let left = primary();
    while (pos < args.length && args[pos] !== '-o' && args[pos] !== '-or' && args[pos] !== ')') {
      if (args[pos] === '-a' || args[pos] === '-and') pos++;
      left = { op: 'and', left, right: primary() };
    }
    return left;
  };
  const or = (): Expr => {
    let left = and();
    while (args[pos] === '-o' || args[pos] === '-or') {
      pos++;
      left = { op: 'or', left, right: and() };
    }
    return left;
  };
  if (args.length === 0) return undefined;
  const expr = or();
  if (pos < args.length) throw new FindError(`paths must precede expression: \`${args[pos]}'`);
  return expr;
}

function hasAction(expr: Expr | undefined): boolean {
  if (!expr) return false;
  if (expr.op === 'test')
    return ['-print', '-print0', '-delete', '-exec', '-ls', '-quit', '-fprint'].includes(expr.name);
  if (expr.op === 'not') return hasAction(expr.expr);
  return hasAction(expr.left) || hasAction(expr.right);
}

function findOption(expr: Expr | undefined, name: string): string | undefined {
  if (!expr) return undefined;
  if (expr.op === 'test') return expr.name === name ? (expr.arg ?? '') : undefined;
  if (expr.op === 'not') return findOption(expr.expr, name);
  return findOption(expr.left, name) ?? findOption(expr.right, name);
}

export const find: Program = (argv, io) => {
  const args = argv.slice(1).filter((a) => !['-L', '-H', '-P'].includes(a));
  const firstExpr = args.findIndex((a) => a.startsWith('-') || a === '(' || a === '!');
  const roots = firstExpr < 0 ? args : args.slice(0, firstExpr);
  let expr: Expr | undefined;
  try {
    expr = parseExpr(firstExpr < 0 ? [] : args.slice(firstExpr));
  } catch (error) {
    if (!(error instanceof FindError)) throw error;
    io.stderr(`find: ${error.message}\n`);
    return 1;
  }
  const maxDepth = Number(findOption(expr, '-maxdepth') ?? Infinity);
  const minDepth = Number(findOption(expr, '-mindepth') ?? 0);
  const deleting =
    findOption(expr, '-delete') !== undefined || findOption(expr, '-depth') !== undefined;
  const print = !hasAction(expr);
  const batches = new Map<Expr, string[]>();
  let status = 0;
  let quit = false;
  const out: string[] = [];

  const references = new Map<string, number | undefined>();
  /** -newer's file, read once: a missing one is reported once and matches nothing. */
  const referenceTime = (name: string): number | undefined => {
    if (references.has(name)) return references.get(name);
    const st = io.fs.stat(abs(io, name));
    if (!st.ok) {
      io.stderr(fileError(io.userland, 'find.access', name, st.error));
      status = 1;
    }
    const time = st.ok ? mtimeOf(st.value.node, io.now) : undefined;
    references.set(name, time);
    return time;
  };

  const evaluate = (e: Expr, v: Visit, prune: { value: boolean }): boolean => {
    if (e.op === 'and') return evaluate(e.left, v, prune) && evaluate(e.right, v, prune);
    if (e.op === 'or') return evaluate(e.left, v, prune) || evaluate(e.right, v, prune);
    if (e.op === 'not') return !evaluate(e.expr, v, prune);
    const base = v.path.replace(/\/+$/, '').split('/').pop() || v.path;
    const node = v.node;
    switch (e.name) {
      case '-name':
        return matchPattern(e.arg ?? '', base);
      case '-iname':
        return matchPattern((e.arg ?? '').toLowerCase(), base.toLowerCase());
      case '-path':
      case '-wholename':
        return matchPattern(e.arg ?? '', v.path);
      case '-ipath':
        return matchPattern((e.arg ?? '').toLowerCase(), v.path.toLowerCase());
      case '-regex':
        try {
          return new RegExp(`^(?:${e.arg})$`).test(v.path);
        } catch {
          return false;
        }
      case '-type':
        return (e.arg ?? '')
          .split(',')
          .some(
            (t) =>
              (t === 'f' && node.kind === 'file') ||
              (t === 'd' && node.kind === 'dir') ||
              (t === 'l' && node.kind === 'symlink'),
          );
      case '-empty':
        return node.kind === 'dir'
          ? Object.keys(node.children).length === 0
          : node.kind === 'file' && node.size === 0;
      case '-size':
        return sizeTest(e.arg ?? '', node.kind === 'file' ? node.size : 4096);
      case '-perm':
        return permTest(e.arg ?? '', 'mode' in node ? node.mode : 0o777);
      case '-user': {
        const uid = /^[0-9]+$/.test(e.arg ?? '')
          ? Number(e.arg)
          : userByName(io.fs, e.arg ?? '')?.uid;
        return node.uid === uid;
      }
      case '-uid':
        return node.uid === Number(e.arg);
      case '-gid':
        return node.gid === Number(e.arg);
      case '-executable':
        return 'mode' in node && (node.mode & 0o111) !== 0;
      case '-newer': {
        const reference = referenceTime(e.arg ?? '');
        return reference !== undefined && mtimeOf(node, io.now) > reference;
      }
      case '-mtime':
        return ageTest(e.arg ?? '', (io.now - mtimeOf(node, io.now)) / 86_400_000, Math.floor);
      case '-mmin':
        return ageTest(e.arg ?? '', (io.now - mtimeOf(node, io.now)) / 60_000, Math.ceil);
      case '-false':
        return false;
      case '-print':
        out.push(v.path + '\n');
        return true;
      case '-print0':
        out.push(v.path + '\0');
        return true;
      case '-ls':
        out.push(`${v.path}\n`);
        return true;
      case '-prune':
        prune.value = true;
        return true;
      case '-quit':
        quit = true;
        return true;
      case '-delete': {
        const removed = io.fs.remove(abs(io, v.path), { recursive: false });
        if (!removed.ok) {
          io.stderr(
            `find: cannot delete '${v.path}': ${removed.error === 'ENOTEMPTY' ? 'Directory not empty' : 'No such file or directory'}\n`,
          );
          status = 1;
        }
        return removed.ok;
      }
      case '-exec': {
        if (e.batch) {
          const list = batches.get(e) ?? [];
          list.push(v.path);
          batches.set(e, list);
          return true;
        }
        const command = (e.command ?? []).map((w) => w.replaceAll('{}', v.path));
        return runCommand(io, command) === 0;
      }
      default:
        return true;
    }
  };

  for (const root of roots.length > 0 ? roots : ['.']) {
    const start = io.fs.lstat(abs(io, root));
    if (!start.ok) {
      io.stderr(fileError(io.userland, 'find.access', root, start.error));
      status = 1;
      continue;
    }
    const walk = (path: string, depth: number): void => {
      if (quit) return;
      const st = io.fs.lstat(abs(io, path));
      if (!st.ok) return;
      const node = st.value.node;
      const visit: Visit = { path, node, depth };
      const prune = { value: false };
      const check = (): void => {
        if (depth < minDepth || quit) return;
        const matched = expr ? evaluate(expr, visit, prune) : true;
        if (matched && print) out.push(path + '\n');
      };
      if (!deleting) check();
      if (node.kind === 'dir' && depth < maxDepth && !prune.value) {
        const names = io.fs.readdir(abs(io, path));
        // `find /` as a non-root user: each unreadable directory is reported and skipped.
        if (!names.ok && names.error === 'EACCES') {
          io.stderr(fileError(io.userland, 'find.access', path, names.error));
          status = 1;
        }
        for (const name of names.ok ? names.value : [])
          walk(path === '/' ? `/${name}` : `${path.replace(/\/+$/, '')}/${name}`, depth + 1);
      }
      if (deleting) check();
    };
    walk(root, 0);
  }
  io.stdout(out.join(''));
  for (const [e, paths] of batches) {
    const command = (e.op === 'test' ? (e.command ?? []) : []).flatMap((w) =>
      w === '{}' ? paths : [w],
    );
    if (runCommand(io, command) !== 0) status = 1;
  }
  return status;
};

function runCommand(io: ProgramIO, command: string[]): number {
  const status = io.run(command);
  if (status === 127)
    io.stderr(
      io.userland === 'busybox'
        ? `find: ${command[0]}: No such file or directory\n`
        : `find: '${command[0]}': No such file or directory\n`,
    );
  return status;
}

/** -mtime/-mmin: `n` exactly n units old (age rounded as find rounds it), `+n` more, `-n` less. */
function ageTest(spec: string, age: number, round: (n: number) => number): boolean {
  const m = /^([+-]?)([0-9]+)$/.exec(spec);
  if (!m) return false;
  const n = Number(m[2]);
  if (m[1] === '+') return round(age) > n;
  if (m[1] === '-') return age < n;
  return round(age) === n;
}

function sizeTest(spec: string, size: number): boolean {
  const m = /^([+-]?)([0-9]+)([ckMGb]?)$/.exec(spec);
  if (!m) return false;
  const unit = { c: 1, k: 1024, M: 1048576, G: 1073741824, b: 512, '': 512 }[m[3] as string] ?? 512;
  const units = Math.ceil(size / unit);
  const n = Number(m[2]);
  return m[1] === '+' ? units > n : m[1] === '-' ? units < n : units === n;
}

function permTest(spec: string, mode: number): boolean {
  const m = /^([-/]?)([0-7]+)$/.exec(spec);
  if (!m) return false;
  const want = parseInt(m[2] as string, 8);
  if (m[1] === '-') return (mode & want) === want;
  if (m[1] === '/') return (mode & want) !== 0;
  return (mode & 0o7777) === want;
}
