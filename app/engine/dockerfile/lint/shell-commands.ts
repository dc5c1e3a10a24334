/**
 * A small, forgiving reader of RUN scripts for the lint rules: it splits a shell script into
 * simple commands (at `&&`, `||`, `;`, `|`, `&`, newlines and parentheses) and each command
 * into words, with quotes removed and redirections set apart. It is not a shell and does not
 * need to be: it only has to recognise `apt-get install`, `rm -rf x`, `cd dir` and the like.
 */
import type { RunCommand } from '../commands/types';

export interface SimpleCommand {
  /** Words with quotes removed, leading `VAR=value` assignments and `sudo` dropped. */
  words: string[];
  /** Output redirection targets (`> file`, `>> file`). */
  writes: string[];
}

const OPERATOR_CHARS = new Set(['&', '|', ';', '(', ')', '\n']);
const WRAPPERS = new Set(['sudo', 'command', 'exec', 'nohup', 'time', 'env']);

interface Token {
  text: string;
  kind: 'word' | 'operator' | 'redirect';
}

function tokenize(script: string): Token[] {
  const tokens: Token[] = [];
  const s = script.replace(/\\\r?\n/g, '');
  let i = 0;
  let word = '';
  let inWord = false;
  const flush = (): void => {
    if (inWord) tokens.push({ text: word, kind: 'word' });
    word = '';
    inWord = false;
  };
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch === '#' && !inWord) {
      while (i < s.length && s[i] !== '\n') i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      flush();
      i++;
    } else if (OPERATOR_CHARS.has(ch)) {
      flush();
      tokens.push({ text: ch, kind: 'operator' });
      i++;
    } else if (ch === '>' || ch === '<') {
      // A file-descriptor number right before the arrow belongs to the redirection.
      if (/^\d+$/.test(word)) {
        word = '';
        inWord = false;
      }
      flush();
      let op = ch;
      i++;
      while (s[i] === '>' || s[i] === '&' || s[i] === '<') op += s[i++];
      tokens.push({ text: op, kind: 'redirect' });
    } else if (ch === "'") {
      const end = s.indexOf("'", i + 1);
      word += s.slice(i + 1, end < 0 ? s.length : end);
      inWord = true;
      i = end < 0 ? s.length : end + 1;
    } else if (ch === '"') {
      i++;
      while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\' && i + 1 < s.length && '"$`\\'.includes(s[i + 1] as string)) i++;
        word += s[i++];
      }
      i++;
      inWord = true;
    } else if (ch === '\\') {
      word += s[i + 1] ?? '';
      inWord = true;
      i += 2;
    } else if (ch === '$' && s[i + 1] === '(') {
      // Keep a command substitution inside the word, nested parentheses included.
      word += s[i++];
      let depth = 0;
      do {
        if (s[i] === '(') depth++;
        if (s[i] === ')') depth--;
        word += s[i++];
      } while (i < s.length && depth > 0);
      inWord = true;
    } else {
      word += ch;
      inWord = true;
      i++;
    }
  }
  flush();
  return tokens;
}

/** Splits a script into simple commands. */
export function simpleCommands(script: string): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  let current: SimpleCommand = { words: [], writes: [] };
  const tokens = tokenize(script);
  const finish = (): void => {
    let start = 0;
    const words = current.words;
    while (start < words.length) {
      const w = words[start] as string;
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w) || WRAPPERS.has(w)) start++;
      else break;
    }
    if (start < words.length || current.writes.length > 0) {
      commands.push({ words: words.slice(start), writes: current.writes });
    }
    current = { words: [], writes: [] };
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'operator') finish();
    else if (token.kind === 'redirect') {
      const target = tokens[i + 1];
      if (target?.kind === 'word') {
        i++;
        if (token.text.startsWith('>') && !token.text.includes('&'))
          current.writes.push(target.text);
      }
    } else current.words.push(token.text);
  }
  finish();
  return commands;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', '/bin/sh', '/bin/bash']);

/**
 * The shell commands a RUN executes, as far as we can see them: the shell-form line, the
 * body of a heredoc that the shell itself runs, or `sh -c "..."` in the exec form.
 */
export function runCommands(run: RunCommand): SimpleCommand[] {
  if (!run.prependShell) {
    const [first, flag, script] = run.cmdLine;
    if (first !== undefined && SHELLS.has(first) && flag === '-c' && script !== undefined) {
      return simpleCommands(script);
    }
    return run.cmdLine.length > 0 ? [{ words: [...run.cmdLine], writes: [] }] : [];
  }
  const line = run.cmdLine[0] ?? '';
  const commands = simpleCommands(line);
  // `RUN <<EOF` alone runs the body with the shell; so does `RUN bash <<EOF`. Bodies fed to
  // other programs (`python3 <<EOF`, `cat <<EOF > file`) are not shell and are skipped.
  const first = commands[0];
  const lone = first === undefined && run.heredocs.length > 0;
  if (lone || (first !== undefined && SHELLS.has(commandName(first)))) {
    for (const heredoc of run.heredocs) {
      const shebang = /^#!(.*)/.exec(heredoc.content)?.[1];
      if (shebang === undefined || /\b(sh|bash|ash|dash)\b/.test(shebang)) {
        commands.push(...simpleCommands(heredoc.content));
      }
    }
  }
  return commands;
}

/** The command name (its last path component: /usr/bin/apt-get is apt-get). */
export function commandName(command: SimpleCommand): string {
  const first = command.words[0] ?? '';
  return first.slice(first.lastIndexOf('/') + 1);
}

/** Whether a command is `name` with `sub` as its first non-option argument. */
export function isSubcommand(command: SimpleCommand, names: string[], sub: string[]): boolean {
  if (!names.includes(commandName(command))) return false;
  const firstArg = command.words.slice(1).find((w) => !w.startsWith('-'));
  return firstArg !== undefined && sub.includes(firstArg);
}
