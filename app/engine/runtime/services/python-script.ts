/**
 * A Python script in a container, read rather than executed: imports are checked against
 * what is installed, top-level `print()` of simple values prints, `time.sleep()` takes
 * simulated time, `sys.exit()` sets the status, and the calls that start a server
 * (`app.run()`, `uvicorn.run()`, `serve_forever()`, a `while True:` loop) hand over to the
 * server model. Everything else is skipped, with a note saying so.
 */
import type { ProgramIO } from '../../shell/program';
import {
  evalPy,
  keywordArgs,
  pyStr,
  splitTopLevel,
  type PyScope,
  type PyValue,
} from './python-expr';
import { importedModules, moduleAvailable } from './python-modules';

export type PythonServer =
  | { kind: 'flask'; appName: string; host: string; port: number; debug: boolean }
  | { kind: 'uvicorn'; host: string; port: number }
  | { kind: 'http'; host: string; port: number }
  | { kind: 'aiohttp'; host: string; port: number }
  | { kind: 'loop' };

export interface ScriptHost {
  io: ProgramIO;
  /** Path shown in tracebacks ("/app/main.py", or "<string>" for -c). */
  file: string;
  /** Module name Flask shows for the app ("main" for main.py run as a script). */
  moduleName: string;
  packageDirs: readonly string[];
  /** Buffered stdout (not a terminal, no -u): printed at exit. */
  print(text: string, stream: 'stdout' | 'stderr'): void;
  /** Starts a server or an endless loop: does not return. */
  serve(server: PythonServer, handlesSigterm: boolean): never;
}

interface Line {
  no: number;
  indent: number;
  text: string;
}

class PythonExit {
  constructor(readonly code: number) {}
}

function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

function depthOf(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
  }
  return depth;
}

/** Logical lines: comments dropped, bracketed continuations joined. */
export function logicalLines(source: string): Line[] {
  const lines: Line[] = [];
  const raw = source.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const no = i + 1;
    let text = stripComment(raw[i] ?? '').replace(/\s+$/, '');
    if (text.trim() === '') continue;
    while ((depthOf(text) > 0 || text.endsWith('\\')) && i + 1 < raw.length) {
      text = text.replace(/\\$/, '') + ' ' + stripComment(raw[++i] ?? '').trim();
    }
    const indent = text.length - text.trimStart().length;
    lines.push({ no, indent, text: text.trim() });
  }
  return lines;
}

const SERVER_ADDRESS =
  /(?:HTTPServer|TCPServer|ThreadingHTTPServer)\s*\(\s*\(\s*([^,]*?)\s*,\s*([^)]*?)\s*\)/;

export function runPythonSource(source: string, host: ScriptHost): number {
  const lines = logicalLines(source);
  const scope: PyScope = { vars: new Map<string, PyValue>(), env: host.io.env };
  const flaskApps = new Set<string>();
  const functions = new Map<string, [number, number]>();
  const handlesSigterm = /signal\.signal\(\s*signal\.SIGTERM/.test(source);
  let skipped = false;
  let depth = 0;

  const blockEnd = (start: number): number => {
    const indent = lines[start]?.indent ?? 0;
    let end = start + 1;
    while (end < lines.length && (lines[end]?.indent ?? 0) > indent) end++;
    return end;
  };

  const traceback = (line: Line, error: string): never => {
    host.print('Traceback (most recent call last):\n', 'stderr');
    host.print(`  File "${host.file}", line ${line.no}, in <module>\n    ${line.text}\n`, 'stderr');
    host.print(`${error}\n`, 'stderr');
    throw new PythonExit(1);
  };

  const printCall = (args: string): void => {
    const parts = splitTopLevel(args, ',');
    const kwargs = keywordArgs(args, scope);
    const positional = parts.filter((p) => !/^[A-Za-z_]\w*\s*=(?!=)/.test(p));
    const values = positional.map((p) => evalPy(p, scope));
    if (values.some((v) => v === undefined)) {
      skipped = true;
      return;
    }
    const sep = kwargs.get('sep');
    const end = kwargs.get('end');
    const toStderr = /file\s*=\s*sys\.stderr/.test(args);
    const text =
      values.map((v) => pyStr(v as PyValue)).join(typeof sep === 'string' ? sep : ' ') +
      (typeof end === 'string' ? end : '\n');
    host.print(text, toStderr ? 'stderr' : 'stdout');
  };

  const serveArgs = (args: string, defaults: { host: string; port: number }) => {
    const kw = keywordArgs(args, scope);
    const hostValue = kw.get('host');
    const portValue = kw.get('port');
    return {
      host: typeof hostValue === 'string' ? hostValue : defaults.host,
      port: typeof portValue === 'number' ? portValue : Number(portValue) || defaults.port,
      debug: kw.get('debug') === true,
    };
  };

  const statement = (line: Line, index: number): number => {
    const text = line.text;
    const call = (name: string) => new RegExp(`^${name}\\((.*)\\)$`).exec(text);
    for (const module of importedModules(text)) {
      if (!moduleAvailable(host.io.fs, module, host.packageDirs)) {
        traceback(line, `ModuleNotFoundError: No module named '${module.split('.')[0]}'`);
      }
    }
    if (/^(import|from)\s/.test(text)) return index + 1;
    if (/^(def|async def)\s+(\w+)/.test(text)) {
      const name = /^(?:async\s+)?def\s+(\w+)/.exec(text)?.[1] ?? '';
      const end = blockEnd(index);
      functions.set(name, [index + 1, end]);
      return end;
    }
    if (/^(class|for|async)\s/.test(text) || /^(except|finally|else|elif)\b/.test(text)) {
      skipped = true;
      return blockEnd(index);
    }
    if (
      /^if\s+__name__\s*==\s*["']__main__["']\s*:$/.test(text) ||
      /^(try|with\s.*):$/.test(text)
    ) {
      const end = blockEnd(index);
      run(index + 1, end);
      return end;
    }
    if (/^while\s+(True|1)\s*:$/.test(text)) {
      const end = blockEnd(index);
      run(index + 1, end);
      host.serve({ kind: 'loop' }, handlesSigterm);
    }
    if (/^(if|while)\s/.test(text)) {
      skipped = true;
      return blockEnd(index);
    }
    const printed = call('print');
    if (printed) {
      printCall(printed[1] ?? '');
      return index + 1;
    }
    const exit = /^(?:sys\.exit|exit|quit|raise SystemExit)\((.*)\)$/.exec(text);
    if (exit) {
      const value = evalPy(exit[1] ?? '', scope);
      if (typeof value === 'string') {
        host.print(`${value}\n`, 'stderr');
        throw new PythonExit(1);
      }
      throw new PythonExit(typeof value === 'number' ? value : 0);
    }
    const raised = /^raise\s+(\w+)(?:\((.*)\))?$/.exec(text);
    if (raised) {
      const message = evalPy(raised[2] ?? '', scope);
      traceback(line, message === undefined ? raised[1]! : `${raised[1]}: ${pyStr(message)}`);
    }
    const sleep = /^(?:time\.)?sleep\((.*)\)$/.exec(text);
    if (sleep) {
      const seconds = evalPy(sleep[1] ?? '', scope);
      if (typeof seconds === 'number') host.io.spend(seconds * 1000);
      return index + 1;
    }
    const appRun = /^(\w+)\.run\((.*)\)$/.exec(text);
    if (appRun && flaskApps.has(appRun[1]!)) {
      const args = serveArgs(appRun[2] ?? '', { host: '127.0.0.1', port: 5000 });
      host.serve({ kind: 'flask', appName: host.moduleName, ...args }, handlesSigterm);
    }
    const uvicorn = /^uvicorn\.run\((.*)\)$/.exec(text);
    if (uvicorn) {
      host.serve(
        { kind: 'uvicorn', ...serveArgs(uvicorn[1] ?? '', { host: '127.0.0.1', port: 8000 }) },
        true,
      );
    }
    const aiohttp = /^web\.run_app\((.*)\)$/.exec(text);
    if (aiohttp) {
      host.serve(
        { kind: 'aiohttp', ...serveArgs(aiohttp[1] ?? '', { host: '0.0.0.0', port: 8080 }) },
        true,
      );
    }
    if (/\.serve_forever\(\)$/.test(text)) {
      const address = SERVER_ADDRESS.exec(source);
      const hostValue = address ? evalPy(address[1] ?? '', scope) : '';
      const portValue = address ? evalPy(address[2] ?? '', scope) : 8000;
      host.serve(
        {
          kind: 'http',
          host: typeof hostValue === 'string' ? hostValue : '',
          port: Number(portValue) || 8000,
        },
        handlesSigterm,
      );
    }
    const assign = /^([A-Za-z_]\w*)\s*=(?!=)\s*(.+)$/.exec(text);
    if (assign) {
      if (/^Flask\(/.test(assign[2]!)) flaskApps.add(assign[1]!);
      const value = evalPy(assign[2]!, scope);
      if (value !== undefined) scope.vars.set(assign[1]!, value);
      else if (!/^Flask\(/.test(assign[2]!)) skipped = true;
      return index + 1;
    }
    const userCall = /^(\w+)\(\)$/.exec(text);
    const body = userCall ? functions.get(userCall[1]!) : undefined;
    if (body && depth < 20) {
      depth++;
      run(body[0], body[1]);
      depth--;
      return index + 1;
    }
    if (text !== 'pass') skipped = true;
    return index + 1;
  };

  function run(start: number, end: number): void {
    let i = start;
    while (i < end) i = statement(lines[i]!, i);
  }

  try {
    run(0, lines.length);
    if (skipped) noteSkipped(host.io);
    return 0;
  } catch (signal) {
    if (signal instanceof PythonExit) {
      if (skipped) noteSkipped(host.io);
      return signal.code;
    }
    throw signal;
  }
}

function noteSkipped(io: ProgramIO): void {
  io.note(
    'Python is modelled, not run: imports, print() of simple values, time.sleep() and sys.exit() behave as in Python, and well-known servers start; other statements were skipped.',
  );
}
