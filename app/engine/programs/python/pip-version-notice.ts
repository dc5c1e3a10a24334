/**
 * pip's self version check: after `pip install` (and `pip list`) a pip older than the newest
 * pip PyPI offers this interpreter prints, on stderr after a blank line,
 *   [notice] A new release of pip is available: 24.0 -> 25.3
 *   [notice] To update, run: pip install --upgrade pip
 * as every build on the official python images shows. It is a warning, so -q keeps it and -qq
 * hides it; --disable-pip-version-check, PIP_DISABLE_PIP_VERSION_CHECK and --no-index skip it,
 * and a pip a distribution installed (Debian's python3-pip, in dist-packages) never checks.
 *
 * The wording is the running pip's: before 22 a plain warning (self_outdated_check.py of pip
 * 21: "You are using pip version %s; however, version %s is available.\nYou should consider
 * upgrading via the '%s install --upgrade pip' command." with `sys.executable -m pip`); then
 * rich's [notice] lines (pypa/pip#10959), "A new release of pip available:" in 22.x
 * (pypa/pip#11591 quotes 22.3) and "A new release of pip is available:" from 23.0 (23.0.1
 * build logs). The newest pip is found with the interpreter's Requires-Python, as pip's
 * PackageFinder does: the python:3.6 image's pip 21.2.4 is offered 21.3.1, not 25.3.
 */
import type { ProgramIO } from '../../shell/program';
import { compareVersions } from './requirements';

/** PyPI's newest pip, as the catalog holds it (catalog/data/lang/pypi.ts). */
export const NEWEST_PIP = '25.3';

/** The last pip each older Python may install (pip 21.0, 22.0, 24.1, 25.1 dropped them). */
const LAST_PIP_FOR: Record<string, string> = {
  '3.5': '20.3.4',
  '3.6': '21.3.1',
  '3.7': '24.0',
  '3.8': '25.0.1',
};

export function newestPipFor(pythonMinor: string): string {
  return LAST_PIP_FOR[pythonMinor] ?? NEWEST_PIP;
}

export interface NoticeContext {
  /** The pip version of the environment's own site-packages, if pip lives there. */
  sitePip: string | undefined;
  /** The interpreter ("/usr/local/bin/python3.6", pip's sys.executable) and its "3.6". */
  python: string;
  pythonMinor: string;
  quiet: number;
  disabled: boolean;
  noIndex: boolean;
}

export function pipVersionNotice(io: ProgramIO, ctx: NoticeContext): void {
  if (!ctx.sitePip || ctx.disabled || ctx.noIndex || ctx.quiet >= 2) return;
  const env = io.env.PIP_DISABLE_PIP_VERSION_CHECK;
  if (env !== undefined && env !== '' && env !== '0' && env.toLowerCase() !== 'false') return;
  const newest = newestPipFor(ctx.pythonMinor);
  if (compareVersions(ctx.sitePip, newest) >= 0) return;
  io.stderr(noticeText(ctx.sitePip, newest, ctx.python));
}

function noticeText(pip: string, newest: string, python: string): string {
  if (compareVersions(pip, '22.0') < 0)
    return `WARNING: You are using pip version ${pip}; however, version ${newest} is available.\nYou should consider upgrading via the '${python} -m pip install --upgrade pip' command.\n`;
  const is = compareVersions(pip, '23.0') >= 0 ? 'is ' : '';
  return `\n[notice] A new release of pip ${is}available: ${pip} -> ${newest}\n[notice] To update, run: pip install --upgrade pip\n`;
}
