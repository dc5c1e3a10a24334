/**
 * lintDockerfile: hints for a learner, each with what to do instead. Rule ids follow
 * hadolint (DLxxxx) where hadolint has the rule, BuildKit's check names for its build
 * checks, and LCxxxx for Layercake's own layer and cache lessons.
 */
import type { Diagnostic, ParsedDockerfile } from '../types';
import { buildContext, type Rule } from './context';
import { aptListsNotRemoved, aptNoInstallRecommends, aptUpgrade } from './rules/apt';
import {
  duplicateStageName,
  fromAsCasing,
  pinnedBaseImage,
  stageNameCasing,
} from './rules/base-image';
import { copyContextBeforeInstall } from './rules/cache-order';
import {
  addInsteadOfCopy,
  consistentInstructionCasing,
  jsonArgsRecommended,
  legacyKeyValueFormat,
  maintainerDeprecated,
  multipleCmd,
  multipleEntrypoint,
  noEmptyContinuation,
  workdirRelativePath,
} from './rules/instructions';
import { deleteInLaterLayer } from './rules/layer-deletes';
import { apkNoCache, pipNoCacheDir } from './rules/packages';
import { cdInRun } from './rules/run-style';

export const LINT_RULES: readonly Rule[] = [
  pinnedBaseImage,
  fromAsCasing,
  stageNameCasing,
  duplicateStageName,
  aptListsNotRemoved,
  aptNoInstallRecommends,
  aptUpgrade,
  pipNoCacheDir,
  apkNoCache,
  cdInRun,
  addInsteadOfCopy,
  multipleCmd,
  multipleEntrypoint,
  jsonArgsRecommended,
  maintainerDeprecated,
  legacyKeyValueFormat,
  workdirRelativePath,
  consistentInstructionCasing,
  noEmptyContinuation,
  copyContextBeforeInstall,
  deleteInLaterLayer,
];

/** Runs every rule; results are sorted by position. Never throws. */
export function lintDockerfile(df: ParsedDockerfile): Diagnostic[] {
  let ctx;
  try {
    ctx = buildContext(df);
  } catch {
    return [];
  }
  const found: Diagnostic[] = [];
  for (const rule of LINT_RULES) {
    try {
      found.push(...rule(ctx));
    } catch {
      // One broken rule must not hide the others' hints.
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
