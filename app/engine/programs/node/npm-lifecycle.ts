/**
 * The project's own install scripts: `npm install` and `npm ci` run the root package.json's
 * preinstall, install, postinstall, prepare (and their pre/post) scripts after writing
 * node_modules, each after npm's "> name@version event" banner, unless --ignore-scripts.
 * This is how `"postinstall": "nuxt prepare"` runs, and why `"prepare": "husky"` fails an
 * `npm ci --omit=dev` (husky is a dev dependency): npm stops with the script's status.
 */
import type { ProgramIO } from '../../shell/program';
import { logLine, npmError } from './npm-messages';
import { runScriptLine } from './npm-run';
import type { PackageJson } from './project';

const INSTALL_EVENTS = [
  'preinstall',
  'install',
  'postinstall',
  'prepublish',
  'preprepare',
  'prepare',
  'postprepare',
];

/** Runs the root package's install scripts in order; the first failure's status, else 0. */
export function runInstallScripts(io: ProgramIO, manifest: PackageJson, cache: string): number {
  const scripts = manifest.scripts ?? {};
  const id = `${manifest.name ?? ''}@${manifest.version ?? ''}`;
  for (const event of INSTALL_EVENTS) {
    const line = scripts[event];
    if (line === undefined) continue;
    io.stdout(`\n> ${id} ${event}\n> ${line}\n\n`);
    const code = runScriptLine(io, line);
    if (code !== 0) {
      io.stderr(
        npmError([
          `code ${code}`,
          `path ${io.cwd}`,
          'command failed',
          `command sh -c ${line}`,
          logLine(io.now, cache),
        ]),
      );
      return code;
    }
  }
  return 0;
}
