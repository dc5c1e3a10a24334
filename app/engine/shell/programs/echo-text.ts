/**
 * What echo prints, per flavour. dash's echo (the builtin of Debian's /bin/sh) takes only
 * `-n` and always interprets backslash escapes; GNU, bash and BusyBox echo take -n, -e, -E
 * (combinable: -ne) and interpret escapes only with -e.
 */
import { unescape } from './printf-format';

export type EchoFlavor = 'dash' | 'gnu' | 'bash' | 'busybox';

export function echoText(args: readonly string[], flavor: EchoFlavor): string {
  let newline = true;
  let escapes = flavor === 'dash';
  let i = 0;
  if (flavor === 'dash') {
    if (args[0] === '-n') {
      newline = false;
      i = 1;
    }
  } else {
    for (; i < args.length && /^-[neE]+$/.test(args[i] as string); i++) {
      for (const flag of (args[i] as string).slice(1)) {
        if (flag === 'n') newline = false;
        else if (flag === 'e') escapes = true;
        else escapes = false;
      }
    }
  }
  const text = args.slice(i).join(' ');
  if (!escapes) return newline ? text + '\n' : text;
  const { text: out, stop } = unescape(text, 'echo');
  return stop || !newline ? out : out + '\n';
}
