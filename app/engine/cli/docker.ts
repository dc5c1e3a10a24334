/**
 * The `docker` program: finds the registered command for the words typed (longest match in
 * the command tree, aliases included), parses its flags with the shared spec parser, and
 * runs it. Unknown commands, bad flags and --help behave as the Docker 28 CLI does.
 */
import type { HostRuntime } from '../host/runtime';
import type { Program } from '../shell/program';
import { parseCommandLine } from './args/parse';
import { renderGroupHelp } from './args/help';
import type { DockerCommand, DockerContext } from './command';
import { ALL_COMMANDS } from './commands';
import { Flags } from './parsed';
import type { Attachment } from './interactive';
import {
  ROOT_HELP,
  MANAGEMENT_GROUPS,
  NOT_SIMULATED,
  CLIENT_VERSION,
  LISTED_NOT_SIMULATED,
} from './root-help';

interface Match {
  command: DockerCommand;
  /** How many words of argv (after `docker`) named the command. */
  consumed: number;
}

function findCommand(
  words: readonly string[],
  commands: readonly DockerCommand[],
): Match | undefined {
  let best: Match | undefined;
  for (const command of commands) {
    for (const path of [command.path, ...(command.aliases ?? [])]) {
      if (path.length > words.length) continue;
      if (path.every((w, i) => words[i] === w) && (!best || path.length > best.consumed))
        best = { command, consumed: path.length };
    }
  }
  return best;
}

/** The usage line Docker 28 shows under an unknown subcommand (most groups have no COMMAND). */
const GROUP_USAGE: Record<string, string> = {
  volume: 'docker volume COMMAND',
  manifest: 'docker manifest COMMAND',
};

export function dockerProgram(
  rt: HostRuntime,
  onAttach: (attachment: Attachment) => void,
  commands: readonly DockerCommand[] = ALL_COMMANDS,
): Program {
  return (argv, io) => {
    const words = argv.slice(1);
    // Global options before the command.
    while (words[0]?.startsWith('-')) {
      const option = words[0];
      if (option === '--help' || option === '-h') {
        io.stdout(ROOT_HELP);
        return 0;
      }
      if (option === '--version' || option === '-v') {
        io.stdout(`Docker version ${CLIENT_VERSION}\n`);
        return 0;
      }
      if (option === '--debug' || option === '-D' || option === '--tls') {
        words.shift();
        continue;
      }
      io.stderr(
        `unknown flag: ${option.startsWith('--') ? option.split('=')[0] : `shorthand flag: '${option[1]}' in ${option}`}\n\nUsage:  docker [OPTIONS] COMMAND\n\nRun 'docker --help' for more information\n`.replace(
          'unknown flag: shorthand flag',
          'unknown shorthand flag',
        ),
      );
      return 125;
    }
    // Asked for (--help) the help goes to stdout; shown because a command is missing, to
    // stderr (cli-no-args, runtime-container-group), still with status 0.
    if (words.length === 0) {
      io.stderr(ROOT_HELP);
      return 0;
    }
    if (words[0] === 'help') {
      // `docker help ps` is `docker ps --help`; an unknown topic is an error.
      const topic = words.slice(1);
      if (topic.length === 0) {
        io.stdout(ROOT_HELP);
        return 0;
      }
      const found = findCommand(topic, commands);
      const known = found
        ? found.consumed === topic.length
        : topic.length === 1 && MANAGEMENT_GROUPS[topic[0] as string] !== undefined;
      if (!known) {
        io.stderr(`unknown help topic: ${topic[found?.consumed ?? 0] ?? ''}\n`);
        return 1;
      }
      words.splice(0, words.length, ...topic, '--help');
    }
    const match = findCommand(words, commands);
    const group = MANAGEMENT_GROUPS[words[0] as string];
    if (!match || (group && match.consumed === 1 && match.command.path.length > 1)) {
      if (group && (words.length === 1 || words[1] === '--help' || words[1] === '-h')) {
        const subcommands = [
          ...commands
            .filter((c) => c.path[0] === words[0] && c.path.length === 2)
            .map((c) => ({ name: c.path[1] as string, short: c.spec.short })),
          ...(LISTED_NOT_SIMULATED[words[0] as string] ?? []),
        ].sort((a, b) => a.name.localeCompare(b.name));
        (words.length === 1 ? io.stderr : io.stdout)(
          renderGroupHelp(words[0] as string, group, subcommands),
        );
        return 0;
      }
      const typed = group ? words.slice(0, 2).join(' ') : (words[0] as string);
      const listed = group && LISTED_NOT_SIMULATED[words[0] as string];
      if (
        NOT_SIMULATED.includes(words[0] as string) ||
        (listed && listed.some((c) => c.name === words[1]))
      ) {
        io.stderr(
          `layercake: 'docker ${typed}' is a real Docker command, but it is not part of this simulation.\n`,
        );
        return 1;
      }
      // Inside a group, Docker 28 shows the group's usage line too.
      const usage = group
        ? `Usage:  ${GROUP_USAGE[words[0] as string] ?? `docker ${words[0]}`}\n\n`
        : '';
      io.stderr(
        `docker: unknown command: docker ${typed}\n\n${usage}Run 'docker ${group ? `${words[0]} ` : ''}--help' for more information\n`,
      );
      return 1;
    }
    const parsed = parseCommandLine(match.command.spec, words.slice(match.consumed));
    if (!parsed.ok) {
      io.stderr(`${parsed.error}\n`);
      return parsed.exitCode;
    }
    if (parsed.help) {
      io.stdout(parsed.stdout);
      return 0;
    }
    // Docker 28 prints deprecation warnings for flags on standard output (recorded).
    if (parsed.stderr) io.stdout(parsed.stderr);
    // One clock for the command: the line's time when it began plus what it has spent.
    // io.now is the shell's live clock, which io.spend already moves, so adding `spent` to
    // it would count every spent millisecond twice and run ahead of the terminal. Counting
    // from the start also keeps a test double whose `now` stands still honest.
    const started = io.now;
    let spent = 0;
    const now = () => started + spent;
    const ctx: DockerContext = {
      rt,
      io,
      now,
      spend: (ms) => {
        if (!Number.isFinite(ms) || ms <= 0) return;
        spent += ms;
        io.spend(ms);
      },
      out: (text) => io.stdout(text),
      err: (text) => io.stderr(text),
      attach: onAttach,
    };
    // The daemon's event log stamps what this command causes with the same clock, so events
    // and the containers' timestamps agree (and none lands after the next line's `--until 0s`).
    const eventTime = rt.eventTime;
    rt.eventTime = now;
    try {
      return match.command.run(ctx, {
        flags: new Flags(parsed.flags, parsed.changed),
        args: parsed.args,
      });
    } catch (err) {
      // A bug of ours must not take the terminal down: say so plainly.
      io.stderr(
        `layercake: internal error in 'docker ${match.command.path.join(' ')}': ${err instanceof Error ? err.message : String(err)}\n`,
      );
      return 1;
    } finally {
      rt.eventTime = eventTime;
    }
  };
}
