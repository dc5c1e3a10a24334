/** DL3003: `cd` inside RUN only lasts for that RUN; WORKDIR sets it for what follows. */
import { diagnose, hadolintUrl, runsOf, type Rule } from '../context';
import { commandName, runCommands } from '../shell-commands';

export const cdInRun: Rule = (ctx) =>
  runsOf(ctx).flatMap(({ run }) => {
    if (!runCommands(run).some((c) => commandName(c) === 'cd')) return [];
    return [
      diagnose(
        run.instruction,
        'hint',
        'DL3003',
        '"cd" only changes the directory for the rest of this RUN, which is easy to forget. ' +
          'Use WORKDIR to set the directory for the instructions that follow.',
        hadolintUrl('DL3003'),
      ),
    ];
  });
