// The --help flag cobra gives every command. Docker keeps -h as a deprecated, hidden shorthand
// ("Flag shorthand -h has been deprecated, use --help"); a command that uses -h itself, like
// run's --hostname, gets a visible --help without shorthand instead.
import type { CommandSpec, FlagSpec } from './spec';

export function helpFlag(spec: CommandSpec): FlagSpec & { shortDeprecated: boolean } {
  const hUsed = spec.flags.some((f) => f.short === 'h');
  return {
    long: 'help',
    type: 'bool',
    help: 'Print usage',
    hidden: !hUsed,
    shortDeprecated: !hUsed,
    ...(hUsed ? {} : { short: 'h' }),
  };
}
