/**
 * node: --version, -e/-p with simple code (console.log of literals and arithmetic), and
 * running a script: a missing file fails as Node does; a script is accepted as started with
 * a note (the simulation does not execute JavaScript), unless it is only console.log lines.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute } from '../common/fs-helpers';
import { JsUnsupported, runJs } from './jsexpr';
import { nodeVersion } from './node-version';
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
  if (first === '-e' || first === '--eval' || first === '-p' || first === '--print') {
    return evaluate(io, args[1] ?? '', first === '-p' || first === '--print', '[eval]');
  }
  const script = args.find((a) => !a.startsWith('-'));
  if (script === undefined)
    return io.stdin.trim() === '' ? 0 : evaluate(io, io.stdin, false, '[stdin]');
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
  return evaluate(io, read.value.text ?? '', false, path);
};

function evaluate(io: ProgramIO, source: string, print: boolean, where: string): number {
  let out = '';
  try {
    const last = runJs(source, (text) => {
      out += text;
    });
    io.stdout(out + (print ? `${last}\n` : ''));
    return 0;
  } catch (error) {
    io.stdout(out);
    if (error instanceof JsUnsupported) {
      io.note(
        where.startsWith('[')
          ? 'node -e: this code is beyond what Layercake runs (console.log of simple values); it is treated as having run.'
          : `${where} started: the simulation does not execute JavaScript, so the app's own output is not shown.`,
      );
      return 0;
    }
    throw error;
  }
}
