/** Test support: Python images (official /usr/local Python, Debian's python3) and a small PyPI. */
import { OverlayFs } from '../../fs/overlay';
import { fakeCatalog, fakePackage } from './fake-catalog';
import { debianTree, tree, type TreeSpec } from './images';

const site = '/usr/local/lib/python3.14/site-packages';

export function officialPythonFs(): OverlayFs {
  return new OverlayFs([
    tree({
      '/usr/local/bin/python3.14': { blob: 20_000 },
      '/usr/local/bin/python3': { link: 'python3.14' },
      '/usr/local/bin/python': { link: 'python3' },
      '/usr/local/bin/pip': '#!/usr/local/bin/python3.14\nimport pip\n',
      '/usr/local/bin/pip3': '#!/usr/local/bin/python3.14\nimport pip\n',
      [`${site}/pip/__init__.py`]: '__version__ = "25.3"\n',
      [`${site}/pip-25.3.dist-info/METADATA`]: 'Metadata-Version: 2.4\nName: pip\nVersion: 25.3\n',
      [`${site}/pip-25.3.dist-info/RECORD`]: 'pip/__init__.py,,\n',
      '/usr/local/lib/python3.14/os.py': 'x',
      '/app/': '',
      '/root/': '',
      '/tmp/': '',
    }),
  ]);
}

export const PYTHON_ENV = { PYTHON_VERSION: '3.14.0' };

/**
 * A bare official Python line (`minor` as "3.9"): its interpreter, a pip script that runs it
 * and an empty site-packages, plus `extra` (a pip's dist-info, say).
 */
export function pythonLineFs(minor: string, extra: TreeSpec = {}): OverlayFs {
  return new OverlayFs([
    tree({
      [`/usr/local/bin/python${minor}`]: { blob: 20_000 },
      '/usr/local/bin/pip': `#!/usr/local/bin/python${minor}\n`,
      [`/usr/local/lib/python${minor}/site-packages/`]: '',
      '/root/': '',
      ...extra,
    }),
  ]);
}

export function debianPythonFs(options: { venv?: boolean } = {}): OverlayFs {
  return new OverlayFs([
    debianTree({
      '/usr/bin/python3.13': { blob: 6_000_000 },
      '/usr/bin/python3': { link: 'python3.13' },
      '/usr/bin/pip3': '#!/usr/bin/python3\nimport pip\n',
      '/usr/lib/python3/dist-packages/pip/__init__.py': 'x',
      '/usr/lib/python3/dist-packages/pip-25.1.1.dist-info/METADATA':
        'Name: pip\nVersion: 25.1.1\n',
      '/usr/lib/python3.13/EXTERNALLY-MANAGED':
        '[externally-managed]\nError=To install Python packages system-wide, try apt install\n python3-xyz, where xyz is the package you are trying to\n install.\n',
      ...(options.venv ? { '/usr/lib/python3.13/ensurepip/__init__.py': 'x' } : {}),
      '/app/': '',
    }),
  ]);
}

export const pypi = fakeCatalog([
  fakePackage('pypi', 'flask', {
    version: '3.1.2',
    depends: ['blinker', 'click', 'itsdangerous', 'jinja2', 'markupsafe', 'werkzeug'],
    files: [
      'flask/__init__.py',
      'flask/app.py',
      { path: '../../../bin/flask', size: 200, mode: 0o755 },
    ],
    downloadSize: 103_000,
    summary: 'A simple framework for building complex web applications.',
  }),
  fakePackage('pypi', 'blinker', {
    version: '1.9.0',
    files: ['blinker/__init__.py'],
    downloadSize: 8_500,
  }),
  fakePackage('pypi', 'click', {
    version: '8.3.0',
    files: ['click/__init__.py'],
    downloadSize: 107_000,
  }),
  fakePackage('pypi', 'itsdangerous', {
    version: '2.2.0',
    files: ['itsdangerous/__init__.py'],
    downloadSize: 16_000,
  }),
  fakePackage('pypi', 'jinja2', {
    version: '3.1.6',
    depends: ['markupsafe'],
    files: ['jinja2/__init__.py'],
    downloadSize: 134_000,
  }),
  fakePackage('pypi', 'markupsafe', {
    version: '3.0.3',
    files: [
      'markupsafe/__init__.py',
      { path: 'markupsafe/_speedups.cpython-314-x86_64-linux-gnu.so', size: 40_000 },
    ],
    downloadSize: 22_000,
  }),
  fakePackage('pypi', 'werkzeug', {
    version: '3.1.3',
    depends: ['markupsafe'],
    files: ['werkzeug/__init__.py'],
    downloadSize: 224_000,
  }),
  fakePackage('pypi', 'numpy', {
    version: '2.3.4',
    files: [
      { path: 'numpy/_core/_multiarray_umath.cpython-314-x86_64-linux-gnu.so', size: 30_000_000 },
    ],
    downloadSize: 16_600_000,
  }),
  fakePackage('pypi', 'pip', {
    version: '25.3',
    files: ['pip/__init__.py', { path: 'pip/_vendor/big.py', size: 9_000_000 }],
    downloadSize: 1_800_000,
  }),
]);
