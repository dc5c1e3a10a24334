/**
 * `uv run CMD ...`: uv syncs the project environment (printing "Resolved" and "Checked"
 * when nothing changes, as `uv run` words it where `uv sync` says "Audited"), then runs CMD
 * with the environment's bin/ first on PATH and VIRTUAL_ENV set, so `uv run uvicorn` or
 * `uv run python app.py` start what the project installed. Everything after CMD is CMD's:
 * `uv run uvicorn main:app --port 8000` gives --port to uvicorn, not to uv.
 */
import type { ProgramIO } from '../../shell/program';
import { absolute } from '../common/fs-helpers';

/** Where `run`'s own options end: the first operand after `run` starts the command. */
export function splitRunCommand(
  args: readonly string[],
  takesValue: ReadonlySet<string>,
  shortTakesValue: ReadonlySet<string>,
): { uvArgs: string[]; command: string[] } | undefined {
  const at = args.indexOf('run');
  if (at < 0 || args.slice(0, at).some((a) => !a.startsWith('-'))) return undefined;
  let i = at + 1;
  while (i < args.length) {
    const arg = args[i] as string;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    const long = arg.startsWith('--') ? arg.slice(2) : undefined;
    const needsValue =
      long !== undefined
        ? !long.includes('=') && takesValue.has(long)
        : shortTakesValue.has(arg.slice(1));
    i += needsValue ? 2 : 1;
  }
  return { uvArgs: [...args.slice(0, i)], command: [...args.slice(i)] };
}

/** Runs the command in the project environment; uv's own words when it cannot be spawned. */
export function runInProject(io: ProgramIO, command: string[], venv: string | undefined): number {
  if (command.length === 0) {
    io.stderr(
      'Provide a command or script to invoke with `uv run <command>` or `uv run <script>.py`.\n',
    );
    return 2;
  }
  const root = venv === undefined ? undefined : absolute(io.cwd, venv);
  const env = root
    ? { ...io.env, VIRTUAL_ENV: root, PATH: `${root}/bin:${io.env.PATH ?? ''}` }
    : { ...io.env };
  const code = io.run(command, undefined, { env, cwd: io.cwd });
  if (code === 127) {
    io.stderr(
      `error: Failed to spawn: \`${command[0] ?? ''}\`\n  Caused by: No such file or directory (os error 2)\n`,
    );
    return 2;
  }
  return code;
}
