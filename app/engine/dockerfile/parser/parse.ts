/**
 * The line loop of BuildKit's Dockerfile parser: directives at the top, comments and blank
 * lines skipped, continuation lines joined (comment lines inside a continuation are dropped,
 * empty ones are dropped with a warning), then heredoc bodies read after the line that opens
 * them. Every instruction keeps its exact 1-based line range.
 */
import { goTrimLeftSpace } from '../go-text';
import type { Diagnostic, Heredoc, Instruction, ParsedDockerfile, ParseResult } from '../types';
import { checkEscapeToken, DirectiveScanner } from './directives';
import { heredocOpenersInLine } from './heredoc-words';
import { parseInstructionLine, type ParsedLine } from './line-parsers';
import { MAX_LINE_BYTES, splitSourceLines, trimNewline } from './source-lines';

const HEREDOC_KEYWORDS = new Set(['add', 'copy', 'run']);
const NO_EMPTY_CONTINUATION_URL =
  'https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/';

function continuationPattern(escape: string): RegExp {
  const e = escape === '\\' ? '\\\\' : escape;
  // An escape token as the last non-blank character continues the line, unless the
  // character before it is itself the escape token.
  return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`, 'u');
}

function isComment(line: string): boolean {
  return goTrimLeftSpace(line).startsWith('#');
}

function isBlank(line: string): boolean {
  return goTrimLeftSpace(trimNewline(line)) === '';
}

function canContainHeredoc(line: ParsedLine): boolean {
  const target = line.rawKeyword.toLowerCase() === 'onbuild' && line.inner ? line.inner : line;
  return HEREDOC_KEYWORDS.has(target.rawKeyword.toLowerCase()) && !target.json;
}

function toInstruction(
  line: ParsedLine,
  original: string,
  start: number,
  end: number,
  column: number,
  endColumn: number,
  heredocs: Heredoc[],
): Instruction {
  const instruction: Instruction = {
    keyword: line.rawKeyword.toUpperCase(),
    rawKeyword: line.rawKeyword,
    args: line.args,
    flags: line.flags,
    json: line.json,
    heredocs,
    original,
    startLine: start,
    endLine: end,
    column,
    endColumn,
  };
  if (line.inner) {
    const innerOriginal = original.replace(/^[\t\n\v\f\r ]*onbuild[\t\n\v\f\r ]*/i, '');
    instruction.next = toInstruction(
      line.inner,
      innerOriginal,
      start,
      end,
      column,
      endColumn,
      heredocs,
    );
  }
  return instruction;
}

function lineError(message: string, line: number, endLine: number, lines: string[]): Diagnostic {
  const last = trimNewline(lines[endLine - 1] ?? '');
  const first = trimNewline(lines[line - 1] ?? '');
  return {
    severity: 'error',
    message,
    reason: message,
    line,
    column: first.length - goTrimLeftSpace(first).length + 1,
    endLine,
    endColumn: last.length + 1,
    code: 'parse-error',
  };
}

export function parseDockerfileText(text: string): ParseResult {
  const { lines, tooLongAt } = splitSourceLines(text);
  const directives = new DirectiveScanner();
  const found: Record<string, string> = {};
  let escapeToken: '\\' | '`' = '\\';
  let continuation = continuationPattern(escapeToken);
  const instructions: Instruction[] = [];
  const warnings: Diagnostic[] = [];
  const partial = (): ParsedDockerfile => ({
    instructions,
    escapeToken,
    directives: found,
    warnings,
  });
  const fail = (message: string, line: number, endLine = line): ParseResult => ({
    ok: false,
    errors: [lineError(message, Math.max(1, line), Math.max(1, endLine, line), lines)],
    partial: partial(),
  });

  /** Trims the newline (and, for a first line, leading space) and feeds the directive scanner. */
  const processLine = (raw: string, stripLeft: boolean): { text: string; error?: string } => {
    let token = trimNewline(raw);
    if (stripLeft) token = goTrimLeftSpace(token);
    const result = directives.scan(token);
    if (!result.ok) return { text: token, error: result.error };
    if (result.directive) {
      found[result.directive.name] = result.directive.value;
      if (result.directive.name === 'escape') {
        const valid = checkEscapeToken(result.directive.value);
        if (!valid.ok) return { text: token, error: valid.error };
        escapeToken = result.directive.value as '\\' | '`';
        continuation = continuationPattern(escapeToken);
      }
    }
    return { text: isComment(token) ? '' : token };
  };
  const trimContinuation = (s: string): { text: string; endOfLine: boolean } => {
    if (!continuation.test(s)) return { text: s, endOfLine: true };
    return { text: s.replace(continuation, '$1'), endOfLine: false };
  };

  let index = 0;
  let current = 0; // number of the last line read
  while (index < lines.length) {
    const first = processLine(lines[index++] as string, true);
    current++;
    if (first.error !== undefined) return fail(first.error, current);
    const start = current;
    let { text: joined, endOfLine } = trimContinuation(first.text);
    if (endOfLine && joined === '') continue;

    let hadEmptyContinuation = false;
    while (!endOfLine && index < lines.length) {
      const raw = lines[index++] as string;
      const next = processLine(raw, false);
      current++;
      if (next.error !== undefined) return fail(next.error, current);
      if (isComment(raw)) continue;
      if (isBlank(next.text)) {
        hadEmptyContinuation = true;
        continue;
      }
      const trimmed = trimContinuation(next.text);
      joined += trimmed.text;
      endOfLine = trimmed.endOfLine;
    }

    if (hadEmptyContinuation) {
      warnings.push({
        severity: 'warning',
        message: 'Empty continuation line',
        reason: `Empty continuation line found in: ${joined}`,
        line: current,
        column: 1,
        endLine: current,
        endColumn: 1,
        code: 'NoEmptyContinuation',
        url: NO_EMPTY_CONTINUATION_URL,
      });
    }

    const parsed = parseInstructionLine(joined, escapeToken);
    if (!parsed.ok) return fail(parsed.error, start, current);

    const heredocs: Heredoc[] = [];
    if (canContainHeredoc(parsed.value) && joined.includes('<<')) {
      const openers = heredocOpenersInLine(joined);
      if (!openers.ok) return fail(openers.error, start, current);
      for (const opener of openers.value) {
        let content = '';
        let terminated = false;
        while (index < lines.length) {
          const raw = lines[index++] as string;
          current++;
          let candidate = trimNewline(raw);
          if (opener.chomp) candidate = candidate.replace(/^\t+/, '');
          if (candidate === opener.name) {
            terminated = true;
            break;
          }
          content += raw;
        }
        if (!terminated) return fail('unterminated heredoc', start, current);
        heredocs.push({ ...opener, content });
      }
    }

    const startRaw = lines[start - 1] ?? '';
    const column = startRaw.length - goTrimLeftSpace(startRaw).length + 1;
    const endColumn = trimNewline(lines[current - 1] ?? '').length + 1;
    instructions.push(
      toInstruction(parsed.value, joined, start, current, column, endColumn, heredocs),
    );
  }

  if (instructions.length === 0) {
    return fail('file with no instructions', tooLongAt ?? current);
  }
  if (tooLongAt !== undefined) {
    return fail(
      `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES - 1}`,
      tooLongAt,
    );
  }
  return { ok: true, value: partial() };
}
