// Release histories of the PyPI packages whose versions depend on the interpreter: each
// group is the Requires-Python its releases declare ('' when they declare none), the versions
// (oldest first; pre-releases too, as pip's "from versions" lists them) and, where they differ
// from the catalog's newest release, the dependencies of those releases as PEP 508 strings
// (markers: python_version only). The newest version of each history is the catalog's
// (pypi.ts). Histories are complete for flask (and Django 3.x); for the others they hold the releases around
// each Python cut-off, so pip's "from versions" lists for them are shorter than PyPI's.
export interface ReleaseGroup {
  python: string;
  versions: string;
  depends?: readonly string[];
}

const FLASK_DEPENDS = [
  'werkzeug>=3.0.0',
  'jinja2>=3.1.2',
  'itsdangerous>=2.1.2',
  'click>=8.1.3',
  'blinker>=1.6.2',
  'importlib-metadata>=3.6.0; python_version < "3.10"',
];

const ANYIO_DEPENDS = [
  'idna>=2.8',
  'exceptiongroup>=1.0.2; python_version < "3.11"',
  'typing-extensions>=4.5; python_version < "3.13"',
];

const UVICORN_DEPENDS = [
  'click>=7.0',
  'h11>=0.8',
  'typing-extensions>=4.0; python_version < "3.11"',
];

// Poetry's Requires-Dist for Python 3.9+ (markers for older Pythons and macOS left out). The
// catalog holds one version of each dependency, so a range its version misses is written as
// the pin pip picks today (keyring 24.3.1 for 1.8's `keyring>=24,<25`, dulwich 0.21.7, the
// export plugin 1.8.0, the last that allows Poetry 1.x); poetry-core is pinned by Poetry.
const POETRY_1_DEPENDS = [
  'build>=1.0.3,<2.0.0',
  'cachecontrol[filecache]>=0.14.0,<0.15.0',
  'cleo>=2.1.0,<3.0.0',
  'crashtest>=0.4.1,<0.5.0',
  'dulwich==0.21.7',
  'fastjsonschema>=2.18.0,<3.0.0',
  'installer>=0.7.0,<0.8.0',
  'keyring==24.3.1',
  'packaging>=23.1',
  'pexpect>=4.7.0,<5.0.0',
  'pkginfo>=1.10,<2.0',
  'platformdirs>=3.0.0,<5',
  'poetry-core==1.9.0',
  'poetry-plugin-export==1.8.0',
  'pyproject-hooks>=1.0.0,<2.0.0',
  'requests>=2.26,<3.0',
  'requests-toolbelt>=1.0.0,<2.0.0',
  'shellingham>=1.5,<2.0',
  'tomli>=2.0.1,<3.0.0; python_version < "3.11"',
  'tomlkit>=0.11.4,<1.0.0',
  'trove-classifiers>=2022.5.19',
  'virtualenv>=20.23.0,<21.0.0',
];

const POETRY_2_DEPENDS = [
  'poetry-core==2.2.1',
  'build>=1.2.1,<2.0.0',
  'cachecontrol[filecache]>=0.14.0,<0.15.0',
  'cleo>=2.1.0,<3.0.0',
  'dulwich>=0.24.0,<0.25.0',
  'fastjsonschema>=2.18.0,<3.0.0',
  'findpython>=0.6.2,<0.8.0',
  'installer>=0.7.0,<0.8.0',
  'keyring>=25.1.0,<26.0.0',
  'packaging>=24.2',
  'pbs-installer[download,install]>=2025.1.6,<2026.0.0',
  'pkginfo>=1.12,<2.0',
  'platformdirs>=3.0.0,<5',
  'pyproject-hooks>=1.0.0,<2.0.0',
  'requests>=2.26,<3.0',
  'requests-toolbelt>=1.0.0,<2.0.0',
  'shellingham>=1.5,<2.0',
  'tomli>=2.0.1,<3.0.0; python_version < "3.11"',
  'tomlkit>=0.11.4,<1.0.0',
  'trove-classifiers>=2022.5.19',
  'virtualenv>=20.26.6,<21.0.0',
];

const PIPENV_DEPENDS = ['certifi', 'packaging>=22', 'setuptools>=67', 'virtualenv>=20.24.2'];

export const PYPI_RELEASES: Readonly<Record<string, readonly ReleaseGroup[]>> = {
  flask: [
    {
      python: '',
      versions:
        '0.1 0.2 0.3 0.3.1 0.4 0.5 0.5.1 0.5.2 0.6 0.6.1 0.7 0.7.1 0.7.2 0.8 0.8.1 0.9 0.10 0.10.1 0.11 0.11.1 0.12 0.12.1 0.12.2 0.12.3 0.12.4 0.12.5',
    },
    {
      python: '>=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*',
      versions: '1.0 1.0.1 1.0.2 1.0.3 1.0.4',
    },
    {
      python: '>=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*, !=3.4.*',
      versions: '1.1.0 1.1.1 1.1.2 1.1.3 1.1.4',
    },
    { python: '>=3.6', versions: '2.0.0rc1 2.0.0rc2 2.0.0 2.0.1 2.0.2 2.0.3' },
    { python: '>=3.7', versions: '2.1.0 2.1.1 2.1.2 2.1.3 2.2.0 2.2.1 2.2.2 2.2.3 2.2.4 2.2.5' },
    {
      python: '>=3.8',
      versions: '2.3.0 2.3.1 2.3.2 2.3.3 3.0.0 3.0.1 3.0.2 3.0.3',
      depends: FLASK_DEPENDS,
    },
    { python: '>=3.9', versions: '3.1.0 3.1.1 3.1.2' },
  ],
  werkzeug: [
    { python: '>=3.7', versions: '2.2.0 2.2.1 2.2.2 2.2.3' },
    {
      python: '>=3.8',
      versions:
        '2.3.0 2.3.1 2.3.2 2.3.3 2.3.4 2.3.5 2.3.6 2.3.7 2.3.8 3.0.0 3.0.1 3.0.2 3.0.3 3.0.4 3.0.5 3.0.6',
      depends: ['markupsafe>=2.1.1'],
    },
    { python: '>=3.9', versions: '3.1.0 3.1.1 3.1.2 3.1.3 3.1.4', depends: ['markupsafe>=2.1.1'] },
  ],
  jinja2: [
    { python: '>=3.6', versions: '3.0.0 3.0.1 3.0.2 3.0.3' },
    { python: '>=3.7', versions: '3.1.0 3.1.1 3.1.2 3.1.3 3.1.4 3.1.5 3.1.6' },
  ],
  markupsafe: [
    { python: '>=3.7', versions: '2.1.0 2.1.1 2.1.2 2.1.3 2.1.4 2.1.5' },
    { python: '>=3.9', versions: '3.0.0 3.0.1 3.0.2 3.0.3' },
  ],
  itsdangerous: [
    { python: '>=3.7', versions: '2.1.0 2.1.1 2.1.2' },
    { python: '>=3.8', versions: '2.2.0' },
  ],
  click: [
    { python: '>=3.7', versions: '8.1.0 8.1.1 8.1.2 8.1.3 8.1.4 8.1.5 8.1.6 8.1.7 8.1.8' },
    { python: '>=3.10', versions: '8.2.0 8.2.1 8.2.2 8.3.0 8.3.1' },
  ],
  blinker: [
    { python: '>=3.7', versions: '1.6 1.6.1 1.6.2 1.6.3' },
    { python: '>=3.8', versions: '1.7.0 1.8.0 1.8.1 1.8.2' },
    { python: '>=3.9', versions: '1.9.0' },
  ],
  'importlib-metadata': [
    {
      python: '>=3.8',
      versions: '7.0.0 7.0.1 7.0.2 7.1.0 8.0.0 8.1.0 8.2.0 8.3.0 8.4.0 8.5.0',
      depends: ['zipp>=3.20'],
    },
    { python: '>=3.9', versions: '8.6.0 8.6.1 8.7.0 8.7.1' },
  ],
  zipp: [
    {
      python: '>=3.8',
      versions: '3.17.0 3.18.0 3.18.1 3.18.2 3.19.0 3.19.1 3.19.2 3.20.0 3.20.1 3.20.2',
    },
    { python: '>=3.9', versions: '3.21.0 3.22.0 3.23.0' },
  ],
  requests: [
    { python: '>=3.7', versions: '2.31.0' },
    { python: '>=3.8', versions: '2.32.0 2.32.1 2.32.2 2.32.3 2.32.4' },
    { python: '>=3.9', versions: '2.32.5' },
  ],
  urllib3: [
    // The 1.26 line, still the one a `urllib3<2` constraint picks.
    {
      python: '>=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*, !=3.4.*, !=3.5.*',
      versions: '1.26.18 1.26.19 1.26.20',
    },
    { python: '>=3.8', versions: '2.1.0 2.2.0 2.2.1 2.2.2 2.2.3' },
    { python: '>=3.9', versions: '2.3.0 2.4.0 2.5.0 2.6.0 2.6.1 2.6.2 2.6.3' },
  ],
  idna: [
    { python: '>=3.5', versions: '3.4 3.5 3.6 3.7' },
    { python: '>=3.6', versions: '3.8 3.9 3.10' },
    { python: '>=3.8', versions: '3.11' },
  ],
  django: [
    {
      python: '>=3.6',
      versions:
        '3.0 3.0.1 3.0.2 3.0.3 3.0.4 3.0.5 3.0.6 3.0.7 3.0.8 3.0.9 3.0.10 3.0.11 3.0.12 3.0.13 3.0.14',
      depends: ['pytz', 'sqlparse>=0.2.2', 'asgiref>=3.2,<4'],
    },
    {
      python: '>=3.6',
      versions:
        '3.1 3.1.1 3.1.2 3.1.3 3.1.4 3.1.5 3.1.6 3.1.7 3.1.8 3.1.9 3.1.10 3.1.11 3.1.12 3.1.13 3.1.14',
      depends: ['asgiref>=3.2.10,<4', 'pytz', 'sqlparse>=0.2.2'],
    },
    {
      python: '>=3.6',
      versions:
        '3.2 3.2.1 3.2.2 3.2.3 3.2.4 3.2.5 3.2.6 3.2.7 3.2.8 3.2.9 3.2.10 3.2.11 3.2.12 3.2.13 3.2.14 3.2.15 3.2.16 3.2.17 3.2.18 3.2.19 3.2.20 3.2.21 3.2.22 3.2.23 3.2.24 3.2.25',
      depends: ['asgiref>=3.3.2,<4', 'pytz', 'sqlparse>=0.2.2'],
    },
    {
      python: '>=3.8',
      versions:
        '4.2 4.2.1 4.2.2 4.2.3 4.2.4 4.2.5 4.2.6 4.2.7 4.2.8 4.2.9 4.2.10 4.2.11 4.2.12 4.2.13 4.2.14 4.2.15 4.2.16 4.2.17 4.2.18 4.2.19 4.2.20 4.2.21 4.2.22 4.2.23 4.2.24 4.2.25 4.2.26 4.2.27',
      depends: [
        'asgiref>=3.6.0,<4',
        'sqlparse>=0.3.1',
        'backports-zoneinfo; python_version < "3.9"',
      ],
    },
    {
      python: '>=3.10',
      versions:
        '5.0 5.0.1 5.0.2 5.0.3 5.0.4 5.0.5 5.0.6 5.0.7 5.0.8 5.0.9 5.0.10 5.0.11 5.0.12 5.0.13 5.0.14 5.1 5.1.1 5.1.2 5.1.3 5.1.4 5.1.5 5.1.6 5.1.7 5.1.8 5.1.9 5.1.10 5.1.11 5.1.12 5.1.13 5.1.14 5.1.15 5.2 5.2.1 5.2.2 5.2.3 5.2.4 5.2.5 5.2.6 5.2.7 5.2.8 5.2.9 5.2.10',
    },
    { python: '>=3.12', versions: '6.0 6.0.1' },
  ],
  sqlparse: [
    { python: '>=3.5', versions: '0.4.0 0.4.1 0.4.2 0.4.3 0.4.4' },
    { python: '>=3.8', versions: '0.5.0 0.5.1 0.5.2 0.5.3 0.5.4 0.5.5' },
  ],
  asgiref: [
    {
      python: '>=3.7',
      versions: '3.4.0 3.4.1 3.5.0 3.5.1 3.5.2 3.6.0',
      depends: ['typing-extensions; python_version < "3.8"'],
    },
    {
      python: '>=3.8',
      versions: '3.7.0 3.7.1 3.7.2 3.8.0 3.8.1',
      depends: ['typing-extensions>=4; python_version < "3.11"'],
    },
    { python: '>=3.9', versions: '3.9.0 3.9.1 3.9.2 3.10.0 3.11.0' },
  ],
  numpy: [
    { python: '>=3.8', versions: '1.24.0 1.24.1 1.24.2 1.24.3 1.24.4' },
    {
      python: '>=3.9',
      versions: '1.25.0 1.25.1 1.25.2 1.26.0 1.26.1 1.26.2 1.26.3 1.26.4 2.0.0 2.0.1 2.0.2',
    },
    {
      python: '>=3.10',
      versions: '2.1.0 2.1.1 2.1.2 2.1.3 2.2.0 2.2.1 2.2.2 2.2.3 2.2.4 2.2.5 2.2.6',
    },
    { python: '>=3.11', versions: '2.3.0 2.3.1 2.3.2 2.3.3 2.3.4 2.3.5 2.4.0 2.4.1' },
  ],
  pandas: [
    { python: '>=3.8', versions: '2.0.0 2.0.1 2.0.2 2.0.3' },
    {
      python: '>=3.9',
      versions: '2.1.0 2.1.1 2.1.2 2.1.3 2.1.4 2.2.0 2.2.1 2.2.2 2.2.3 2.3.0 2.3.1 2.3.2 2.3.3',
    },
  ],
  fastapi: [
    {
      python: '>=3.8',
      versions:
        '0.115.0 0.115.14 0.116.0 0.116.1 0.116.2 0.117.0 0.117.1 0.118.0 0.119.0 0.120.0 0.121.0 0.122.0 0.123.0 0.124.0 0.124.4',
      depends: ['starlette>=0.40.0', 'pydantic>=1.7.4', 'typing-extensions>=4.8.0'],
    },
    { python: '>=3.9', versions: '0.125.0 0.126.0 0.127.0 0.128.0' },
  ],
  starlette: [
    {
      python: '>=3.8',
      versions:
        '0.37.0 0.37.2 0.38.0 0.38.6 0.39.0 0.39.2 0.40.0 0.41.0 0.41.3 0.42.0 0.43.0 0.44.0',
      depends: ['anyio>=3.4.0,<5', 'typing-extensions>=3.10.0; python_version < "3.10"'],
    },
    {
      python: '>=3.9',
      versions: '0.45.0 0.45.3 0.46.0 0.46.2 0.47.0 0.47.3 0.48.0 0.49.0 0.49.3 0.50.0',
      depends: ['anyio>=3.6.2,<5', 'typing-extensions>=4.10.0; python_version < "3.13"'],
    },
  ],
  pydantic: [
    {
      python: '>=3.8',
      versions: '2.5.0 2.6.0 2.7.0 2.8.0 2.8.2 2.9.0 2.9.2 2.10.0 2.10.6',
      depends: ['annotated-types>=0.6.0', 'pydantic-core==2.27.2', 'typing-extensions>=4.12.2'],
    },
    { python: '>=3.9', versions: '2.11.0 2.11.7 2.12.0 2.12.5' },
  ],
  'pydantic-core': [
    { python: '>=3.8', versions: '2.27.0 2.27.1 2.27.2' },
    { python: '>=3.9', versions: '2.33.0 2.33.2 2.41.5' },
  ],
  'typing-extensions': [
    {
      python: '>=3.7',
      versions:
        '4.0.0 4.0.1 4.1.0 4.1.1 4.2.0 4.3.0 4.4.0 4.5.0 4.6.0 4.6.1 4.6.2 4.6.3 4.7.0 4.7.1',
    },
    { python: '>=3.8', versions: '4.12.0 4.12.1 4.12.2 4.13.0 4.13.1 4.13.2' },
    { python: '>=3.9', versions: '4.14.0 4.14.1 4.15.0' },
  ],
  'typing-inspection': [{ python: '>=3.9', versions: '0.4.0 0.4.1 0.4.2' }],
  anyio: [
    {
      python: '>=3.8',
      versions: '4.0.0 4.1.0 4.2.0 4.3.0 4.4.0 4.5.0 4.5.1 4.5.2',
      depends: [
        'sniffio>=1.1',
        ...ANYIO_DEPENDS.slice(0, 2),
        'typing-extensions>=4.1; python_version < "3.11"',
      ],
    },
    {
      python: '>=3.9',
      versions: '4.6.0 4.6.2 4.7.0 4.8.0 4.9.0 4.10.0 4.11.0 4.12.0 4.12.1',
      depends: ANYIO_DEPENDS,
    },
  ],
  exceptiongroup: [
    {
      python: '>=3.7',
      versions: '1.2.0 1.2.1 1.2.2 1.3.0 1.3.1',
      depends: ['typing-extensions>=4.6.0; python_version < "3.13"'],
    },
  ],
  uvicorn: [
    {
      python: '>=3.8',
      versions: '0.30.0 0.30.6 0.31.0 0.31.1 0.32.0 0.32.1 0.33.0',
      depends: UVICORN_DEPENDS,
    },
    {
      python: '>=3.9',
      versions: '0.34.0 0.34.3 0.35.0 0.36.0 0.37.0 0.38.0 0.39.0 0.40.0',
      depends: UVICORN_DEPENDS,
    },
  ],
  h11: [
    { python: '>=3.7', versions: '0.14.0' },
    { python: '>=3.8', versions: '0.15.0 0.16.0' },
  ],
  gunicorn: [
    { python: '>=3.5', versions: '20.1.0' },
    { python: '>=3.7', versions: '21.2.0 22.0.0 23.0.0' },
  ],
  'backports-zoneinfo': [{ python: '>=3.6', versions: '0.2.1' }],
  // Pipenv's Requires-Dist for 2024.x and 2025.x; 2025 dropped Python 3.8. Only the releases
  // known from changelogs and lockfiles are listed (2025.1.1 was out by December 2025).
  pipenv: [
    {
      python: '>=3.8',
      versions:
        '2023.12.1 2024.0.0 2024.0.1 2024.0.2 2024.0.3 2024.1.0 2024.2.0 2024.3.0 2024.3.1 2024.4.0 2024.4.1',
      depends: PIPENV_DEPENDS,
    },
    { python: '>=3.9', versions: '2025.0.1 2025.0.2 2025.0.3 2025.0.4 2025.1.1' },
  ],
  poetry: [
    {
      python: '>=3.8,<4.0',
      versions: '1.6.0 1.6.1 1.7.0 1.7.1 1.8.0 1.8.1 1.8.2 1.8.3 1.8.4 1.8.5',
      depends: POETRY_1_DEPENDS,
    },
    {
      python: '>=3.9,<4.0',
      versions: '2.0.0 2.0.1 2.1.0 2.1.1 2.1.2 2.1.3 2.1.4 2.2.0 2.2.1',
      depends: POETRY_2_DEPENDS,
    },
  ],
  // Oracle's driver (8.0.30 on; older releases left out). Until 8.2 the X DevAPI (mysqlx) was
  // in the package and needed protobuf (8.0.30 <=3.20.1, 8.0.31-8.0.33 <=3.20.3, 8.1-8.2
  // <=4.21.12, as pip prints their Requires-Dist in logs); 8.3 moved it to
  // mysqlx-connector-python and has no dependencies. 9.5.0 needs Python 3.10 (pip on 3.9 takes
  // 9.4.0).
  'mysql-connector-python': [
    { python: '>=3.7', versions: '8.0.30', depends: ['protobuf<=3.20.1,>=3.11.0'] },
    { python: '>=3.7', versions: '8.0.31 8.0.32 8.0.33', depends: ['protobuf<=3.20.3,>=3.11.0'] },
    { python: '>=3.8', versions: '8.1.0 8.2.0', depends: ['protobuf<=4.21.12,>=4.21.1'] },
    { python: '>=3.8', versions: '8.3.0 8.4.0 9.0.0' },
    { python: '>=3.9', versions: '9.1.0 9.2.0 9.3.0 9.4.0' },
    { python: '>=3.10', versions: '9.5.0' },
  ],
  // The releases the ranges above (and streamlit's) pick among.
  protobuf: [
    { python: '>=3.7', versions: '3.20.1 3.20.3 4.21.1 4.21.12' },
    { python: '>=3.8', versions: '4.25.8 5.29.5' },
    { python: '>=3.9', versions: '6.31.1 6.32.1 6.33.0' },
  ],
};
