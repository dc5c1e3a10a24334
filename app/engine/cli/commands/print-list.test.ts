import { describe, expect, it } from 'vitest';
import type { DockerContext } from '../command';
import { printContextList } from './print-list';

/** Only what printing touches: stdout and stderr. */
function capture(): { ctx: DockerContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
  return { ctx: ctx as unknown as DockerContext, out, err };
}

const ROWS = [
  { Name: 'web', Size: '1kB' },
  { Name: 'db', Size: '2MB' },
];

describe('printContextList', () => {
  it('shows templates a Go struct of the context type, with its methods', () => {
    const { ctx, out } = capture();
    const code = printContextList(ctx, {
      format: '{{printf "%T" .}} {{.Name}} {{.Tier "x"}}',
      context: '*formatter.testContext',
      rows: ROWS,
      header: {},
      methods: (i) => ({ Tier: (key: unknown) => `${String(key)}${i}` }),
    });
    expect(code).toBe(0);
    expect(out.join('')).toBe('*formatter.testContext web x0\n*formatter.testContext db x1\n');
  });

  it('marshals the plain fields for --format json, leaving methods out', () => {
    const { ctx, out } = capture();
    printContextList(ctx, {
      format: 'json',
      context: '*formatter.testContext',
      rows: ROWS,
      header: {},
      methods: () => ({ Tier: () => '' }),
    });
    expect(out.join('')).toBe('{"Name":"web","Size":"1kB"}\n{"Name":"db","Size":"2MB"}\n');
  });

  it('prints a table under its header', () => {
    const { ctx, out } = capture();
    printContextList(ctx, {
      format: 'table {{.Name}}\t{{.Size}}',
      context: '*formatter.testContext',
      rows: ROWS,
      header: { Name: 'NAME', Size: 'SIZE' },
    });
    expect(out.join('')).toBe('NAME      SIZE\nweb       1kB\ndb        2MB\n');
  });

  it('prints a template error on stderr, no rows, and returns 1', () => {
    const { ctx, out, err } = capture();
    const code = printContextList(ctx, {
      format: '{{.Name',
      context: '*formatter.testContext',
      rows: ROWS,
      header: {},
    });
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('')).toMatch(/^template parsing error: .*\n$/);
  });
});
