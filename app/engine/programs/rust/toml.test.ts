import { describe, expect, it } from 'vitest';
import { parseToml } from './toml';

describe('toml (the Cargo.toml subset)', () => {
  it('reads tables, arrays of tables, inline tables, dotted keys and multi-line arrays', () => {
    const parsed = parseToml(
      [
        '[package]',
        'name = "app" # the name',
        "version = '0.1.0'",
        'edition.workspace = true',
        '',
        '[dependencies]',
        'tokio = { version = "1", features = ["full", "macros"] }',
        '',
        '[[bin]]',
        'name = "server"',
        '[[bin]]',
        'name = "worker"',
        '',
        '[workspace]',
        'members = [',
        '  "crates/*",  # all of them',
        '  "app",',
        ']',
        '[profile.release]',
        'lto = true',
        'opt-level = 3',
        'description = """',
        'multi',
        'line"""',
      ].join('\n'),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const v = parsed.value;
    expect(v.package).toEqual({ name: 'app', version: '0.1.0', edition: { workspace: true } });
    expect(v.dependencies).toEqual({ tokio: { version: '1', features: ['full', 'macros'] } });
    expect(v.bin).toEqual([{ name: 'server' }, { name: 'worker' }]);
    expect(v.workspace).toEqual({ members: ['crates/*', 'app'] });
    expect(v.profile).toEqual({
      release: { lto: true, 'opt-level': 3, description: 'multi\nline' },
    });
  });

  it('reports a syntax error with its line instead of throwing', () => {
    const parsed = parseToml('[package]\nname = "app"\nversion = 0.1.0\n');
    expect(parsed).toMatchObject({ ok: false, line: 3 });
  });

  it('refuses a key given twice, as cargo does', () => {
    expect(parseToml('[package]\nname = "a"\nname = "b"\n').ok).toBe(false);
  });
});
