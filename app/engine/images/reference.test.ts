import { describe, expect, it } from 'vitest';
import { familiarString, parseReference, qualifiedString } from './reference';

describe('parseReference', () => {
  it('fills in docker.io/library and latest for an official image name', () => {
    const parsed = parseReference('python');
    expect(parsed.ok && qualifiedString(parsed.ref)).toBe('docker.io/library/python:latest');
    expect(parsed.ok && familiarString(parsed.ref)).toBe('python:latest');
  });

  it('keeps a registry host with a port and a tag', () => {
    const parsed = parseReference('127.0.0.1:5000/app:v1');
    expect(parsed).toEqual({ ok: true, ref: { domain: '127.0.0.1:5000', path: 'app', tag: 'v1' } });
  });

  it('rejects upper-case repository names with Docker wording', () => {
    expect(parseReference('Python')).toEqual({
      ok: false,
      error: 'invalid reference format: repository name (library/Python) must be lowercase',
    });
  });

  it('rejects malformed references', () => {
    for (const bad of ['', 'a b', 'python:', 'python:-x', ':tag', 'a//b', 'python@sha256:zz']) {
      expect(parseReference(bad).ok, bad).toBe(false);
    }
  });
});
