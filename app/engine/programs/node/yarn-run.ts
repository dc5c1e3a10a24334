/**
 * Yarn classic's `yarn run <script>` and `yarn <script>` (1.22, as node images ship it). Yarn
 * words them its own way, not npm's: a `yarn run v1.22.22` header, `$ <command>` instead of
 * npm's `> name@version script` banner, `Done in 1.23s.` after, and `error Command "x" not
 * found.` for a script package.json does not have (Yarn has no `node server.js` default for
 * start). A name that is no script but a binary in node_modules/.bin runs that binary, as
 * `yarn tsc` does. A failing script ends with `error Command failed with exit code N.` and
 * Yarn exits with the script's code.
 */
import type { ProgramIO } from '../../shell/program';
import { exists } from '../common/fs-helpers';
import { quote, runScriptLine } from './npm-run';
import { readJson, type PackageJson } from './project';

export const YARN_CLASSIC = '1.22.22';
const RUN_DOCS =
  'info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.\n';

const DASH_DASH =
  'warning From Yarn 1.0 onwards, scripts don\'t require "--" for options to be forwarded. In a future version, any explicit "--" will be forwarded as-is to the scripts.\n';

/** Yarn's own time for reading package.json and spawning the shell, in ms. */
const OVERHEAD_MS = 120;

export function yarnRunScript(io: ProgramIO, name: string, args: string[]): number {
  const dir = io.cwd === '/' ? '' : io.cwd;
  io.stdout(`yarn run v${YARN_CLASSIC}\n`);
  const read = readJson<PackageJson>(io.fs, `${dir}/package.json`);
  if (!read.ok) {
    io.stderr(`error Couldn't find a package.json file in "${io.cwd}"\n`);
    io.stdout(RUN_DOCS);
    return 1;
  }
  const script = read.value.scripts?.[name];
  const bin = `${dir}/node_modules/.bin/${name}`;
  // `yarn build -- --prod`: Yarn 1 drops the `--` with a warning and passes what follows.
  const dash = args.indexOf('--');
  if (dash >= 0) io.stderr(DASH_DASH);
  const passed = (dash >= 0 ? [...args.slice(0, dash), ...args.slice(dash + 1)] : args).map(quote);
  let line: string;
  if (script !== undefined) line = [script, ...passed].join(' ');
  else if (exists(io.fs, bin)) line = [bin, ...passed].join(' ');
  else {
    io.stderr(`error Command "${name}" not found.\n`);
    io.stdout(RUN_DOCS);
    return 1;
  }
  const start = io.now;
  io.spend(OVERHEAD_MS);
  io.stdout(`$ ${line}\n`);
  const code = runScriptLine(io, line);
  if (code !== 0) {
    io.stderr(`error Command failed with exit code ${code}.\n`);
    io.stdout(RUN_DOCS);
    return code;
  }
  const took = Math.max(io.now - start, OVERHEAD_MS);
  io.stdout(`Done in ${(took / 1000).toFixed(2)}s.\n`);
  return 0;
}
