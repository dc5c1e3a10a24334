import { describe, expect, it } from 'vitest';
import { pathParts } from './path-breaks';

describe('pathParts', () => {
  it('breaks after each slash, keeping whole names', () => {
    expect(pathParts('/app/requirements.txt')).toEqual(['/app/', 'requirements.txt']);
    expect(pathParts('/usr/local/lib/python3.14')).toEqual([
      '/usr/',
      'local/',
      'lib/',
      'python3.14',
    ]);
  });

  it('keeps a short or slash-less path whole', () => {
    expect(pathParts('/app')).toEqual(['/app']);
    expect(pathParts('/')).toEqual(['/']);
    expect(pathParts('notes.txt')).toEqual(['notes.txt']);
    expect(pathParts('')).toEqual(['']);
  });

  it('does not leave a trailing slash or a run of slashes on its own', () => {
    expect(pathParts('/tmp/cache/')).toEqual(['/tmp/', 'cache/']);
    expect(pathParts('/a//b')).toEqual(['/a//', 'b']);
  });

  it('always joins back to the path it was given', () => {
    for (const p of ['/app/requirements.txt', '/a//b', '/tmp/cache/', 'x/y', '//', '/'])
      expect(pathParts(p).join('')).toBe(p);
  });
});
