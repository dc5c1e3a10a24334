// Fixtures computed by CPython 3.11 (tomllib, json.dumps(sort_keys=True, separators=(",", ":")),
// hashlib.sha256 and base64.urlsafe_b64encode), applying plette's Pipfile.get_hash() rules
// and Pipenv's virtualenv naming to the same texts: see the comments beside each value.
import { describe, expect, it } from 'vitest';
import { parseToml } from '../rust/toml';
import { indentedJson, pythonMarkers } from './pipenv-lock';
import { parsePipfile, pipfileHash, virtualenvName, withPackage } from './pipfile';

const PIPFILE = `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[packages]
flask = "*"
requests = {version = ">=2.31", extras = ["socks"]}

[dev-packages]
pytest = "==8.3.3"

[requires]
python_version = "3.12"
`;

const hashOf = (text: string) => {
  const parsed = parseToml(text);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return pipfileHash(parsed.value);
};

describe("Pipfile.lock's _meta.hash", () => {
  it("is the sha256 of plette's compact sorted JSON of sources, requires and packages", () => {
    expect(hashOf(PIPFILE)).toBe(
      '120c213f10562fafe2a71201494549504150dc3487d67bfd6437fc9d9b2fd340',
    );
  });

  it('puts in the default PyPI source when the Pipfile names none', () => {
    expect(hashOf('[packages]\nflask = "==3.1.2"\n')).toBe(
      '62a83e7e4999bdde4a063c9d79e8d046f809b4b9fc5be4e5a137cbf93c40b77f',
    );
  });

  it('hashes custom categories but not [scripts]', () => {
    const text = `${PIPFILE}\n[scripts]\nserve = "python app.py"\n\n[docs]\nsphinx = "*"\n`;
    expect(hashOf(text)).toBe('6503e0e86ad7f9a157b3fa70ff757c42989b8efce26601aca8dcd8d46f201586');
    expect(hashOf(`${PIPFILE}\n[scripts]\nserve = "python app.py"\n`)).toBe(hashOf(PIPFILE));
  });
});

describe('Pipfile helpers', () => {
  it("names the virtualenv after the directory and the Pipfile path's hash", () => {
    expect(virtualenvName('/app/Pipfile')).toBe('app-4PlAip0Q');
    expect(virtualenvName('/usr/src/app/Pipfile')).toBe('app-lp47FrbD');
    expect(virtualenvName('/code/Pipfile')).toBe('code-_Py8Si6I');
  });

  it('reads categories, [requires] and entries it cannot model', () => {
    const read = parsePipfile('/app/Pipfile', `${PIPFILE}mylib = {path = "./lib"}\n`);
    if (!read.ok) throw new Error(read.error);
    expect([...read.pipfile.categories.keys()]).toEqual(['packages', 'dev-packages']);
    expect(read.pipfile.categories.get('packages')?.map((d) => d.name)).toEqual([
      'flask',
      'requests',
    ]);
    expect(read.pipfile.pythonVersion).toBe('3.12');
    expect(parsePipfile('/app/Pipfile', '[packages\n').ok).toBe(false);
  });

  it('adds a package under its section, replacing an entry of the same name', () => {
    const added = withPackage(PIPFILE, 'packages', 'gunicorn', '*');
    expect(added).toContain(
      'requests = {version = ">=2.31", extras = ["socks"]}\ngunicorn = "*"\n\n[dev-packages]',
    );
    expect(withPackage(added, 'packages', 'flask', '==3.0.0')).toContain(
      '[packages]\nflask = "==3.0.0"\n',
    );
  });

  it('writes JSON as Python json.dumps(indent=4, sort_keys=True) and Requires-Python as markers', () => {
    expect(indentedJson({ b: [], a: { y: 'é', x: [1, true] } })).toBe(
      '{\n    "a": {\n        "x": [\n            1,\n            true\n        ],\n        "y": "\\u00e9"\n    },\n    "b": []\n}',
    );
    expect(pythonMarkers('>=3.9')).toBe("python_version >= '3.9'");
    expect(pythonMarkers('>=3.8.1,<4')).toBe(
      "python_full_version >= '3.8.1' and python_version < '4'",
    );
    expect(pythonMarkers('*')).toBeUndefined();
  });
});
