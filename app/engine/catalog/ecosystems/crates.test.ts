import { describe, expect, it } from 'vitest';
import {
  crateDependencies,
  crateRecord,
  crateSourceFiles,
  crateTable,
  plausibleCrate,
  unpackedBytes,
} from './crates';

describe('crates.io catalog', () => {
  it('knows every crate its records depend on', () => {
    const missing = [...crateTable().values()].flatMap((r) =>
      r.depends.filter((d) => !crateTable().has(d)).map((d) => `${r.name} -> ${d}`),
    );
    expect(missing).toEqual([]);
  });

  it('gates, wanted features and requirements name dependencies the crate has', () => {
    const stray = [...crateTable().values()].flatMap((r) =>
      [...Object.keys(r.gates), ...Object.keys(r.wants), ...Object.keys(r.requirements)]
        .filter((d) => !r.depends.includes(d))
        .map((d) => `${r.name}: ${d}`),
    );
    expect(stray).toEqual([]);
  });

  it('lists versions as semver, newest first', () => {
    for (const record of crateTable().values()) {
      for (const v of record.versions) expect(v, record.name).toMatch(/^\d+\.\d+\.\d+$/);
      const parts = record.versions.map((v) => v.split('.').map(Number));
      for (let i = 1; i < parts.length; i++) {
        const [a, b] = [parts[i - 1] ?? [], parts[i] ?? []];
        const newer =
          (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);
        expect(newer, record.name).toBeGreaterThan(0);
      }
    }
  });

  it('has no dependency cycles (cargo cannot build one)', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (name: string, path: string[]): void => {
      if (state.get(name) === 'done') return;
      if (state.get(name) === 'visiting') {
        cycles.push([...path, name].join(' -> '));
        return;
      }
      state.set(name, 'visiting');
      for (const dep of crateTable().get(name)?.depends ?? []) visit(dep, [...path, name]);
      state.set(name, 'done');
    };
    for (const name of crateTable().keys()) visit(name, []);
    expect(cycles).toEqual([]);
  });

  it('matches names as crates.io does (- and _ alike)', () => {
    expect(crateRecord('actix_web')?.name).toBe('actix-web');
    expect(crateRecord('serde')?.versions[0]).toBe('1.0.228');
  });

  it('gives an unknown crate a stable stand-in', () => {
    const a = plausibleCrate('my-internal-crate');
    expect(a).toEqual(plausibleCrate('my-internal-crate'));
    expect(a.plausible).toBe(true);
    expect(a.depends).toEqual([]);
  });

  it('unpacks a crate to about 3.5 times its .crate size', () => {
    const serde = crateRecord('serde');
    if (!serde) throw new Error('serde missing');
    const files = crateSourceFiles(serde, '1.0.228');
    const total = files.reduce((sum, f) => sum + f.size, 0);
    expect(total).toBeGreaterThan(unpackedBytes(serde) * 0.95);
    expect(total).toBeLessThan(unpackedBytes(serde) * 1.05);
    expect(files.map((f) => f.path)).toContain('build.rs');
    expect(files.find((f) => f.path === 'Cargo.toml')?.text).toContain('version = "1.0.228"');
  });
});

describe('per-release dependencies', () => {
  it('gives each release line the requirements it had', () => {
    const axum = crateRecord('axum');
    if (!axum) throw new Error('axum missing');
    const deps = (v: string) => new Map(crateDependencies(axum, v));
    expect(deps('0.8.7').get('axum-core')).toBe('0.5');
    expect(deps('0.7.9').get('axum-core')).toBe('0.4');
    expect(deps('0.6.20').get('hyper')).toBe('0.14');
    expect(deps('0.6.20').has('hyper-util')).toBe(false);
    // a release the table does not list counts as its line's
    expect(deps('0.7.5').get('axum-core')).toBe('0.4');
    expect(deps('0.8.7').get('tokio')).toBe('*');
  });

  it('keeps executables apart from requirement lists', () => {
    expect(crateRecord('sqlx-cli')?.executables).toEqual(['sqlx', 'cargo-sqlx']);
    expect(crateRecord('serde')?.depends).toEqual(['serde_core', 'serde_derive']);
  });
});
