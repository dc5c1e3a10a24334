/**
 * BuildKit's shell-word lexer: quote removal, escapes and $VAR / ${VAR...} expansion for one
 * Dockerfile word, plus the word splitting that follows expansion. It is not a shell: no
 * command substitution, no globbing, no arithmetic. The option flags are BuildKit's own:
 * the parser uses the lexer with raw quotes and escapes kept to find heredoc words, and the
 * build uses it plainly to expand instruction arguments.
 */
import { goQuote, isGoDigit, isGoLetter, isGoSpace } from '../go-text';
import { PatternError, replacePattern, trimPatternPrefix, trimPatternSuffix } from './pattern';

export interface LexOptions {
  /** `\` by default; `` ` `` after `# escape=``. */
  escapeToken?: string;
  /** Keep quote characters in the output (quotes still group words). */
  rawQuotes?: boolean;
  /** Keep escape characters in the output. */
  rawEscapes?: boolean;
  /** Treat quotes as ordinary characters. */
  skipProcessQuotes?: boolean;
  /** Leave references to unset variables as they were written. */
  skipUnsetEnv?: boolean;
}

/** Returns a variable's value, or undefined when it is not set (set-but-empty is ''). */
export type EnvLookup = (name: string) => string | undefined;

export interface LexOutput {
  /** The expanded word, spaces kept. */
  word: string;
  /** The expanded text split into words, as BuildKit's ProcessWords. */
  words: string[];
  /** Names that were looked up and found, and looked up and not found. */
  matched: string[];
  unmatched: string[];
}

export type LexResult = { ok: true; value: LexOutput } | { ok: false; error: string };

class LexError extends Error {}

const EOF = '';

/** Accumulates words: unquoted spaces split, quoted and escaped text never does. */
class WordSplitter {
  private buf = '';
  private inWord = false;
  readonly words: string[] = [];

  addChar(ch: string): void {
    if (isGoSpace(ch)) {
      if (this.inWord && this.buf.length > 0) {
        this.words.push(this.buf);
        this.buf = '';
        this.inWord = false;
      }
      return;
    }
    this.addRawChar(ch);
  }

  addRawChar(ch: string): void {
    this.buf += ch;
    this.inWord = true;
  }

  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }

  addRawString(s: string): void {
    this.buf += s;
    this.inWord = true;
  }

  finish(): string[] {
    if (this.buf.length > 0) {
      this.words.push(this.buf);
      this.buf = '';
      this.inWord = false;
    }
    return this.words;
  }
}

function isSpecialParam(ch: string): boolean {
  return '@*#?-$!0'.includes(ch) && ch.length === 1;
}

class ShellWord {
  private readonly chars: string[];
  private pos = 0;
  private rawEscapes: boolean;
  private readonly escape: string;
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();

  constructor(
    source: string,
    private readonly lookup: EnvLookup,
    private readonly opts: LexOptions,
  ) {
    this.chars = Array.from(source);
    // Go's text/scanner skips a byte-order mark at the very start of its input.
    if (this.chars[0] === '\uFEFF') this.pos = 1;
    this.rawEscapes = opts.rawEscapes ?? false;
    this.escape = opts.escapeToken ?? '\\';
  }

  private peek(): string {
    return this.chars[this.pos] ?? EOF;
  }

  private next(): string {
    const ch = this.chars[this.pos] ?? EOF;
    if (ch !== EOF) this.pos++;
    return ch;
  }

  private getEnv(name: string): string | undefined {
    const value = this.lookup(name);
    if (value === undefined) this.unmatched.add(name);
    else this.matched.add(name);
    return value;
  }

  processStopOn(stop: string | null, rawEscapes: boolean): { result: string; words: string[] } {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      return this.scanUntil(stop);
    } finally {
      this.rawEscapes = saved;
    }
  }

  private scanUntil(stop: string | null): { result: string; words: string[] } {
    let result = '';
    const words = new WordSplitter();
    const quotes = !this.opts.skipProcessQuotes;
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (stop !== null && ch === stop) {
        this.next();
        return { result, words: words.finish() };
      }
      if (ch === '$' || (quotes && (ch === "'" || ch === '"'))) {
        const tmp =
          ch === '$'
            ? this.processDollar()
            : ch === "'"
              ? this.processSingleQuote()
              : this.processDoubleQuote();
        result += tmp;
        if (ch === '$') words.addString(tmp);
        else words.addRawString(tmp);
        continue;
      }
      let c = this.next();
      if (c === this.escape) {
        if (this.rawEscapes) {
          words.addRawChar(c);
          result += c;
        }
        // An escape escapes the next character; at the very end it is dropped.
        c = this.next();
        if (c === EOF) break;
        words.addRawChar(c);
      } else {
        words.addChar(c);
      }
      result += c;
    }
    if (stop !== null) {
      throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
    }
    return { result, words: words.finish() };
  }

  private processSingleQuote(): string {
    // Everything up to the next ' is literal; a single quote cannot be escaped inside.
    let result = '';
    const open = this.next();
    if (this.opts.rawQuotes) result += open;
    for (;;) {
      const ch = this.next();
      if (ch === EOF) {
        throw new LexError('unexpected end of statement while looking for matching single-quote');
      }
      if (ch === "'") {
        if (this.opts.rawQuotes) result += ch;
        return result;
      }
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    // Literal except $ expansions; the escape token escapes only " $ and itself.
    let result = '';
    const open = this.next();
    if (this.opts.rawQuotes) result += open;
    for (;;) {
      const peek = this.peek();
      if (peek === EOF) {
        throw new LexError('unexpected end of statement while looking for matching double-quote');
      }
      if (peek === '"') {
        const close = this.next();
        if (this.opts.rawQuotes) result += close;
        return result;
      }
      if (peek === '$') {
        result += this.processDollar();
        continue;
      }
      let ch = this.next();
      if (ch === this.escape) {
        if (this.rawEscapes) result += ch;
        const after = this.peek();
        if (after === EOF) continue;
        if (after === '"' || after === '$' || after === this.escape) ch = this.next();
      }
      result += ch;
    }
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name.length === 0 && isGoDigit(ch)) {
        // Positional parameters: all the digits, and nothing else.
        while (this.peek() !== EOF && isGoDigit(this.peek())) name += this.next();
        return name;
      }
      if (name.length === 0 && isSpecialParam(ch)) return this.next();
      if (!isGoLetter(ch) && !isGoDigit(ch) && ch !== '_') break;
      name += this.next();
    }
    return name;
  }

  private nested(stop: string, rawEscapes: boolean, missing: string): string {
    try {
      return this.processStopOn(stop, rawEscapes).result;
    } catch (err) {
      if (err instanceof LexError && this.peek() === EOF) throw new LexError(missing);
      throw err;
    }
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return '$' + name;
      return value ?? '';
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new LexError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') {
      throw new LexError('syntax error: bad substitution');
    }
    const name = this.processName();
    let ch = this.next();
    let chs = ch === EOF ? '\uFFFD' : ch;
    if (ch === '}') {
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return '${' + name + '}';
      return value ?? '';
    }
    if (ch === '/') return this.processReplace(name);
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
      chs += ch === EOF ? '\uFFFD' : ch;
    } else if (!'+-?#%'.includes(ch) || ch === EOF) {
      throw new LexError(`unsupported modifier (${chs}) in substitution`);
    }
    const patternOp = ch === '#' || ch === '%';
    if (nullIsUnset && patternOp) {
      throw new LexError(`unsupported modifier (${chs}) in substitution`);
    }
    const word = this.nested('}', patternOp, "syntax error: missing '}'");
    const value = this.getEnv(name);
    if (this.opts.skipUnsetEnv && value === undefined) return '${' + name + chs + word + '}';
    const unsetOrNull = value === undefined || (nullIsUnset && value === '');
    switch (ch) {
      case '-':
        return unsetOrNull ? word : (value ?? '');
      case '+':
        return unsetOrNull ? '' : word;
      case '?':
        if (value === undefined) {
          throw new LexError(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
        }
        if (nullIsUnset && value === '') {
          throw new LexError(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
        }
        return value;
      case '%':
      case '#': {
        // One # or % removes the shortest match, a doubled one the longest.
        const greedy = word.startsWith(ch);
        const pattern = greedy ? word.slice(1) : word;
        return this.withPattern(pattern, () =>
          ch === '%'
            ? trimPatternSuffix(pattern, value ?? '', greedy)
            : trimPatternPrefix(pattern, value ?? '', greedy),
        );
      }
      default:
        throw new LexError(`unsupported modifier (${chs}) in substitution`);
    }
  }

  private processReplace(name: string): string {
    const all = this.peek() === '/';
    if (all) this.next();
    const pattern = this.nested('/', true, "syntax error: missing '/' in ${}");
    const replacement = this.nested('}', true, "syntax error: missing '}'");
    const value = this.getEnv(name);
    if (this.opts.skipUnsetEnv && value === undefined) {
      return '${' + name + '/' + pattern + '/' + replacement + '}';
    }
    return this.withPattern(pattern, () => replacePattern(value ?? '', pattern, replacement, all));
  }

  private withPattern(pattern: string, fn: () => string): string {
    try {
      return fn();
    } catch (err) {
      if (err instanceof PatternError) {
        throw new LexError(`invalid pattern (${pattern}) in substitution: ${err.message}`);
      }
      throw err;
    }
  }
}

/** Runs the lexer over one word; errors read as BuildKit's: `failed to process "…": …`. */
export function lexShellWord(source: string, lookup: EnvLookup, opts: LexOptions = {}): LexResult {
  const sw = new ShellWord(source, lookup, opts);
  try {
    const { result, words } = sw.processStopOn(null, opts.rawEscapes ?? false);
    return {
      ok: true,
      value: { word: result, words, matched: [...sw.matched], unmatched: [...sw.unmatched] },
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `failed to process ${goQuote(source)}: ${message}` };
  }
}
