// `docker <command> --help` as docker 28 lays it out: usage line, description, aliases and
// the options table (sorted by long name, help text wrapped for an 80-column terminal).
import { helpFlag } from './help-flag';
import type { CommandSpec, FlagSpec } from './spec';
import { goQuote } from '../format/command-column';
import { wrapHelpText } from './wrap';

/** Docker wraps help for the terminal width minus one; 80 columns when not on a terminal. */
export const DEFAULT_HELP_WIDTH = 80;

function valueName(flag: FlagSpec): string {
  if (flag.valueName !== undefined) return flag.valueName;
  switch (flag.type) {
    case 'bool':
      return '';
    case 'stringArray':
      return 'list';
    default:
      return flag.type;
  }
}

/** The "(default …)" pflag adds when the default is not the type's zero value. */
function defaultText(flag: FlagSpec): string {
  if (flag.defaultText !== undefined) {
    return flag.defaultText === null ? '' : ` (default ${flag.defaultText})`;
  }
  const value = flag.default;
  if (value === undefined || value === false || value === 0 || value === '') return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : ` (default [${value.join(',')}])`;
  if (flag.type === 'string') return ` (default ${goQuote(String(value))})`;
  return ` (default ${String(value)})`;
}

/** The Options block: one entry per visible flag, help aligned in one column. */
export function renderFlagUsages(flags: readonly FlagSpec[], width: number): string {
  const visible = flags
    .filter((f) => !f.hidden && !f.deprecated)
    .sort((a, b) => (a.long < b.long ? -1 : a.long > b.long ? 1 : 0));
  const rows = visible.map((flag) => {
    const name = valueName(flag);
    const left =
      (flag.short ? `  -${flag.short}, --${flag.long}` : `      --${flag.long}`) +
      (name ? ` ${name}` : '');
    return { left, text: flag.help + defaultText(flag) };
  });
  // pflag measures the name column including a marker character, hence the +1.
  const column = Math.max(0, ...rows.map((r) => r.left.length + 1));
  return rows
    .map(({ left, text }) => {
      const spacing = ' '.repeat(column - left.length);
      return `${left} ${spacing} ${wrapHelpText(column + 2, width - 1, text)}`;
    })
    .join('\n')
    .replace(/\s+$/, '');
}

/** The whole --help text, ending in a newline. */
export function renderHelp(spec: CommandSpec, width = DEFAULT_HELP_WIDTH): string {
  let out = `Usage:  ${spec.usage}\n\n${(spec.long ?? spec.short).trim()}`;
  if (spec.aliases && spec.aliases.length > 0) {
    out += `\n\nAliases:\n  ${spec.aliases.join(', ')}`;
  }
  if (spec.example) out += `\n\nExamples:\n${spec.example}`;
  const flags = [...spec.flags, helpFlag(spec)];
  const options = renderFlagUsages(flags, width);
  if (options !== '') out += `\n\nOptions:\n${options}`;
  return `${out}\n`;
}

export interface SubcommandSummary {
  name: string;
  short: string;
}

/** Help of a management command such as `docker volume`: its subcommands and a hint. */
export function renderGroupHelp(
  path: string,
  short: string,
  commands: readonly SubcommandSummary[],
): string {
  const pad = Math.max(11, ...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(pad)} ${c.short}`).join('\n');
  return (
    `Usage:  docker ${path} COMMAND\n\n${short}\n\nCommands:\n${list}\n\n` +
    `Run 'docker ${path} COMMAND --help' for more information on a command.\n`
  );
}
