import { describe, expect, it } from 'vitest';
import { codes } from './test-helpers';

const F = 'FROM debian:12\n';

describe('apt-get rules', () => {
  it('DL3009: flags apt-get update without removing the lists in the same RUN', () => {
    expect(
      codes(F + 'RUN apt-get update && apt-get install -y --no-install-recommends curl\n', [
        'DL3009',
      ]),
    ).toEqual(['DL3009@2']);
    expect(
      codes(
        F +
          'RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
        ['DL3009'],
      ),
    ).toEqual([]);
  });

  it('DL3009: accepts a cache mount on the lists and ignores stages left out of the image', () => {
    expect(
      codes(F + 'RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update\n', ['DL3009']),
    ).toEqual([]);
    expect(
      codes('FROM debian:12 AS build\nRUN apt-get update\nFROM alpine:3\n', ['DL3009']),
    ).toEqual([]);
    expect(codes('FROM debian:12 AS base\nRUN apt-get update\nFROM base\n', ['DL3009'])).toEqual([
      'DL3009@2',
    ]);
  });

  it('DL3015: wants --no-install-recommends on apt-get install', () => {
    expect(codes(F + 'RUN apt-get install -y curl\n', ['DL3015'])).toEqual(['DL3015@2']);
    expect(codes(F + 'RUN apt-get install -y --no-install-recommends curl\n', ['DL3015'])).toEqual(
      [],
    );
  });

  it('DL3005: flags upgrade and dist-upgrade', () => {
    expect(codes(F + 'RUN apt-get -y upgrade\nRUN apt-get dist-upgrade\n', ['DL3005'])).toEqual([
      'DL3005@2',
      'DL3005@3',
    ]);
    expect(
      codes(F + 'RUN apt-get install -y --no-install-recommends upgrade-tool\n', ['DL3005']),
    ).toEqual([]);
  });
});

describe('pip and apk caches', () => {
  it('DL3042: wants --no-cache-dir, also for python -m pip', () => {
    expect(codes(F + 'RUN pip install flask\n', ['DL3042'])).toEqual(['DL3042@2']);
    expect(codes(F + 'RUN python3 -m pip install flask\n', ['DL3042'])).toEqual(['DL3042@2']);
    expect(codes(F + 'RUN pip install --no-cache-dir flask\n', ['DL3042'])).toEqual([]);
    expect(codes(F + 'ENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n', ['DL3042'])).toEqual([]);
  });

  it('DL3019: wants apk add --no-cache', () => {
    expect(codes('FROM alpine:3\nRUN apk add curl\n', ['DL3019'])).toEqual(['DL3019@2']);
    expect(codes('FROM alpine:3\nRUN apk add --no-cache curl\n', ['DL3019'])).toEqual([]);
  });

  it('looks into a heredoc body run by the shell', () => {
    expect(codes(F + 'RUN <<EOF\nset -e\npip install flask\nEOF\n', ['DL3042'])).toEqual([
      'DL3042@2',
    ]);
    expect(codes(F + 'RUN python3 <<EOF\nprint("pip install x")\nEOF\n', ['DL3042'])).toEqual([]);
  });
});

describe('DL3003', () => {
  it('flags cd inside RUN', () => {
    expect(codes(F + 'RUN cd /app && make\n', ['DL3003'])).toEqual(['DL3003@2']);
    expect(codes(F + 'WORKDIR /app\nRUN make\n', ['DL3003'])).toEqual([]);
  });
});
