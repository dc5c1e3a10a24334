// Go's float formatting (strconv.FormatFloat / fmt's %e %f %g %v), reproduced because JavaScript
// rounds differently: Go rounds the exact binary value half-to-even, JavaScript's toPrecision
// rounds ties up, so `%.3g` of 1.125 is "1.12" in Go but "1.13" in JS. Docker's size columns go
// through `%.*g`, so the difference shows in real output.

/** A decimal digit string with the decimal point `dp` places from its start (Go's `decimal`). */
interface Digits {
  digits: string; // no leading or trailing zeros; '' means zero
  dp: number;
}

function trimZeros(digits: string, dp: number): Digits {
  let start = 0;
  while (start < digits.length && digits[start] === '0') start++;
  let end = digits.length;
  while (end > start && digits[end - 1] === '0') end--;
  if (start === end) return { digits: '', dp: 0 };
  return { digits: digits.slice(start, end), dp: dp - start };
}

/** The exact decimal expansion of a finite, non-negative double. */
function exactDigits(x: number): Digits {
  if (x === 0) return { digits: '', dp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biasedExp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp2: number;
  if (biasedExp === 0) {
    exp2 = -1074;
  } else {
    mant |= 1n << 52n;
    exp2 = biasedExp - 1075;
  }
  if (exp2 >= 0) {
    const s = (mant << BigInt(exp2)).toString();
    return trimZeros(s, s.length);
  }
  // m / 2^k = m * 5^k / 10^k
  const s = (mant * 5n ** BigInt(-exp2)).toString();
  return trimZeros(s, s.length + exp2);
}

/** Rounds to `nd` significant digits, half to even on the exact value (strconv's decimal.Round). */
function roundDigits(d: Digits, nd: number): Digits {
  if (nd < 0 || nd >= d.digits.length) return d;
  const next = d.digits[nd] ?? '0';
  let up = next > '5';
  if (next === '5') {
    const exactHalf = nd + 1 === d.digits.length;
    up = !exactHalf || (nd > 0 && Number(d.digits[nd - 1]) % 2 === 1);
  }
  if (!up) return trimZeros(d.digits.slice(0, nd), d.dp);
  const chars = d.digits.slice(0, nd).split('');
  let i = nd - 1;
  while (i >= 0 && chars[i] === '9') {
    chars[i] = '0';
    i--;
  }
  if (i < 0) return { digits: '1', dp: d.dp + 1 };
  chars[i] = String(Number(chars[i]) + 1);
  return trimZeros(chars.join(''), d.dp);
}

/** The shortest digits that read back as x: JavaScript and Go agree on these. */
function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: '', dp: 0 };
  const [mantissa = '0', exponent = '0'] = x.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  return trimZeros(digits, Number(exponent) + 1);
}

function digitAt(d: Digits, i: number): string {
  return i >= 0 && i < d.digits.length ? (d.digits[i] ?? '0') : '0';
}

function fmtE(d: Digits, prec: number, neg: boolean): string {
  let out = neg ? '-' : '';
  out += d.digits === '' ? '0' : digitAt(d, 0);
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) out += digitAt(d, i);
  }
  const exp = d.digits === '' ? 0 : d.dp - 1;
  const abs = Math.abs(exp);
  return `${out}e${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
}

function fmtF(d: Digits, prec: number, neg: boolean): string {
  let out = neg ? '-' : '';
  if (d.dp > 0) {
    for (let i = 0; i < d.dp; i++) out += digitAt(d, i);
  } else {
    out += '0';
  }
  if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) out += digitAt(d, d.dp + i);
  }
  return out;
}

function special(x: number): string | undefined {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  return undefined;
}

function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/**
 * strconv.FormatFloat(x, fmt, prec, 64) for fmt 'e', 'f' and 'g'; prec -1 means shortest.
 * (fmt's %v on a float64 is `formatFloat(x, 'g', -1)`.)
 */
export function formatFloat(x: number, fmt: 'e' | 'f' | 'g', prec: number): string {
  const s = special(x);
  if (s !== undefined) return s;
  const neg = isNegative(x);
  const abs = Math.abs(x);
  const shortest = prec < 0;
  let d: Digits;
  if (shortest) {
    d = shortestDigits(abs);
    if (fmt === 'e') prec = Math.max(d.digits.length - 1, 0);
    else if (fmt === 'f') prec = Math.max(d.digits.length - d.dp, 0);
    else prec = d.digits.length;
  } else {
    const exact = exactDigits(abs);
    if (fmt === 'e') d = roundDigits(exact, prec + 1);
    else if (fmt === 'f') d = roundDigits(exact, exact.dp + prec);
    else d = roundDigits(exact, prec === 0 ? 1 : prec);
    if (fmt === 'g' && prec === 0) prec = 1;
  }
  if (fmt === 'e') return fmtE(d, prec, neg);
  if (fmt === 'f') return fmtF(d, prec, neg);
  const nd = d.digits.length;
  const dp = d.dp;
  let eprec = prec;
  if (eprec > nd && nd >= dp) eprec = nd;
  if (shortest) eprec = 6;
  const exp = dp - 1;
  if (exp < -4 || exp >= eprec) {
    return fmtE(d, Math.min(prec, Math.max(nd, 1)) - 1, neg);
  }
  const fprec = prec > dp ? nd : prec;
  return fmtF(d, Math.max(fprec - dp, 0), neg);
}

/** fmt's `%v` of a float64: shortest digits, exponent form below 1e-4 and from 1e+06 up. */
export function formatGoFloat(x: number): string {
  return formatFloat(x, 'g', -1);
}

/**
 * encoding/json's float64 output: shortest digits, plain notation unless the exponent is below
 * -6 or at least 21, and a one-digit exponent written without padding (1e-7, 1e+21).
 */
export function formatJsonFloat(x: number): string {
  const abs = Math.abs(x);
  const useExp = abs !== 0 && (abs < 1e-6 || abs >= 1e21);
  if (!useExp) return formatFloat(x, 'f', -1);
  return formatFloat(x, 'e', -1).replace(/e([+-])0(\d)$/, 'e$1$2');
}
