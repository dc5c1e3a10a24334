/**
 * Reading a Makefile the way GNU make does, for the common subset: variables (`=`, `:=`,
 * `?=`, `+=`, command-line overrides), explicit and pattern rules with recipes, `.PHONY`,
 * `include`, ifeq/ifneq/ifdef/ifndef, and expansion with automatic variables, substitution
 * references and the text functions Makefiles use most. `$(shell ...)` is not run (a
 * program cannot capture another's output here): it expands to nothing, with a note.
 */

export interface Rule {
  targets: string[];
  prereqs: string[];
  recipe: { text: string; line: number }[];
  line: number;
}

export interface Makefile {
  vars: Map<string, { value: string; recursive: boolean }>;
  rules: Rule[];
  patterns: Rule[];
  phony: Set<string>;
  /** Variables set on the command line: the Makefile cannot change them. */
  overrides: Set<string>;
  defaultGoal?: string;
  /** Things that were not evaluated, for a note. */
  unsupported: string[];
}

export type ReadFile = (path: string) => string | undefined;

const FUNCTIONS = new Set(
  'wildcard patsubst subst addprefix addsuffix notdir dir basename suffix filter filter-out sort strip words word firstword lastword foreach if shell join findstring or and error warning info abspath realpath'.split(
    ' ',
  ),
);

/** GNU make's starting variables: built-ins, then the environment, then the command line. */
export function emptyMakefile(
  env: Readonly<Record<string, string>>,
  overrides: Record<string, string>,
): Makefile {
  const vars = new Map<string, { value: string; recursive: boolean }>([
    ['CC', { value: 'cc', recursive: false }],
    ['CXX', { value: 'g++', recursive: false }],
    ['RM', { value: 'rm -f', recursive: false }],
    ['MAKE', { value: 'make', recursive: false }],
  ]);
  for (const [k, v] of Object.entries(env)) vars.set(k, { value: v, recursive: false });
  for (const [k, v] of Object.entries(overrides)) vars.set(k, { value: v, recursive: false });
  const overridden = new Set(Object.keys(overrides));
  return {
    vars,
    rules: [],
    patterns: [],
    phony: new Set(),
    overrides: overridden,
    unsupported: [],
  };
}

/** Splits `a:b` style arguments at the first top-level comma. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function patternMatch(pattern: string, word: string): string | undefined {
  const i = pattern.indexOf('%');
  if (i < 0) return pattern === word ? '' : undefined;
  const [pre, post] = [pattern.slice(0, i), pattern.slice(i + 1)];
  return word.length >= pre.length + post.length && word.startsWith(pre) && word.endsWith(post)
    ? word.slice(pre.length, word.length - post.length)
    : undefined;
}

export function patsubst(pattern: string, replacement: string, text: string): string {
  return words(text)
    .map((w) => {
      const stem = patternMatch(pattern, w);
      return stem === undefined ? w : replacement.replace('%', stem);
    })
    .join(' ');
}

export interface ExpandContext {
  mk: Makefile;
  auto?: Record<string, string>;
  glob?: (pattern: string) => string[];
}

export function expand(text: string, ctx: ExpandContext, depth = 0): string {
  if (depth > 30 || !text.includes('$')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) break;
    if (next === '$') {
      out += '$';
      i++;
      continue;
    }
    if (next !== '(' && next !== '{') {
      out += lookup(next, ctx, depth);
      i++;
      continue;
    }
    const close = next === '(' ? ')' : '}';
    let level = 0;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] === next) level++;
      else if (text[j] === close && --level === 0) break;
    }
    out += reference(text.slice(i + 2, j), ctx, depth);
    i = j;
  }
  return out;
}

function lookup(name: string, ctx: ExpandContext, depth: number): string {
  const automatic = ctx.auto?.[name];
  if (automatic !== undefined) return automatic;
  const v = ctx.mk.vars.get(name);
  if (!v) return '';
  return v.recursive ? expand(v.value, ctx, depth + 1) : v.value;
}

function reference(body: string, ctx: ExpandContext, depth: number): string {
  const space = body.search(/[\s]/);
  const fn = space > 0 ? body.slice(0, space) : '';
  if (FUNCTIONS.has(fn)) return call(fn, body.slice(space + 1), ctx, depth);
  const sub = /^([^:=]+):([^=]*)=(.*)$/.exec(body);
  if (sub) {
    const [, name = '', from = '', to = ''] = sub;
    const value = lookup(expand(name, ctx, depth + 1), ctx, depth);
    return from.includes('%') ? patsubst(from, to, value) : patsubst(`%${from}`, `%${to}`, value);
  }
  return lookup(expand(body, ctx, depth + 1), ctx, depth);
}

function call(fn: string, rawArgs: string, ctx: ExpandContext, depth: number): string {
  const raw = splitArgs(rawArgs);
  const arg = (n: number) => expand(raw[n] ?? '', ctx, depth + 1);
  const list = (n: number) => words(arg(n));
  switch (fn) {
    case 'wildcard':
      return list(0)
        .flatMap((p) => ctx.glob?.(p) ?? [])
        .join(' ');
    case 'patsubst':
      return patsubst(arg(0).trim(), arg(1).trim(), arg(2));
    case 'subst':
      return arg(2).split(arg(0)).join(arg(1));
    case 'addprefix':
      return list(1)
        .map((w) => arg(0).trim() + w)
        .join(' ');
    case 'addsuffix':
      return list(1)
        .map((w) => w + arg(0).trim())
        .join(' ');
    case 'notdir':
      return list(0)
        .map((w) => w.slice(w.lastIndexOf('/') + 1))
        .join(' ');
    case 'dir':
      return list(0)
        .map((w) => (w.includes('/') ? w.slice(0, w.lastIndexOf('/') + 1) : './'))
        .join(' ');
    case 'basename':
      return list(0)
        .map((w) => w.replace(/\.[^./]*$/, ''))
        .join(' ');
    case 'suffix':
      return list(0)
        .map((w) => /\.[^./]*$/.exec(w)?.[0] ?? '')
        .filter(Boolean)
        .join(' ');
    case 'filter':
    case 'filter-out': {
      const patterns = list(0);
      const keep = (w: string) => patterns.some((p) => patternMatch(p, w) !== undefined);
      return list(1)
        .filter((w) => (fn === 'filter' ? keep(w) : !keep(w)))
        .join(' ');
    }
    case 'sort':
      return [...new Set(list(0))].sort().join(' ');
    case 'strip':
      return list(0).join(' ');
    case 'words':
      return String(list(0).length);
    case 'word':
      return list(1)[Number(arg(0)) - 1] ?? '';
    case 'firstword':
      return list(0)[0] ?? '';
    case 'lastword':
      return list(0).at(-1) ?? '';
    case 'findstring':
      return arg(1).includes(arg(0)) ? arg(0) : '';
    case 'join':
      return list(0)
        .map((w, i) => w + (list(1)[i] ?? ''))
        .join(' ');
    case 'foreach': {
      const name = arg(0).trim();
      return list(1)
        .map((w) => expand(raw[2] ?? '', { ...ctx, auto: { ...ctx.auto, [name]: w } }, depth + 1))
        .join(' ');
    }
    case 'if':
      return arg(0).trim() !== '' ? arg(1) : arg(2);
    case 'or':
      return raw.map((_, i) => arg(i).trim()).find((v) => v !== '') ?? '';
    case 'and': {
      const values = raw.map((_, i) => arg(i).trim());
      return values.every((v) => v !== '') ? (values.at(-1) ?? '') : '';
    }
    case 'abspath':
    case 'realpath':
      return arg(0).trim();
    case 'info':
    case 'warning':
    case 'error':
      ctx.mk.unsupported.push(`$(${fn} ${arg(0)})`);
      return '';
    default:
      ctx.mk.unsupported.push(`$(${fn} ...)`);
      return '';
  }
}

/** Reads a Makefile's text into `mk` (called again for `include`d files). */
export function parseMakefile(
  text: string,
  mk: Makefile,
  read: ReadFile,
  glob: ExpandContext['glob'],
): void {
  const lines = text.replace(/\\\n[ \t]*/g, ' ').split('\n');
  const ctx: ExpandContext = { mk, glob };
  let current: Rule | undefined;
  const conditions: boolean[] = [];
  const active = () => conditions.every(Boolean);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.startsWith('\t') && current) {
      if (active()) current.recipe.push({ text: raw.slice(1), line });
      return;
    }
    const stripped = raw.replace(/(^|[^\\])#.*$/, '$1').trim();
    const cond = /^(ifeq|ifneq|ifdef|ifndef)\s*(.*)$/.exec(stripped);
    if (cond) {
      conditions.push(evaluateCondition(cond[1] ?? '', cond[2] ?? '', ctx));
      return;
    }
    if (stripped === 'else') {
      conditions.push(!(conditions.pop() ?? true));
      return;
    }
    if (stripped === 'endif') {
      conditions.pop();
      return;
    }
    if (!active() || stripped === '') return;
    const include = /^-?include\s+(.*)$/.exec(stripped);
    if (include) {
      for (const file of words(expand(include[1] ?? '', ctx))) {
        const body = read(file);
        if (body !== undefined) parseMakefile(body, mk, read, glob);
      }
      return;
    }
    const assign =
      /^(?:export\s+|override\s+)?([A-Za-z0-9_.-]+)\s*(:{1,3}=|\?=|\+=|=)\s*(.*)$/.exec(stripped);
    if (assign) {
      current = undefined;
      const [, name = '', op = '', value = ''] = assign;
      const old = mk.vars.get(name);
      if (mk.overrides.has(name) || (old && op === '?=')) return;
      if (op === '+=')
        mk.vars.set(name, {
          value: old ? `${old.value} ${value}` : value,
          recursive: old?.recursive ?? true,
        });
      else if (op.startsWith(':'))
        mk.vars.set(name, { value: expand(value, ctx), recursive: false });
      else mk.vars.set(name, { value, recursive: true });
      return;
    }
    const rule = /^([^:=]+?)\s*::?\s*([^=]*)$/.exec(stripped);
    if (rule) {
      const [head = '', inline] = (rule[2] ?? '').split(/;(.*)/);
      const targets = words(expand(rule[1] ?? '', ctx));
      const next: Rule = { targets, prereqs: words(expand(head, ctx)), recipe: [], line };
      if (inline?.trim()) next.recipe.push({ text: inline.trim(), line });
      if (targets.includes('.PHONY')) next.prereqs.forEach((p) => mk.phony.add(p));
      else if (targets.some((t) => t.includes('%'))) mk.patterns.push(next);
      else {
        mk.rules.push(next);
        mk.defaultGoal ??= targets.find((t) => !t.startsWith('.'));
      }
      current = next;
      return;
    }
    mk.unsupported.push(stripped);
  });
}

function evaluateCondition(kind: string, rest: string, ctx: ExpandContext): boolean {
  if (kind === 'ifdef' || kind === 'ifndef') {
    const defined = (ctx.mk.vars.get(rest.trim())?.value ?? '') !== '';
    return kind === 'ifdef' ? defined : !defined;
  }
  const paren = /^\((.*)\)$/.exec(rest.trim());
  const [a = '', b = ''] = paren
    ? splitArgs(paren[1] ?? '').map((s) => expand(s.trim(), ctx))
    : (rest.match(/"[^"]*"|'[^']*'/g) ?? []).map((s) => expand(s.slice(1, -1), ctx));
  return kind === 'ifeq' ? a === b : a !== b;
}
