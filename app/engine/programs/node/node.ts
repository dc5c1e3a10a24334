/**
 * node: --version, -p with simple code (literals and arithmetic), and running a script (a
 * file, -e's code or stdin): a missing file fails as Node does; a script prints what the
 * straight-line start of its top level prints (`script-start.ts`) and the note names the
 * statement the reading stopped at (the simulation does not execute JavaScript).
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute } from '../common/fs-helpers';
import { MainReading, stoppedNote, writeMainLines } from '../main-output';
import { JsUnsupported, runJs } from './jsexpr';
import { nodeVersion } from './node-version';
import { nodeScriptOutput } from './script-start';
import { tscProgram } from './tsc';
import { viteProgram } from './vite';

export { nodeVersion };

/**
 * Build tools whose command is a script node runs (pnpm's .bin shims and `node
 * node_modules/vite/bin/vite.js` call node with the script's path): modelled programs.
 */
const TOOL_SCRIPTS: [RegExp, Program][] = [
  [/\/node_modules\/typescript\/bin\/tsc$/, tscProgram],
  [/\/node_modules\/vite\/bin\/vite\.js$/, viteProgram],
];

export const nodeProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  const first = args[0];
  if (first === '--version' || first === '-v') {
    io.stdout(`${nodeVersion(io)}\n`);
    return 0;
  }
  if (first === '-p' || first === '--print') return evaluate(io, args[1] ?? '');
  if (first === '-e' || first === '--eval')
    return runScript(io, args[1] ?? '', 'the code node -e runs');
  const script = args.find((a) => !a.startsWith('-'));
  if (script === undefined)
    return io.stdin.trim() === '' ? 0 : runScript(io, io.stdin, 'the script node reads from stdin');
  const path = absolute(io.cwd, script);
  const tool = TOOL_SCRIPTS.find(([pattern]) => pattern.test(path))?.[1];
  if (tool && io.fs.stat(path).ok) {
    const at = args.indexOf(script);
    return tool([script, ...args.slice(at + 1)], io);
  }
  const read = io.fs.readFile(path);
  if (!read.ok) {
    io.stderr(
      'node:internal/modules/cjs/loader:1413\n  throw err;\n  ^\n\n' +
        `Error: Cannot find module '${path}'\n` +
        '    at Function._resolveFilename (node:internal/modules/cjs/loader:1410:15)\n' +
        '    at node:internal/main/run_main_module:36:49 {\n' +
        "  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\n" +
        `Node.js ${nodeVersion(io)}\n`,
    );
    return 1;
  }
  return runScript(io, read.value.text ?? '', path);
};

/** Prints what the script's start prints; the note names where the reading stopped. */
function runScript(io: ProgramIO, source: string, what: string): number {
  const output = nodeScriptOutput(source, io.env);
  if (!output) return 0;
  writeMainLines(io, output);
  if (output.stopped !== undefined)
    io.note(
      stoppedNote(
        `${what} is JavaScript, which the simulation does not execute`,
        'the straight-line start of its top level',
        output,
      ),
    );
  return output.exit;
}

/** node -p: the value of simple code (console lines first, console.error's on stderr). */
function evaluate(io: ProgramIO, source: string): number {
  const reading = new MainReading();
  try {
    const last = runJs(source, (text, stream) => reading.print(stream, text));
    reading.print('stdout', `${last}\n`);
    writeMainLines(io, { lines: reading.lines, exit: 0 });
  } catch (error) {
    if (!(error instanceof JsUnsupported)) throw error;
    writeMainLines(io, { lines: reading.lines, exit: 0 });
    io.note(
      'node -p: this code is beyond what Layercake runs (literals and arithmetic); it is treated as having run.',
    );
  }
  return 0;
}
