/**
 * apt-get rules: DL3009 (clean the package lists in the RUN that downloads them), DL3015
 * (--no-install-recommends) and DL3005 (no upgrade inside an image build).
 */
import type { RunCommand } from '../../commands/types';
import { diagnose, hadolintUrl, runsOf, type Rule } from '../context';
import { isSubcommand, runCommands, type SimpleCommand } from '../shell-commands';

const APT = ['apt-get', 'apt'];

function cacheMountCovers(run: RunCommand, path: string): boolean {
  return run.mounts.some(
    (m) =>
      m.mount?.type === 'cache' && m.mount.target !== undefined && path.startsWith(m.mount.target),
  );
}

function removesAptLists(commands: SimpleCommand[]): boolean {
  return commands.some(
    (c) => c.words[0] === 'rm' && c.words.some((w) => w.startsWith('/var/lib/apt/lists')),
  );
}

export const aptListsNotRemoved: Rule = (ctx) =>
  runsOf(ctx).flatMap(({ stage, run }) => {
    if (!stage.inFinalImage) return [];
    const commands = runCommands(run);
    const updates = commands.some((c) => isSubcommand(c, APT, ['update']));
    if (!updates || removesAptLists(commands) || cacheMountCovers(run, '/var/lib/apt/lists')) {
      return [];
    }
    return [
      diagnose(
        run.instruction,
        'warning',
        'DL3009',
        'apt-get update downloads package lists that stay in this layer for good. ' +
          'Add "&& rm -rf /var/lib/apt/lists/*" at the end of this same RUN; a later RUN cannot shrink this layer.',
        hadolintUrl('DL3009'),
      ),
    ];
  });

export const aptNoInstallRecommends: Rule = (ctx) =>
  runsOf(ctx).flatMap(({ run }) => {
    const missing = runCommands(run).some(
      (c) =>
        isSubcommand(c, APT, ['install']) &&
        !c.words.some(
          (w) => w === '--no-install-recommends' || /APT::Install-Recommends=(false|0)/i.test(w),
        ),
    );
    if (!missing) return [];
    return [
      diagnose(
        run.instruction,
        'hint',
        'DL3015',
        'apt-get install also pulls in "recommended" packages you did not ask for, which makes the image bigger. ' +
          'Add --no-install-recommends and list what you really need.',
        hadolintUrl('DL3015'),
      ),
    ];
  });

export const aptUpgrade: Rule = (ctx) =>
  runsOf(ctx).flatMap(({ run }) => {
    const upgrades = runCommands(run).some((c) =>
      isSubcommand(c, APT, ['upgrade', 'dist-upgrade', 'full-upgrade']),
    );
    if (!upgrades) return [];
    return [
      diagnose(
        run.instruction,
        'warning',
        'DL3005',
        'Upgrading every package inside a build makes the result depend on the day you build it. ' +
          'Use a newer base image tag instead, or install the specific package versions you need.',
        hadolintUrl('DL3005'),
      ),
    ];
  });
