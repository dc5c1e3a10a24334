import { describe, expect, it } from 'vitest';
import { codes, lint } from './test-helpers';

const F = 'FROM python:3.13-slim\n';

describe('LC1001: COPY . . before a dependency install', () => {
  it('flags copying the whole context before pip, npm, apt, apk or go mod download', () => {
    expect(
      codes(F + 'WORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n', [
        'LC1001',
      ]),
    ).toEqual(['LC1001@3']);
    expect(codes('FROM node:22\nCOPY . /app\nRUN npm ci\n', ['LC1001'])).toEqual(['LC1001@2']);
    expect(codes('FROM golang:1.23\nCOPY . .\nRUN go mod download\n', ['LC1001'])).toEqual([
      'LC1001@2',
    ]);
  });

  it('explains the cache busting and the fix', () => {
    const [d] = lint(F + 'COPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n').filter(
      (x) => x.code === 'LC1001',
    );
    expect(d?.message).toMatch(/invalidates the cache/);
    expect(d?.message).toMatch(/requirements\.txt first/);
  });

  it('is quiet when the manifest is copied first, or the copy comes from a stage', () => {
    const good =
      F + 'COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n';
    expect(codes(good, ['LC1001'])).toEqual([]);
    expect(codes('FROM a:1 AS b\nFROM c:1\nCOPY --from=b . .\nRUN npm ci\n', ['LC1001'])).toEqual(
      [],
    );
  });
});

describe('LC1002: deleting in a later layer', () => {
  it('flags removing what an earlier COPY, ADD or RUN created', () => {
    expect(codes(F + 'COPY big.tar /tmp/\nRUN rm /tmp/big.tar\n', ['LC1002'])).toEqual([
      'LC1002@3',
    ]);
    expect(codes(F + 'RUN wget -O /tmp/x.tgz http://x\nRUN rm -rf /tmp/*\n', ['LC1002'])).toEqual([
      'LC1002@3',
    ]);
    expect(codes(F + 'RUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n', ['LC1002'])).toEqual([
      'LC1002@3',
    ]);
    expect(codes(F + 'WORKDIR /src\nCOPY . .\nRUN rm -rf tests\n', ['LC1002'])).toEqual([
      'LC1002@4',
    ]);
  });

  it('is quiet when the delete happens in the same RUN, or the path came from the base image', () => {
    expect(codes(F + 'RUN wget -O /tmp/x http://x && rm /tmp/x\n', ['LC1002'])).toEqual([]);
    expect(codes(F + 'RUN rm -rf /usr/share/doc\n', ['LC1002'])).toEqual([]);
  });

  it('names the path and the line that added it', () => {
    const [d] = lint(F + 'COPY big.tar /tmp/\nRUN rm /tmp/big.tar\n').filter(
      (x) => x.code === 'LC1002',
    );
    expect(d?.message).toMatch(/deletes \/tmp\/big\.tar, which line 2 added/);
  });
});

describe('LC1002: files the base image had', () => {
  it('does not blame a COPY for a sibling file it did not add', () => {
    const text =
      'FROM nginx:1.27\nCOPY site.conf /etc/nginx/conf.d/\nRUN rm /etc/nginx/conf.d/default.conf\n';
    expect(codes(text, ['LC1002'])).toEqual([]);
  });

  it('suggests .dockerignore when the deleted files came from COPY', () => {
    const [d] = lint('FROM a:1\nWORKDIR /src\nCOPY . .\nRUN rm -rf .git\n').filter(
      (x) => x.code === 'LC1002',
    );
    expect(d?.message).toMatch(/\.dockerignore/);
  });
});
