/** seq and yes. Both are capped: a script must not produce endless output. */
import type { Program } from '../program';

export const MAX_LINES = 100_000;

export const seq: Program = (argv, io) => {
  const args = argv.slice(1);
  let sep = '\n';
  let equalWidth = false;
  let format: string | undefined;
  const nums: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-s') sep = args[++i] ?? '\n';
    else if (arg.startsWith('-s') && arg.length > 2) sep = arg.slice(2);
    else if (arg === '-w') equalWidth = true;
    else if (arg === '-f') format = args[++i];
    else nums.push(arg);
  }
  const values = nums.map(Number);
  if (nums.length === 0 || nums.length > 3 || values.some((v) => Number.isNaN(v))) {
    const bad = nums.find((n) => Number.isNaN(Number(n)));
    io.stderr(
      bad !== undefined
        ? `seq: invalid floating point argument: '${bad}'\n`
        : "seq: missing operand\nTry 'seq --help' for more information.\n",
    );
    return 1;
  }
  const [first, step, last] =
    values.length === 1
      ? [1, 1, values[0] as number]
      : values.length === 2
        ? [values[0] as number, 1, values[1] as number]
        : (values as [number, number, number]);
  if (step === 0) {
    io.stderr(`seq: invalid Zero increment value: '0'\n`);
    return 1;
  }
  const decimals = Math.max(
    ...nums.map((n) => (n.includes('.') ? n.length - n.indexOf('.') - 1 : 0)),
  );
  const out: string[] = [];
  for (let v = first; step > 0 ? v <= last + 1e-9 : v >= last - 1e-9; v += step) {
    if (out.length >= MAX_LINES) {
      io.note(`seq stopped after ${MAX_LINES} numbers (the simulation caps output).`);
      break;
    }
    out.push(format ? format.replace(/%[0-9.]*[gfe]/, v.toFixed(decimals)) : v.toFixed(decimals));
  }
  if (equalWidth) {
    const width = Math.max(...out.map((s) => s.length));
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as string).padStart(width, '0');
  }
  if (out.length > 0) io.stdout(out.join(sep) + '\n');
  return 0;
};

export const yes: Program = (argv, io) => {
  const text = argv.length > 1 ? argv.slice(1).join(' ') : 'y';
  io.stdout(`${text}\n`.repeat(1000));
  io.note('yes stopped after 1000 lines: the simulation caps its endless output.');
  return 0;
};
