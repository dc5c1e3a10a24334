import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './index';
import { buildChecks, formatBuildCheck } from './build-checks';
import type { ParsedDockerfile } from './types';

function parsed(text: string): ParsedDockerfile {
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value;
}

const lines = (text: string, built?: number[]): string[] =>
  buildChecks(parsed(text), built ? new Set(built) : undefined).map(formatBuildCheck);

describe('buildChecks', () => {
  it("words each check as BuildKit prints it (messages quoted from Docker 27 builds' output)", () => {
    expect(
      lines('FROM python:3.12 as base\nENV PYTHONUNBUFFERED 1\nWORKDIR app\nCMD python main.py\n'),
    ).toEqual([
      "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
      'LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 2)',
      'WorkdirRelativePath: Relative workdir "app" can have unexpected results if the base image changes (line 3)',
      'JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)',
    ]);
  });

  it('finds nothing in a Dockerfile that follows the rules', () => {
    expect(lines('FROM node:22 AS build\nWORKDIR /app\nENV A=1\nCMD ["node", "x.js"]\n')).toEqual(
      [],
    );
  });

  it('puts the casing check after what is found while reading instructions', () => {
    expect(lines('FROM alpine\nMAINTAINER me\nrun echo hi\nLABEL a b\n')).toEqual([
      'MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)',
      'LegacyKeyValueFormat: "LABEL key=value" should be used instead of legacy "LABEL key value" format (line 4)',
      "ConsistentInstructionCasing: Command 'run' should match the case of the command majority (uppercase) (line 3)",
    ]);
  });

  it('lets the lower-case majority win, not counting global ARGs', () => {
    expect(lines('ARG V=1\nARG W=2\nARG X=3\nfrom alpine\ncopy . .\nRUN true\n')).toEqual([
      "ConsistentInstructionCasing: Command 'RUN' should match the case of the command majority (lowercase) (line 6)",
    ]);
  });

  it('reports stage names in upper case, duplicated, and secrets in ARG or ENV names', () => {
    expect(
      lines(
        'ARG GITHUB_TOKEN\nFROM alpine AS Build\nENV API_KEY=x PUBLIC_KEY=y KEYBOARD=z\nFROM alpine AS build\n',
      ),
    ).toEqual([
      "StageNameCasing: Stage name 'Build' should be lowercase (line 2)",
      'DuplicateStageName: Duplicate stage name "build", stage names should be unique (line 4)',
      'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "GITHUB_TOKEN") (line 1)',
      'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "API_KEY") (line 3)',
    ]);
  });

  it('checks shell-form CMD and relative WORKDIR only in the stages that are built', () => {
    const df = 'FROM alpine AS dev\nCMD sh\n\nFROM alpine\nWORKDIR app\nENTRYPOINT ["sh"]\n';
    expect(lines(df, [1])).toEqual([
      'WorkdirRelativePath: Relative workdir "app" can have unexpected results if the base image changes (line 5)',
    ]);
  });

  it('does not ask for JSON arguments once a SHELL is set, in the stage or a stage it is built on', () => {
    expect(
      lines('FROM alpine AS base\nSHELL ["/bin/ash", "-c"]\nCMD echo a\n\nFROM base\nCMD echo b\n'),
    ).toEqual([]);
  });

  it('reports an empty continuation line first, on the line the parser gives', () => {
    expect(lines('FROM alpine as a\nRUN echo a \\\n\n  b\n')).toEqual([
      'NoEmptyContinuation: Empty continuation line (line 4)',
      "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
    ]);
  });
});
