/**
 * Ubuntu's borrowed package lines refer to the Debian record they copy instead of repeating
 * it; reading them gives the Debian record itself, and full lines stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { parseDebLines, parseUbuntuLines } from './records';
import { loadDebWorld, unresolvedUbuntuReferences } from './world';

const trixie = parseDebLines(`
m4 1.4.19-8 683 294 interpreters libc6
lsb-base 11.6 12 5 misc. sysvinit-utils
`);
const bullseye = parseDebLines(`
m4 1.4.18-5 592 204 interpreters libc6 libsigsegv2
`);
const tables = { trixie, bullseye };

describe('Ubuntu package lines', () => {
  it('a bare name is the primary release record, a copy that shares nothing with it', () => {
    const { records, unresolved } = parseUbuntuLines('m4', tables, 'trixie');
    expect(records.get('m4')).toEqual(trixie.get('m4'));
    expect(records.get('m4')?.depends).not.toBe(trixie.get('m4')?.depends);
    expect(unresolved).toEqual([]);
  });

  it('a name and a release is that release record', () => {
    const { records } = parseUbuntuLines('m4 bullseye', tables, 'trixie');
    expect(records.get('m4')?.version).toBe('1.4.18-5');
    expect(records.get('m4')?.depends).toEqual(['libc6', 'libsigsegv2']);
  });

  it('a full line is read as it is, keeping the lines order', () => {
    const text = 'lsb-base\nm4 1.4.19-1ubuntu1 600 200 interpreters libc6';
    const { records } = parseUbuntuLines(text, tables, 'trixie');
    expect([...records.keys()]).toEqual(['lsb-base', 'm4']);
    expect(records.get('m4')?.version).toBe('1.4.19-1ubuntu1');
    expect(records.get('lsb-base')?.archAll).toBe(true);
  });

  it('reports references no table holds instead of inventing a record', () => {
    const { records, unresolved } = parseUbuntuLines('nope\nm4 sid', tables, 'trixie');
    expect(records.size).toBe(0);
    expect(unresolved).toEqual(['nope', 'm4 sid']);
  });

  it('every reference in the generated Ubuntu tables resolves', () => {
    expect(unresolvedUbuntuReferences()).toEqual([]);
  });

  it('a borrowed reference gives the Ubuntu archive the Debian record', () => {
    const world = loadDebWorld();
    // autoconf is borrowed by noble from trixie as a reference (deb-noble-borrowed-1.ts).
    expect(world.noble.record('autoconf')).toEqual(world.trixie.record('autoconf'));
    expect(world.noble.names()).toContain('autoconf');
  });
});
