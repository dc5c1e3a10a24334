/**
 * The main process's command line: ENTRYPOINT and CMD combined as Docker combines them,
 * and the ways Docker writes a command back as text (the COMMAND column, commit history).
 */

export interface CommandParts {
  entrypoint: string[];
  cmd: string[];
}

/**
 * Arguments after the image replace CMD; `--entrypoint` replaces ENTRYPOINT and also
 * drops the image's CMD (an empty `--entrypoint ""` clears it).
 */
export function combineCommand(
  image: { Entrypoint?: string[]; Cmd?: string[] },
  args: readonly string[],
  entrypointFlag: string | undefined,
): CommandParts {
  const entrypoint =
    entrypointFlag === undefined
      ? [...(image.Entrypoint ?? [])]
      : entrypointFlag === ''
        ? []
        : [entrypointFlag];
  const cmd =
    args.length > 0 ? [...args] : entrypointFlag === undefined ? [...(image.Cmd ?? [])] : [];
  return { entrypoint, cmd };
}

/** The daemon's Command text: the path and its args, an arg with a space in single quotes. */
export function commandText(path: string, args: readonly string[]): string {
  const quoted = args.map((arg) => (arg.includes(' ') ? `'${arg}'` : arg));
  return [path, ...quoted].join(' ');
}

/** Quotes a word for sh, so an argv can run through the same interpreter as a script. */
export function shQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function shellLine(argv: readonly string[]): string {
  return argv.map(shQuote).join(' ');
}

/**
 * What a container process runs, and the shell name it runs under. `sh -c SCRIPT` (or bash,
 * ash, dash) is that shell itself, not a wrapper shell that forks it: PID 1 of a container
 * (`echo $$` prints 1), its parent outside the namespace (`$PPID` is 0), `$0` as typed.
 */
export function processScript(argv: readonly string[]): { script: string; shellName?: string } {
  const [shell = '', flag, script, ...rest] = argv;
  const name = shell.slice(shell.lastIndexOf('/') + 1);
  if (flag === '-c' && script?.trim() && rest.length === 0 && /^(sh|ash|dash|bash)$/.test(name))
    return { script, shellName: shell };
  return { script: shellLine(argv) };
}

/** `--env A=1`, `-e A` (from the caller's environment, dropped when unset), image Env first. */
export function mergeEnv(base: readonly string[], overrides: readonly string[]): string[] {
  const result = [...base];
  for (const entry of overrides) {
    const key = entry.split('=')[0] ?? entry;
    const index = result.findIndex((e) => (e.split('=')[0] ?? e) === key);
    if (index >= 0) result[index] = entry;
    else result.push(entry);
  }
  return result;
}

export function envRecord(env: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const entry of env) {
    const eq = entry.indexOf('=');
    if (eq > 0) record[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return record;
}
