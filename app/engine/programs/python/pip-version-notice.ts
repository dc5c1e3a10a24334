/**
 * pip's self version check: after `pip install` (and `pip list`) a pip older than PyPI's newest
 * prints, on stderr after a blank line,
 *   [notice] A new release of pip is available: 24.0 -> 25.3
 *   [notice] To update, run: pip install --upgrade pip
 * as every build on the official python images (ensurepip's 24.0 or 23.0.1) shows. It is a
 * warning, so -q keeps it and -qq hides it; --disable-pip-version-check,
 * PIP_DISABLE_PIP_VERSION_CHECK and --no-index skip it, and a pip a distribution installed
 * (Debian's python3-pip, in dist-packages) never checks.
 */
import type { ProgramIO } from '../../shell/program';
import { compareVersions } from './requirements';

/** PyPI's newest pip, as the catalog holds it (catalog/data/lang/pypi.ts). */
export const NEWEST_PIP = '25.3';

export interface NoticeContext {
  /** The pip version of the environment's own site-packages, if pip lives there. */
  sitePip: string | undefined;
  quiet: number;
  disabled: boolean;
  noIndex: boolean;
}

export function pipVersionNotice(io: ProgramIO, ctx: NoticeContext): void {
  if (!ctx.sitePip || ctx.disabled || ctx.noIndex || ctx.quiet >= 2) return;
  const env = io.env.PIP_DISABLE_PIP_VERSION_CHECK;
  if (env !== undefined && env !== '' && env !== '0' && env.toLowerCase() !== 'false') return;
  if (compareVersions(ctx.sitePip, NEWEST_PIP) >= 0) return;
  io.stderr(
    `\n[notice] A new release of pip is available: ${ctx.sitePip} -> ${NEWEST_PIP}\n[notice] To update, run: pip install --upgrade pip\n`,
  );
}
