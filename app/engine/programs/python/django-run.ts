/**
 * One run of Django's command line (manage.py, `python -m django`, django-admin) and how an
 * exception inside it is reported: a traceback through the entry script's own frames.
 */
import type { ProgramIO } from '../../shell/program';

export interface DjangoRun {
  /** How the program was started, for usage lines: `manage.py`, `python -m django`, `django-admin`. */
  prog: string;
  /** The entry script's path and text (manage.py's), if there is one. */
  script?: { path: string; source: string };
  /** sys.path[0]: the script's folder, or the working directory for -m. */
  pathZero: string;
  args: string[];
  /** The whole command line, as ps shows the process. */
  commandLine: string;
  /** `python -u`: stdout is not buffered. */
  unbuffered?: boolean;
}

/** Lines of manage.py's own frames, as a traceback through it begins. */
export function scriptFrames(script: DjangoRun['script']): string {
  if (!script) return '';
  const lines = script.source.split('\n');
  const at = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l));
  const call = at(/^\s*execute_from_command_line\(/);
  const main = at(/^\s*main\(\)\s*$/);
  let out = '';
  if (main >= 0 && call >= 0)
    out += `  File "${script.path}", line ${main + 1}, in <module>\n    main()\n  File "${script.path}", line ${call + 1}, in main\n`;
  else if (call >= 0) out += `  File "${script.path}", line ${call + 1}, in <module>\n`;
  if (call >= 0) out += `    ${lines[call]!.trim()}\n`;
  return out;
}

/** An exception raised inside Django: the script's frames, then the exception's line. */
export function djangoTraceback(io: ProgramIO, run: DjangoRun, exception: string): number {
  io.stderr(`Traceback (most recent call last):\n${scriptFrames(run.script)}${exception}\n`);
  io.note(
    "The traceback shows the script's own frames and the exception; Django's frames between them are left out.",
  );
  return 1;
}
