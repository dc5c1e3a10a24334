/**
 * How each shell prefixes its own error messages. Checked against dash 0.5.12 (/bin/sh on
 * Debian), BusyBox 1.35 ash and bash 5.2:
 *   dash:  /bin/sh: 1: foo: not found          /bin/sh: 1: cd: can't cd to /x
 *   ash:   /bin/sh: foo: not found (sh -c)     /bin/sh: cd: line 0: can't cd to /x: ...
 *          x.sh: line 2: foo: not found (file) x.sh: cd: line 2: can't cd to /x: ...
 *   bash:  bash: line 1: foo: command not found
 *          bash: foo: command not found (a terminal's interactive bash)
 * BusyBox counts lines of a `-c` string from 0.
 */
import { syntaxMessage, type Dialect, type ShellSyntaxError } from '../syntax-error';

export interface Where {
  dialect: Dialect;
  argv0: string;
  line: number;
  /** Running a `-c` string (or a Dockerfile RUN) rather than a script file. */
  commandString: boolean;
  /** A terminal's bash reading typed lines: its errors name no line (`bash: foo: ...`). */
  interactive?: boolean;
}

export function shellError(where: Where, message: string): string {
  const { dialect, argv0, line } = where;
  if (dialect === 'bash' && where.interactive) return `${argv0}: ${message}\n`;
  if (dialect === 'dash') return `${argv0}: ${line}: ${message}\n`;
  if (dialect === 'ash') {
    return where.commandString ? `${argv0}: ${message}\n` : `${argv0}: line ${line}: ${message}\n`;
  }
  return `${argv0}: line ${line}: ${message}\n`;
}

export function builtinError(where: Where, builtin: string, message: string): string {
  const { dialect, argv0, line } = where;
  if (dialect === 'bash' && where.interactive) return `${argv0}: ${builtin}: ${message}\n`;
  if (dialect === 'dash') return `${argv0}: ${line}: ${builtin}: ${message}\n`;
  if (dialect === 'ash') {
    return `${argv0}: ${builtin}: line ${where.commandString ? line - 1 : line}: ${message}\n`;
  }
  return `${argv0}: line ${line}: ${builtin}: ${message}\n`;
}

export function syntaxErrorText(where: Where, error: ShellSyntaxError): string {
  const { dialect, argv0 } = where;
  const message = syntaxMessage(error.problem, dialect);
  const line = error.line;
  if (dialect === 'dash') return `${argv0}: ${line}: ${message}\n`;
  if (dialect === 'ash') {
    return where.commandString ? `${argv0}: ${message}\n` : `${argv0}: line ${line}: ${message}\n`;
  }
  if (where.interactive) return `${argv0}: ${message}\n`;
  const bashLine = message.includes('end of file') ? line + error.pastEnd : line;
  const prefix = where.commandString
    ? `${argv0}: -c: line ${bashLine}: `
    : `${argv0}: line ${bashLine}: `;
  const echo = message.startsWith('syntax error near') ? `${prefix}\`${error.lineText}'\n` : '';
  return `${prefix}${message}\n${echo}`;
}

export function notFound(dialect: Dialect, name: string): string {
  if (dialect === 'bash')
    return name.includes('/') ? `${name}: No such file or directory` : `${name}: command not found`;
  return `${name}: not found`;
}

/** Exit status of a failed redirection: dash 2, BusyBox and bash 1. */
export function redirectFailureStatus(dialect: Dialect): number {
  return dialect === 'dash' ? 2 : 1;
}
