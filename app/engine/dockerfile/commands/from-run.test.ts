import { describe, expect, it } from 'vitest';
import { runExecution } from './run';
import { commandOf, errorOf } from './test-helpers';

describe('FROM', () => {
  it('reads the image, a lower-cased stage name and --platform', () => {
    const from = commandOf('FROM', 'FROM --platform=linux/arm64 node:22 AS Build\n');
    expect(from).toMatchObject({
      image: 'node:22',
      stageName: 'build',
      stageNameAsWritten: 'Build',
      platform: 'linux/arm64',
    });
  });

  it('requires one or three arguments', () => {
    const error = errorOf('FROM a b\n');
    expect(error).toMatchObject({
      message: 'dockerfile parse error on line 1: FROM requires either one or three arguments',
      reason: 'FROM requires either one or three arguments',
      line: 1,
      column: 1,
    });
  });

  it('rejects a stage name that starts with a digit', () => {
    expect(errorOf('FROM a AS 1x\n').reason).toBe(
      'invalid name for build stage: "1x", name can\'t start with a number or contain symbols',
    );
  });

  it('rejects an unknown flag with a suggestion', () => {
    expect(errorOf('FROM --platfrom=x a\n').reason).toBe(
      'unknown flag: --platfrom (did you mean platform?)',
    );
  });
});

describe('RUN', () => {
  it('keeps the shell form as one string to prepend the shell to', () => {
    const run = commandOf('RUN', 'FROM a\nRUN apt-get update && echo "a  b"\n');
    expect(run).toMatchObject({ prependShell: true, cmdLine: ['apt-get update && echo "a  b"'] });
    expect(runExecution(run)).toEqual({ kind: 'shell', script: 'apt-get update && echo "a  b"' });
  });

  it('keeps the exec form as an array', () => {
    const run = commandOf('RUN', 'FROM a\nRUN ["echo", "x"]\n');
    expect(run).toMatchObject({ prependShell: false, cmdLine: ['echo', 'x'] });
    expect(runExecution(run)).toEqual({ kind: 'exec', argv: ['echo', 'x'] });
  });

  it('parses --mount and --network and lists the flags used', () => {
    const run = commandOf(
      'RUN',
      'FROM a\nRUN --mount=type=cache,target=/root/.cache --network=none pip install x\n',
    );
    expect(run.network).toBe('none');
    expect(run.flagsUsed).toEqual(['mount', 'network']);
    expect(run.mounts[0]?.mount).toEqual({
      type: 'cache',
      target: '/root/.cache',
      readOnly: false,
    });
  });

  it('reports a bad mount on the mount itself', () => {
    const run = commandOf('RUN', 'FROM a\nRUN --mount=type=bindd,target=/x true\n');
    expect(run.mounts[0]?.error).toBe('unsupported mount type "bindd" (did you mean bind?)');
  });

  it('rejects an unsupported network mode', () => {
    expect(errorOf('FROM a\nRUN --network=bridge true\n').reason).toBe(
      'unsupported network mode "bridge"',
    );
  });

  it('runs a lone heredoc body as the script, and appends bodies otherwise', () => {
    const lone = commandOf('RUN', 'FROM a\nRUN <<EOF\necho hi\nEOF\n');
    expect(runExecution(lone)).toEqual({ kind: 'shell', script: 'echo hi\n' });
    const python = commandOf('RUN', 'FROM a\nRUN python3 <<EOF\nprint(1)\nEOF\n');
    expect(runExecution(python)).toEqual({
      kind: 'shell',
      script: 'python3 <<EOF\nprint(1)\nEOF',
    });
  });

  it('writes a heredoc with a shebang to a file and runs it', () => {
    const run = commandOf('RUN', 'FROM a\nRUN <<-EOF\n\t#!/bin/sh\n\techo\n\tEOF\n');
    // The shebang must be the first characters of the raw body, so a tab-indented one is not.
    expect(runExecution(run).kind).toBe('shell');
    const file = commandOf('RUN', 'FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n');
    expect(runExecution(file)).toEqual({
      kind: 'shebang-file',
      path: '/dev/pipes/EOF',
      content: '#!/usr/bin/env python3\nprint(1)\n',
    });
  });

  it('strips leading tabs from <<- bodies in the command', () => {
    const run = commandOf('RUN', 'FROM a\nRUN <<-EOF\n\techo hi\n\tEOF\n');
    expect(run.heredocs[0]).toMatchObject({ name: 'EOF', content: 'echo hi\n', chomp: true });
  });
});
