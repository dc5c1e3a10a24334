/**
 * Rules about single instructions: ADD where COPY serves (DL3020), several CMD or
 * ENTRYPOINT in one stage (DL4003, DL4004), and BuildKit's cheap build checks
 * (JSONArgsRecommended, MaintainerDeprecated, LegacyKeyValueFormat, WorkdirRelativePath,
 * ConsistentInstructionCasing, NoEmptyContinuation).
 */
import type { Command } from '../../commands/types';
import { buildkitUrl, diagnose, hadolintUrl, type Rule } from '../context';

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|gz|bz2|xz|zst)$/i;
const REMOTE = /^([a-z][a-z0-9+.-]*:\/\/|git@)/i;

function allCommands(ctx: Parameters<Rule>[0]): Command[] {
  return [...ctx.globals, ...ctx.stages.flatMap((s) => [s.from, ...s.commands])];
}

export const addInsteadOfCopy: Rule = (ctx) =>
  allCommands(ctx).flatMap((c) => {
    if (c.kind !== 'ADD' || c.heredocSources.length > 0) return [];
    if (c.sources.some((s) => REMOTE.test(s) || ARCHIVE.test(s))) return [];
    return [
      diagnose(
        c.instruction,
        'warning',
        'DL3020',
        'ADD also downloads URLs and unpacks archives, which makes plain file copies surprising to read. ' +
          'Use COPY for files and folders; keep ADD for URLs and tar archives.',
        hadolintUrl('DL3020'),
      ),
    ];
  });

function repeated(kind: 'CMD' | 'ENTRYPOINT', id: string): Rule {
  return (ctx) =>
    ctx.stages.flatMap((stage) =>
      stage.commands
        .filter((c) => c.kind === kind)
        .slice(1)
        .map((c) =>
          diagnose(
            c.instruction,
            'warning',
            id,
            `Only the last ${kind} of a stage takes effect, so the earlier one is ignored. ` +
              `Keep a single ${kind} per stage.`,
            hadolintUrl(id),
          ),
        ),
    );
}

export const multipleCmd = repeated('CMD', 'DL4003');
export const multipleEntrypoint = repeated('ENTRYPOINT', 'DL4004');

export const jsonArgsRecommended: Rule = (ctx) =>
  allCommands(ctx).flatMap((c) => {
    if ((c.kind !== 'CMD' && c.kind !== 'ENTRYPOINT') || !c.prependShell) return [];
    if (c.cmdLine.length === 0) return [];
    return [
      diagnose(
        c.instruction,
        'warning',
        'JSONArgsRecommended',
        `JSON arguments recommended for ${c.kind} to prevent unintended behavior related to OS signals. ` +
          `In shell form your program runs under /bin/sh, which does not pass the stop signal on to it; ` +
          `write it as ${c.kind} ["program", "arg"].`,
        buildkitUrl('json-args-recommended'),
      ),
    ];
  });

export const maintainerDeprecated: Rule = (ctx) =>
  allCommands(ctx).flatMap((c) =>
    c.kind !== 'MAINTAINER'
      ? []
      : [
          diagnose(
            c.instruction,
            'warning',
            'MaintainerDeprecated',
            'Maintainer instruction is deprecated in favor of using label. ' +
              `Write LABEL org.opencontainers.image.authors="${c.maintainer}" instead.`,
            buildkitUrl('maintainer-deprecated'),
          ),
        ],
  );

export const legacyKeyValueFormat: Rule = (ctx) =>
  allCommands(ctx).flatMap((c) => {
    if ((c.kind !== 'ENV' && c.kind !== 'LABEL') || !c.pairs.some((p) => p.legacy)) return [];
    return [
      diagnose(
        c.instruction,
        'warning',
        'LegacyKeyValueFormat',
        `"${c.kind} key=value" should be used instead of legacy "${c.kind} key value" format. ` +
          'The old form takes the whole rest of the line as the value, spaces included.',
        buildkitUrl('legacy-key-value-format'),
      ),
    ];
  });

export const workdirRelativePath: Rule = (ctx) =>
  ctx.stages.flatMap((stage) => {
    let absoluteSeen = false;
    return stage.commands.flatMap((c) => {
      if (c.kind !== 'WORKDIR') return [];
      if (c.path.startsWith('/') || c.path.startsWith('$')) {
        absoluteSeen = true;
        return [];
      }
      if (absoluteSeen) return [];
      return [
        diagnose(
          c.instruction,
          'warning',
          'WorkdirRelativePath',
          `Relative workdir "${c.path}" can have unexpected results if the base image changes. ` +
            'Give an absolute path such as /app.',
          buildkitUrl('workdir-relative-path'),
        ),
      ];
    });
  });

export const consistentInstructionCasing: Rule = (ctx) => {
  const instructions = ctx.df.instructions;
  const lower = instructions.filter((i) => i.rawKeyword === i.rawKeyword.toLowerCase()).length;
  const upper = instructions.filter((i) => i.rawKeyword === i.rawKeyword.toUpperCase()).length;
  const majority = lower > upper ? 'lowercase' : 'uppercase';
  return instructions.flatMap((i) => {
    const expected = majority === 'lowercase' ? i.rawKeyword.toLowerCase() : i.keyword;
    if (i.rawKeyword === expected) return [];
    return [
      diagnose(
        i,
        'warning',
        'ConsistentInstructionCasing',
        `Command '${i.rawKeyword}' should match the case of the command majority (${majority}). ` +
          `Write it as ${expected}.`,
        buildkitUrl('consistent-instruction-casing'),
      ),
    ];
  });
};

export const noEmptyContinuation: Rule = (ctx) =>
  ctx.df.warnings
    .filter((w) => w.code === 'NoEmptyContinuation')
    .map((w) => ({
      ...w,
      message:
        'Empty continuation line: a blank line inside a multi-line instruction is skipped today but will become an error. ' +
        'Remove the blank line, or put a comment there instead.',
    }));
