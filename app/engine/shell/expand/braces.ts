/**
 * bash's brace expansion, before any other expansion: `a{b,c}` is `ab ac`, `{1..3}` is
 * `1 2 3`, `{01..10..3}` pads. Only unquoted braces in the word's literal text count; dash
 * and BusyBox ash have no brace expansion at all (`mkdir -p src/{a,b}` makes one odd name).
 */
import type { Word, WordPart } from '../ast';

type Unit = { ch: string } | { part: WordPart };

/** At most this many words from one: `{1..1000000}` is a runaway, not a list. */
const MAX_WORDS = 10_000;

export function expandBraces(word: Word): Word[] {
  if (!word.parts.some((p) => p.type === 'literal' && p.text.includes('{'))) return [word];
  const units: Unit[] = word.parts.flatMap<Unit>((part) =>
    part.type === 'literal' ? [...part.text].map((ch) => ({ ch })) : [{ part }],
  );
  const out: Unit[][] = [];
  expand(units, out);
  return out.map((u) => ({ parts: toParts(u), raw: word.raw }));
}

function expand(units: Unit[], out: Unit[][]): void {
  if (out.length >= MAX_WORDS) return;
  for (let open = 0; open < units.length; open++) {
    if (!isChar(units[open], '{') || isChar(units[open - 1], '$')) continue;
    const close = matchingBrace(units, open);
    if (close < 0) continue;
    const inside = units.slice(open + 1, close);
    const alternatives = splitTopLevel(inside) ?? sequence(inside);
    if (!alternatives) continue;
    const prefix = units.slice(0, open);
    const suffix = units.slice(close + 1);
    for (const alt of alternatives) expand([...prefix, ...alt, ...suffix], out);
    return;
  }
  out.push(units);
}

function isChar(unit: Unit | undefined, ch: string): boolean {
  return unit !== undefined && 'ch' in unit && unit.ch === ch;
}

function matchingBrace(units: Unit[], open: number): number {
  let depth = 0;
  for (let i = open; i < units.length; i++) {
    if (isChar(units[i], '{')) depth++;
    else if (isChar(units[i], '}') && --depth === 0) return i;
  }
  return -1;
}

/** `a,b{c,d},e` into its alternatives; undefined without a top-level comma. */
function splitTopLevel(units: Unit[]): Unit[][] | undefined {
  const parts: Unit[][] = [[]];
  let depth = 0;
  for (const unit of units) {
    if (isChar(unit, '{')) depth++;
    if (isChar(unit, '}')) depth--;
    if (depth === 0 && isChar(unit, ',')) parts.push([]);
    else parts[parts.length - 1]?.push(unit);
  }
  return parts.length > 1 ? parts : undefined;
}

/** `1..5`, `a..e`, `10..1..3`: the items of a sequence expression, or undefined. */
function sequence(units: Unit[]): Unit[][] | undefined {
  if (!units.every((u) => 'ch' in u)) return undefined;
  const text = units.map((u) => (u as { ch: string }).ch).join('');
  const numbers = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(text);
  const letters = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(text);
  const items: string[] = [];
  if (numbers) {
    const [from, to] = [Number(numbers[1]), Number(numbers[2])];
    const step = Math.abs(Number(numbers[3] ?? 1)) || 1;
    const width =
      /^-?0\d/.test(numbers[1] as string) || /^-?0\d/.test(numbers[2] as string)
        ? Math.max((numbers[1] as string).length, (numbers[2] as string).length)
        : 0;
    for (let v = from; from <= to ? v <= to : v >= to; v += from <= to ? step : -step) {
      if (items.length >= MAX_WORDS) break;
      items.push(
        width
          ? v < 0
            ? '-' + String(-v).padStart(width - 1, '0')
            : String(v).padStart(width, '0')
          : String(v),
      );
    }
  } else if (letters) {
    const [from, to] = [(letters[1] as string).charCodeAt(0), (letters[2] as string).charCodeAt(0)];
    const step = Math.abs(Number(letters[3] ?? 1)) || 1;
    for (let c = from; from <= to ? c <= to : c >= to; c += from <= to ? step : -step)
      items.push(String.fromCharCode(c));
  } else return undefined;
  return items.map((item) => [...item].map((ch) => ({ ch })));
}

function toParts(units: Unit[]): WordPart[] {
  const parts: WordPart[] = [];
  let literal = '';
  for (const unit of units) {
    if ('ch' in unit) literal += unit.ch;
    else {
      if (literal) parts.push({ type: 'literal', text: literal });
      literal = '';
      parts.push(unit.part);
    }
  }
  if (literal) parts.push({ type: 'literal', text: literal });
  return parts;
}
