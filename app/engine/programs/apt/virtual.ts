/**
 * Virtual packages (Debian's Provides): a name no real package has, which apt-get install
 * resolves to the one package that Provides it ("Note, selecting 'libfreetype-dev' instead
 * of 'libfreetype6-dev'", trixie having dropped the transitional libfreetype6-dev), or refuses
 * when several do, listing them for the user to pick.
 */
import { say, type AptContext } from './context';
import { enabledRepositories } from './repositories';

export type VirtualChoice =
  { kind: 'real' } | { kind: 'provider'; name: string } | { kind: 'ambiguous'; error: string };

export function chooseProvider(ctx: AptContext, name: string): VirtualChoice {
  const real =
    ctx.catalog.package('deb', name, ctx.distro) !== undefined ||
    enabledRepositories(ctx).some((r) => r.package(name) !== undefined);
  const providers = real ? [] : (ctx.catalog.debProviders?.(name, ctx.distro) ?? []);
  if (providers.length === 0) return { kind: 'real' };
  if (providers.length === 1) {
    const [provider] = providers as [string];
    say(ctx, `Note, selecting '${provider}' instead of '${name}'\n`);
    return { kind: 'provider', name: provider };
  }
  const lines = providers.map((p) => {
    const version = ctx.catalog.package('deb', p, ctx.distro)?.version;
    return `  ${p}${version ? ` ${version}` : ''}\n`;
  });
  say(
    ctx,
    `Package ${name} is a virtual package provided by:\n${lines.join('')}You should explicitly select one to install.\n\n`,
  );
  return { kind: 'ambiguous', error: `Package '${name}' has no installation candidate` };
}
