/**
 * BuildKit's parse-tree dump (`Node.Dump()`), the format of the parser's conformance files:
 * one `(keyword args...)` line per instruction, keyword lower-cased, flags first as a Go
 * `%q` list, each value as a Go string literal, ONBUILD wrapping its trigger in parentheses.
 */
import { goQuote, goQuoteList, goTrimSpace } from './go-text';
import type { Instruction, ParsedDockerfile } from './types';

export function dumpInstruction(instruction: Instruction): string {
  let out = instruction.rawKeyword.toLowerCase();
  if (instruction.flags.length > 0) out += ' ' + goQuoteList(instruction.flags);
  if (instruction.next) {
    out += ' (' + dumpInstruction(instruction.next) + ')';
  } else {
    for (const arg of instruction.args) out += ' ' + goQuote(arg);
  }
  // Go trims the whole string, so an empty keyword loses its separating space.
  return goTrimSpace(out);
}

export function dumpBuildkit(df: ParsedDockerfile): string {
  return df.instructions.map((i) => `(${dumpInstruction(i)})\n`).join('');
}
