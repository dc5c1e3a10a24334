import { describe, expect, it } from 'vitest';
import { lowestAllowed, newestMatching, parseReq, satisfies } from './semver';

const req = (text: string) => {
  const parsed = parseReq(text);
  if (!parsed) throw new Error(`bad requirement ${text}`);
  return parsed;
};

describe("cargo's version requirements", () => {
  it('reads a bare version as a caret requirement', () => {
    expect(req('1.0').display).toBe('^1.0');
    expect(satisfies('1.0.228', req('1.0'))).toBe(true);
    expect(satisfies('2.0.0', req('1.0'))).toBe(false);
  });

  it('keeps 0.x releases apart: ^0.7 does not take 0.8', () => {
    expect(satisfies('0.7.9', req('0.7'))).toBe(true);
    expect(satisfies('0.8.7', req('0.7'))).toBe(false);
    expect(satisfies('0.0.4', req('0.0.3'))).toBe(false);
  });

  it('understands tilde, exact, ranges and wildcards', () => {
    expect(satisfies('1.2.9', req('~1.2.3'))).toBe(true);
    expect(satisfies('1.3.0', req('~1.2.3'))).toBe(false);
    expect(satisfies('1.0.219', req('=1.0.219'))).toBe(true);
    expect(satisfies('1.0.228', req('=1.0.219'))).toBe(false);
    expect(satisfies('1.5.0', req('>=1.2, <1.6'))).toBe(true);
    expect(satisfies('1.6.0', req('>=1.2, <1.6'))).toBe(false);
    expect(satisfies('4.5.53', req('4.*'))).toBe(true);
    expect(satisfies('9.9.9', req('*'))).toBe(true);
  });

  it('picks the newest allowed version and models older lines', () => {
    expect(newestMatching(['0.8.7', '0.7.9', '0.6.20'], req('0.7'))).toBe('0.7.9');
    expect(newestMatching(['1.48.0'], req('2'))).toBeUndefined();
    expect(lowestAllowed(req('0.2'))).toBe('0.2.0');
  });

  it('rejects text that is not a requirement', () => {
    expect(parseReq('latest')).toBeUndefined();
  });
});
