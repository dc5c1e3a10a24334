// Fixtures computed by CPython 3 (json.dumps(..., sort_keys=True) and Poetry's hashing rules
// applied with tomllib to the same pyproject text).
import { describe, expect, it } from 'vitest';
import { parseToml } from '../rust/toml';
import { envName } from './poetry-env';
import { contentHash, pythonJson } from './poetry-hash';

const PYPROJECT = `[tool.poetry]
name = "app"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.12"
flask = "^3.0"
requests = { version = ">=2.31", extras = ["socks"] }

[tool.poetry.group.dev.dependencies]
pytest = "^8.0"
`;

describe("poetry.lock's content-hash", () => {
  it("writes JSON as Python's json.dumps(sort_keys=True) does (separators, ensure_ascii)", () => {
    const value = parseToml('b = "é\\n"\na = [1, true]\n');
    expect(value.ok && pythonJson(value.value)).toBe('{"a": [1, true], "b": "\\u00e9\\n"}');
  });

  it('hashes the relevant [tool.poetry] keys, absent legacy keys as null, as Poetry does', () => {
    const parsed = parseToml(PYPROJECT);
    if (!parsed.ok) throw new Error('fixture does not parse');
    expect(contentHash(parsed.value, 1)).toBe(
      '18e2ea6f9487e1701f0b811cc67e4a694d34615080bb648f0468110697059bb3',
    );
    // Poetry 2 hashes the same way while there is no [project] table.
    expect(contentHash(parsed.value, 2)).toBe(contentHash(parsed.value, 1));
  });

  it('changes when a dependency constraint changes, and Poetry 2 also hashes [project]', () => {
    const a = parseToml(PYPROJECT);
    const b = parseToml(PYPROJECT.replace('flask = "^3.0"', 'flask = "^3.1"'));
    const c = parseToml(`${PYPROJECT}\n[project]\ndependencies = ["flask"]\n`);
    if (!a.ok || !b.ok || !c.ok) throw new Error('fixture does not parse');
    expect(contentHash(b.value, 1)).not.toBe(contentHash(a.value, 1));
    expect(contentHash(c.value, 1)).toBe(contentHash(a.value, 1));
    expect(contentHash(c.value, 2)).not.toBe(contentHash(a.value, 2));
  });

  it('names a virtualenv after the project and the urlsafe base64 sha256 of its path', () => {
    expect(envName('app', '/app')).toBe('app-9TtSrW0h');
  });
});
