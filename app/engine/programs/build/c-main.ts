/**
 * What a C or C++ program prints, read from the straight-line start of its main: printf,
 * puts, fputs and fprintf to stdout or stderr (printf's %s, %d, %i, %u with flags, width and
 * precision), `std::cout`/`std::cerr`/`std::clog <<` chains, literal bindings (`const char
 * *name = "x"`, `int n = 3`, `std::string s = "x"`, `auto`), fflush, and `return N`/`exit(N)`.
 * The first statement that is anything else ends the reading (the note names it), as does a
 * print with an operand that is not a literal or a name bound to one.
 *
 * stdout is C stdio's stream (iostreams are synchronised with it): fully buffered when it is
 * not a terminal, so its text comes out at a flush (std::endl, fflush, a write to std::cerr,
 * which is tied to cout) or at exit, after what stderr (unbuffered) printed meanwhile. The
 * runner applies that (`../main-output.ts`). Docker copies the two pipes separately, so how
 * it shows them interleaved can vary from run to run; this is the order they are written in.
 */
import {
  functionBody,
  literalOf,
  neverWritten,
  quoted,
  splitArgs,
  statements,
  type Literal,
} from '../main-source';
import { MainReading, type MainOutput } from '../main-output';

const MAIN = /\b(?:int|void)\s+main\s*\([^)]*\)\s*\{/;

/** printf's conversions: flags, width and precision for %s, %d, %i and %u. */
function cFormat(format: string, ops: Literal[]): string | undefined {
  let next = 0;
  let failed = false;
  const out = format.replace(
    /%([-0]*)(\d*)(?:\.(\d+))?(?:hh|h|ll|l|z|j)?([diusc%])|%/g,
    (whole, flags: string, width: string, precision: string | undefined, conv: string) => {
      if (conv === '%' && whole === '%%') return '%';
      const op = ops[next++];
      const fits = conv === 's' ? op?.kind === 'str' : 'diu'.includes(conv) && op?.kind === 'int';
      if (!conv || !op || !fits || (conv === 'u' && op.text.startsWith('-'))) {
        failed = true;
        return '';
      }
      let text = conv === 's' && precision ? op.text.slice(0, Number(precision)) : op.text;
      const pad = Number(width || 0);
      if (flags.includes('-')) text = text.padEnd(pad);
      else if (flags.includes('0') && conv !== 's') {
        const sign = text.startsWith('-') ? '-' : '';
        text = sign + text.slice(sign.length).padStart(pad - sign.length, '0');
      } else text = text.padStart(pad);
      return text;
    },
  );
  return failed || next !== ops.length ? undefined : out;
}

/** `const char *name = "x"`, `char name[] = "x"`, `int n = 3`, `std::string s = "x"`, `auto`. */
const BINDING =
  /^(?:(?:static|const|constexpr|unsigned|signed)\s+)*(?:char\s*\*\s*(?:const\s+)?|(?:std::)?(?:string|string_view)\s+|(?:int|long|short|size_t|long\s+long|auto)\s+|char\s+)(\w+)(\s*\[\d*\])?\s*=\s*([\s\S]+)$/;

type Print = { stream: 'stdout' | 'stderr'; text: string; flush?: boolean };

/** printf/puts/fputs/fprintf calls and fflush, or undefined. */
function stdioCall(s: string, operand: (t: string) => Literal | undefined): Print | undefined {
  const call = /^(printf|puts|fputs|fprintf|fflush)\s*\(([\s\S]*)\)$/.exec(s);
  if (!call) return undefined;
  const args = splitArgs(call[2] ?? '');
  const fn = call[1] as string;
  const streamArg =
    fn === 'fputs' ? args.pop() : fn === 'fprintf' || fn === 'fflush' ? args.shift() : 'stdout';
  const stream = streamArg === 'stderr' ? 'stderr' : streamArg === 'stdout' ? 'stdout' : undefined;
  // fflush(stdout) or fflush(NULL) writes stdout's buffer out; stderr has none.
  if (fn === 'fflush')
    return stream === 'stderr'
      ? { stream, text: '' }
      : stream || streamArg === 'NULL' || streamArg === '0'
        ? { stream: 'stdout', text: '', flush: true }
        : undefined;
  const [format, ...rest] = args.map(operand);
  if (!stream || format?.kind !== 'str' || rest.some((o) => o === undefined)) return undefined;
  if (fn === 'puts') return rest.length === 0 ? { stream, text: `${format.text}\n` } : undefined;
  if (fn === 'fputs') return rest.length === 0 ? { stream, text: format.text } : undefined;
  const text = cFormat(format.text, rest as Literal[]);
  return text === undefined ? undefined : { stream, text };
}

/** An iostream chain (`std::cout << "a" << n << std::endl`), as its writes in order. */
function streamChain(s: string, operand: (t: string) => Literal | undefined): Print[] | undefined {
  const m = /^(?:std::)?(cout|cerr|clog)\s*<<([\s\S]*)$/.exec(s);
  if (!m) return undefined;
  const stream = m[1] === 'cout' ? 'stdout' : 'stderr';
  // std::cerr is tied to std::cout: each write to it flushes cout first (clog is not tied).
  const writes: Print[] = m[1] === 'cerr' ? [{ stream: 'stdout', text: '', flush: true }] : [];
  for (const part of splitShifts(m[2] ?? '')) {
    const t = part.trim();
    const char = /^'(\\n|\\t|[^'\\])'$/.exec(t);
    const value = char ? undefined : operand(t);
    const flush = stream === 'stdout' ? { flush: true } : {};
    if (/^(?:std::)?endl$/.test(t)) writes.push({ stream, text: '\n', ...flush });
    else if (/^(?:std::)?flush$/.test(t)) writes.push({ stream, text: '', ...flush });
    else if (char)
      writes.push({
        stream,
        text: char[1] === '\\n' ? '\n' : char[1] === '\\t' ? '\t' : (char[1] ?? ''),
      });
    else if (value && value.kind !== 'bool') writes.push({ stream, text: value.text });
    else return undefined;
  }
  return writes;
}

/** The operands of a `<<` chain (no `<<` inside strings, characters or parentheses). */
function splitShifts(chain: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let quote = '';
  for (let i = 0; i < chain.length; i++) {
    const c = chain[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && chain.startsWith('<<', i)) {
      parts.push(chain.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  parts.push(chain.slice(start));
  return parts;
}

/** What main prints and the status it exits with; undefined when nothing is known. */
export function cMainOutput(source: string): MainOutput | undefined {
  const body = functionBody(source, MAIN);
  if (body === undefined) return undefined;
  const reading = new MainReading();
  const bound = new Map<string, Literal>();
  const operand = (t: string): Literal | undefined => literalOf(t, false) ?? bound.get(t.trim());
  const list = statements(body);
  for (const [i, s] of list.entries()) {
    const binding = BINDING.exec(s);
    const value = binding ? literalOf(binding[3] ?? '', false) : undefined;
    if (binding && value) {
      const name = binding[1] ?? '';
      if (neverWritten(list.slice(i + 1).join(';'), name)) bound.set(name, value);
      continue;
    }
    const exit =
      /^(?:return|(?:std::)?exit\s*\()\s*\(?\s*(\d+|EXIT_SUCCESS|EXIT_FAILURE)?\s*\)?$/.exec(s);
    if (exit) {
      const code = exit[1] ?? '0';
      reading.exit = code === 'EXIT_FAILURE' ? 1 : code === 'EXIT_SUCCESS' ? 0 : Number(code);
      return reading.result(true);
    }
    const writes = streamChain(s, operand) ?? [stdioCall(s, operand)];
    if (writes.some((w) => w === undefined)) {
      reading.stopped = quoted(s);
      return reading.result(true);
    }
    for (const w of writes as Print[])
      reading.print(w.stream, w.text, w.flush ? { flush: true } : {});
  }
  return reading.result(true);
}
