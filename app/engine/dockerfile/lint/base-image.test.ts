import { describe, expect, it } from 'vitest';
import { codes, lint } from './test-helpers';

const ONLY = ['DL3006', 'DL3007', 'FromAsCasing', 'StageNameCasing', 'DuplicateStageName'];

describe('base image rules', () => {
  it('DL3006: flags an untagged image, not scratch, digests, variables or earlier stages', () => {
    expect(codes('FROM ubuntu\n', ONLY)).toEqual(['DL3006@1']);
    expect(codes('FROM localhost:5000/app\n', ONLY)).toEqual(['DL3006@1']);
    expect(codes('FROM scratch\n', ONLY)).toEqual([]);
    expect(codes('FROM ubuntu@sha256:abc\n', ONLY)).toEqual([]);
    expect(codes('ARG IMG=alpine:3\nFROM $IMG\n', ONLY)).toEqual([]);
    expect(codes('FROM node:22 AS build\nFROM build\n', ONLY)).toEqual([]);
  });

  it('DL3007: flags the latest tag', () => {
    expect(codes('FROM alpine:latest\n', ONLY)).toEqual(['DL3007@1']);
    expect(codes('FROM localhost:5000/alpine:3.20\n', ONLY)).toEqual([]);
  });

  it('says what to do instead and where', () => {
    const [d] = lint('FROM alpine:latest\n');
    expect(d).toMatchObject({ line: 1, column: 1, severity: 'warning' });
    expect(d?.message).toMatch(/specific version tag/);
    expect(d?.url).toBe('https://github.com/hadolint/hadolint/wiki/DL3007');
  });

  it('FromAsCasing: flags AS in a different case than FROM', () => {
    expect(codes('FROM a:1 as b\n', ONLY)).toEqual(['FromAsCasing@1']);
    expect(codes('from a:1 AS b\n', ONLY)).toEqual(['FromAsCasing@1']);
    expect(codes('FROM a:1 AS b\nfrom a:1 as c\n', ONLY)).toEqual([]);
    const [d] = lint('FROM a:1 as b\n');
    expect(d?.message).toMatch(/^'as' and 'FROM' keywords' casing do not match\./);
  });

  it('StageNameCasing and DuplicateStageName', () => {
    expect(codes('FROM a:1 AS Build\n', ONLY)).toEqual(['StageNameCasing@1']);
    expect(codes('FROM a:1 AS x\nFROM b:1 AS x\n', ONLY)).toEqual(['DuplicateStageName@2']);
  });
});
