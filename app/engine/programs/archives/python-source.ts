/**
 * CPython's source tarball (Python-3.14.2.tar.xz) as a tree: the top-level build files,
 * `Include/patchlevel.h` with the real version defines (what `configure` reads to know
 * what it is building), and a representative sample of the source directories with the
 * real tree's proportions (~115 MB unpacked: Lib/test and Doc are the biggest parts).
 * Contents are blobs; only patchlevel.h and the README's first lines are text.
 */
import { blobFile, emptyDir, textFile, type DirNode, type FileNode } from '../../fs/node';
import { splitPath } from '../../fs/path';
import { setAt } from '../../fs/tree';
import type { ArchiveEntry } from '../../shell/programs/archive';
import { unitFromName } from '../common/hash';

/** Directory → [sample of files, total bytes of that part of the real tree]. */
const PARTS: [string, string, number][] = [
  [
    'Lib',
    'os.py ssl.py typing.py asyncio/base_events.py email/message.py json/decoder.py http/client.py importlib/_bootstrap_external.py pathlib/_local.py unittest/case.py venv/__init__.py ensurepip/_bundled/pip-25.3-py3-none-any.whl',
    24_600_000,
  ],
  [
    'Lib/test',
    'test_os.py test_ssl.py test_typing.py test_asyncio/test_base_events.py test_email/test_email.py test_json/test_decode.py regrtest.py libregrtest/main.py',
    47_800_000,
  ],
  [
    'Doc',
    'conf.py library/os.rst library/typing.rst whatsnew/3.14.rst reference/datamodel.rst tutorial/index.rst',
    12_100_000,
  ],
  [
    'Modules',
    '_ssl.c _sqlite/module.c _ctypes/_ctypes.c socketmodule.c posixmodule.c main.c Setup.stdlib.in _decimal/libmpdec/mpdecimal.c expat/xmlparse.c',
    14_200_000,
  ],
  [
    'Objects',
    'object.c dictobject.c listobject.c unicodeobject.c typeobject.c longobject.c',
    6_300_000,
  ],
  ['Python', 'ceval.c compile.c pylifecycle.c import.c bytecodes.c generated_cases.c.h', 5_400_000],
  ['Include', 'Python.h object.h pyport.h cpython/object.h internal/pycore_frame.h', 2_900_000],
  ['Parser', 'parser.c pegen.c tokenizer/lexer.c asdl_c.py', 3_100_000],
  [
    'Tools',
    'build/freeze_modules.py clinic/libclinic/clinic.py jit/build.py scripts/summarize_stats.py',
    3_200_000,
  ],
  ['PCbuild', 'pcbuild.sln python.vcxproj build.bat', 1_300_000],
  ['Misc', 'NEWS python.man python-config.sh.in', 1_900_000],
  ['Mac', 'BuildScript/build-installer.py', 600_000],
  ['Grammar', 'python.gram Tokens', 90_000],
];

const TOP: [string, number, number?][] = [
  ['configure', 910_532, 0o755],
  ['configure.ac', 241_806],
  ['Makefile.pre.in', 123_170],
  ['pyconfig.h.in', 59_893],
  ['aclocal.m4', 15_862],
  ['install-sh', 15_358, 0o755],
  ['config.guess', 50_075, 0o755],
  ['config.sub', 35_953, 0o755],
  ['LICENSE', 13_937],
  ['.editorconfig', 364],
];

export function patchlevelH(version: string): string {
  const [major = '3', minor = '0', rest = '0'] = version.split('.');
  const micro = /^\d+/.exec(rest)?.[0] ?? '0';
  const pre = /^\d+(a|b|rc)(\d+)$/.exec(rest);
  const level = pre
    ? { a: 'PY_RELEASE_LEVEL_ALPHA', b: 'PY_RELEASE_LEVEL_BETA', rc: 'PY_RELEASE_LEVEL_GAMMA' }[
        pre[1] as 'a' | 'b' | 'rc'
      ]
    : 'PY_RELEASE_LEVEL_FINAL';
  return (
    '\n/* Python version identification scheme.\n\n   When the major or minor version changes, the VERSION variable in\n   configure.ac must also be changed.\n\n   There is also (independent) API version information in modsupport.h.\n*/\n\n' +
    `#define PY_MAJOR_VERSION        ${major}\n` +
    `#define PY_MINOR_VERSION        ${minor}\n` +
    `#define PY_MICRO_VERSION        ${micro}\n` +
    `#define PY_RELEASE_LEVEL        ${level}\n` +
    `#define PY_RELEASE_SERIAL       ${pre?.[2] ?? 0}\n\n` +
    '/* Version as a string */\n' +
    `#define PY_VERSION              "${version}"\n`
  );
}

/** The version a source tree's Include/patchlevel.h declares ("3.14.2"), if it is CPython's. */
export function cpythonVersionOf(patchlevel: string | undefined): string | undefined {
  return patchlevel ? /#define PY_VERSION\s+"([^"]+)"/.exec(patchlevel)?.[1] : undefined;
}

function blob(top: string, path: string, size: number, mode = 0o644): FileNode {
  return blobFile(`cpython-source:${top}/${path}`, size, mode);
}

export function pythonSourceEntries(top: string, version: string): ArchiveEntry[] {
  let root: DirNode = emptyDir(0o775);
  const put = (path: string, node: FileNode) => {
    root = setAt(root, splitPath(path), node);
  };
  for (const [name, size, mode] of TOP) put(name, blob(top, name, size, mode));
  const minor = version.split('.').slice(0, 2).join('.');
  put(
    'README.rst',
    textFile(
      `This is Python version ${version}\n${'='.repeat(16 + version.length)}\n\n` +
        'Copyright © 2001 Python Software Foundation.  All rights reserved.\n\n' +
        'See the end of this file for further copyright and license information.\n\n' +
        'General Information\n-------------------\n\n- Website: https://www.python.org\n' +
        `- Source code: https://github.com/python/cpython\n- Documentation: https://docs.python.org/${minor}\n`,
    ),
  );
  put('Include/patchlevel.h', textFile(patchlevelH(version)));
  for (const [dir, sample, total] of PARTS) {
    const files = sample.split(' ');
    const weights = files.map((f) => 0.4 + unitFromName(`${dir}/${f}`) * 1.2);
    const sum = weights.reduce((a, b) => a + b, 0);
    let left = total;
    files.forEach((file, i) => {
      const size = i === files.length - 1 ? left : Math.round((total * (weights[i] ?? 1)) / sum);
      left -= size;
      put(`${dir}/${file}`, blob(top, `${dir}/${file}`, size));
    });
  }
  return [{ name: top, node: root }];
}
