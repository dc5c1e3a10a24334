/**
 * What apt prints before it acts: the lists of packages, the counts line, the download and
 * disk-space lines, and the question that a Docker build cannot answer. apt-get keeps the
 * classic wording; the `apt` binary of apt 3 (trixie) prints "Installing:" and "Summary:".
 */
import { aptSize } from '../common/sizes';
import { say, type AptContext } from './context';
import { classicList, columnList } from './show-list';

export interface PlanView {
  /** New packages the user asked for. */
  requestedNew: string[];
  /** New packages pulled in as dependencies. */
  dependencies: string[];
  upgrades: string[];
  removals: { name: string; purge: boolean }[];
  /** Auto-installed packages nothing needs, not removed by this command. */
  unneeded: string[];
  downloadBytes: number;
  /** Positive: disk used; negative: freed. */
  spaceDelta: number;
  /** Held packages an upgrade leaves as they are. */
  keptBack?: string[];
}

export function showUnneeded(ctx: AptContext, unneeded: readonly string[]): void {
  if (unneeded.length === 0) return;
  const one = unneeded.length === 1;
  const title = one
    ? 'The following package was automatically installed and is no longer required:'
    : 'The following packages were automatically installed and are no longer required:';
  say(
    ctx,
    ctx.apt3 ? columnList(title, unneeded).replace(/\n\n$/, '\n') : classicList(title, unneeded),
  );
  say(ctx, `Use '${ctx.binary} autoremove' to remove ${one ? 'it' : 'them'}.\n`);
  if (ctx.apt3) say(ctx, '\n');
}

/** Prints the plan; returns false when apt would stop to ask and nobody can answer. */
export function showPlan(ctx: AptContext, plan: PlanView, askIfExtra: boolean): boolean {
  const installs = [...plan.requestedNew, ...plan.dependencies].sort();
  const removed = plan.removals.map((r) => (r.purge ? `${r.name}*` : r.name)).sort();
  if (ctx.apt3) showApt3(ctx, plan, removed);
  else {
    say(ctx, classicList('The following packages will be REMOVED:', removed));
    say(
      ctx,
      classicList(
        'The following additional packages will be installed:',
        [...plan.dependencies].sort(),
      ),
    );
    say(ctx, classicList('The following NEW packages will be installed:', installs));
    say(ctx, classicList('The following packages have been kept back:', plan.keptBack ?? []));
    say(ctx, classicList('The following packages will be upgraded:', [...plan.upgrades].sort()));
    say(
      ctx,
      `${plan.upgrades.length} upgraded, ${installs.length} newly installed, ${plan.removals.length} to remove and ${plan.keptBack?.length ?? 0} not upgraded.\n`,
    );
  }
  const nothing = installs.length === 0 && plan.upgrades.length === 0 && plan.removals.length === 0;
  if (nothing) return true;
  if (!ctx.apt3) {
    if (plan.downloadBytes > 0)
      say(ctx, `Need to get ${aptSize(plan.downloadBytes)} of archives.\n`);
    say(
      ctx,
      plan.spaceDelta >= 0
        ? `After this operation, ${aptSize(plan.spaceDelta)} of additional disk space will be used.\n`
        : `After this operation, ${aptSize(-plan.spaceDelta)} disk space will be freed.\n`,
    );
  }
  const ask = askIfExtra ? plan.dependencies.length > 0 || plan.removals.length > 0 : true;
  if (ask && !ctx.assumeYes) {
    ctx.io.stdout(ctx.apt3 ? 'Continue? [Y/n] ' : 'Do you want to continue? [Y/n] ');
    ctx.io.stdout('Abort.\n');
    ctx.io.note(
      'apt stopped to ask "Do you want to continue?", and a Docker build has no one to answer: its standard input is empty, so apt aborts. Pass -y (--yes) in Dockerfiles.',
    );
    return false;
  }
  return true;
}

function showApt3(ctx: AptContext, plan: PlanView, removed: string[]): void {
  say(ctx, columnList('Upgrading:', [...plan.upgrades].sort()));
  say(ctx, columnList('Installing:', [...plan.requestedNew].sort()));
  say(ctx, columnList('Installing dependencies:', [...plan.dependencies].sort()));
  say(ctx, columnList('REMOVING:', removed));
  const installs = plan.requestedNew.length + plan.dependencies.length;
  say(ctx, 'Summary:\n');
  say(
    ctx,
    `  Upgrading: ${plan.upgrades.length}, Installing: ${installs}, Removing: ${plan.removals.length}, Not Upgrading: 0\n`,
  );
  if (plan.downloadBytes > 0) say(ctx, `  Download size: ${aptSize(plan.downloadBytes)}\n`);
  if (plan.spaceDelta >= 0) {
    if (installs + plan.upgrades.length > 0) {
      say(ctx, `  Space needed: ${aptSize(plan.spaceDelta)} / 58.2 GB available\n`);
    }
  } else say(ctx, `  Freed space: ${aptSize(-plan.spaceDelta)}\n`);
  say(ctx, '\n');
}
