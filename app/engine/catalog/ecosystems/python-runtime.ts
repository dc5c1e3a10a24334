/**
 * CPython as the official python images install it from source under /usr/local: the
 * interpreter, libpython, the standard library (tests and .pyc files removed, as the image's
 * Dockerfile does), extension modules in lib-dynload, headers, and pip from ensurepip.
 * Module lists are real; sizes are spread over them from the budgets below.
 */
import { utf8Length } from '../../fs/node';
import { pythonAbiTag } from '../install-paths';
import type { PackageFile } from '../types';
import { jitter } from '../util/hash';
import { splitBytes } from '../util/split';

export interface PythonRelease {
  /** "3.14.2" */
  version: string;
  /** Bytes of each part, from the real installs (rounded). */
  libpython: number;
  stdlib: number;
  dynload: number;
  pipVersion: string;
}

const MODULES =
  '__future__ __hello__ _aix_support _collections_abc _colorize _compat_pickle _compression _ios_support _markupbase _opcode_metadata _osx_support _py_abc _py_warnings _pydatetime _pydecimal _pyio _pylong _sitebuiltins _strptime _threading_local _weakrefset abc annotationlib argparse ast asyncio base64 bdb bisect bz2 calendar cmd code codecs codeop colorsys compileall configparser contextlib contextvars copy copyreg cProfile csv dataclasses datetime decimal difflib dis doctest enum filecmp fileinput fnmatch fractions ftplib functools genericpath getopt getpass gettext glob graphlib gzip hashlib heapq hmac imaplib inspect io ipaddress keyword linecache locale lzma mailbox mimetypes modulefinder netrc ntpath nturl2path numbers opcode operator optparse os pdb pickle pickletools pkgutil platform plistlib poplib posixpath pprint profile pstats pty py_compile pyclbr pydoc queue quopri random reprlib rlcompleter runpy sched secrets selectors shelve shlex shutil signal site smtplib socket socketserver ssl stat statistics string stringprep struct subprocess symtable tabnanny tarfile tempfile textwrap this threading timeit token tokenize trace traceback tracemalloc tty turtle types typing uuid warnings wave weakref webbrowser zipapp zipimport';
const PACKAGES =
  'asyncio:__init__,base_events,events,futures,locks,queues,runners,streams,subprocess,tasks,unix_events compression:__init__,zstd/__init__,gzip,bz2 concurrent:__init__,futures/__init__,futures/_base,futures/process,futures/thread ctypes:__init__,util,wintypes,_endian curses:__init__,ascii,panel,textpad dbm:__init__,dumb,gnu,ndbm,sqlite3 email:__init__,_header_value_parser,charset,encoders,feedparser,generator,header,headerregistry,message,parser,policy,utils,mime/text encodings:__init__,aliases,ascii,cp1252,idna,latin_1,utf_8,utf_16,punycode ensurepip:__init__,__main__,_uninstall html:__init__,entities,parser http:__init__,client,cookiejar,cookies,server idlelib:__init__,idle,editor,pyshell importlib:__init__,_bootstrap,_bootstrap_external,abc,machinery,util,metadata/__init__,resources/__init__ json:__init__,decoder,encoder,scanner,tool logging:__init__,config,handlers multiprocessing:__init__,connection,context,managers,pool,process,queues,synchronize pathlib:__init__,_abc,_local,types pydoc_data:__init__,topics re:__init__,_casefix,_compiler,_constants,_parser sqlite3:__init__,__main__,dbapi2,dump sysconfig:__init__,__main__ tkinter:__init__,constants,filedialog,messagebox,ttk tomllib:__init__,_parser,_re,_types unittest:__init__,case,loader,main,mock,result,runner,suite urllib:__init__,error,parse,request,response,robotparser venv:__init__,__main__ wsgiref:__init__,handlers,headers,simple_server,util,validate xml:__init__,dom/minidom,etree/ElementTree,parsers/expat,sax/handler,sax/saxutils xmlrpc:__init__,client,server zipfile:__init__,__main__,_path/__init__ zoneinfo:__init__,_common,_tzpath,_zoneinfo _pyrepl:__init__,__main__,commands,console,reader,readline,simple_interact,unix_console';
const DYNLOAD =
  '_asyncio _bisect _blake2 _bz2 _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _contextvars _crypt _csv _ctypes _ctypes_test _curses _curses_panel _datetime _dbm _decimal _elementtree _gdbm _hashlib _heapq _hmac _interpchannels _interpqueues _interpreters _json _lsprof _lzma _md5 _multibytecodec _multiprocessing _opcode _pickle _posixshmem _posixsubprocess _queue _random _sha1 _sha2 _sha3 _socket _sqlite3 _ssl _statistics _struct _testbuffer _testcapi _testclinic _testimportmultiple _testinternalcapi _testmultiphase _tkinter _uuid _xxtestfuzz _zoneinfo _zstd array binascii cmath fcntl grp math mmap pyexpat readline resource select syslog termios unicodedata zlib';

/** "3.14.2" → "3.14". */
export function pythonMinor(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

function spread(paths: string[], total: number, mode = 0o644): PackageFile[] {
  const sizes = splitBytes(
    total,
    paths.map((p) => jitter(p, 0.3, 1.7)),
  );
  return paths.map((path, i) => ({ path, size: sizes[i] ?? 0, mode }));
}

/** Every file of the install, with absolute paths under `prefix` ("/usr/local"). */
export function pythonInstallFiles(release: PythonRelease, prefix = '/usr/local'): PackageFile[] {
  const minor = pythonMinor(release.version);
  const lib = `${prefix}/lib/python${minor}`;
  const abi = pythonAbiTag(release.version);
  const modules = MODULES.split(' ').filter(
    (m) => minor >= '3.14' || !['annotationlib', '_py_warnings'].includes(m),
  );
  const stdlib = modules.map((m) => `${lib}/${m}.py`);
  for (const entry of PACKAGES.split(' ')) {
    const [pkg, subs] = entry.split(':') as [string, string];
    if (pkg === 'compression' && minor < '3.14') continue;
    for (const sub of subs.split(',')) stdlib.push(`${lib}/${pkg}/${sub}.py`);
  }
  const dynload = DYNLOAD.split(' ').map((m) => `${lib}/lib-dynload/${m}.${abi}.so`);
  const bin = `${prefix}/bin`;
  const pipScript = `#!${bin}/python${minor}\nimport sys\nfrom pip._internal.cli.main import main\nif __name__ == '__main__':\n    if sys.argv[0].endswith('.exe'):\n        sys.argv[0] = sys.argv[0][:-4]\n    sys.exit(main())\n`;
  const files: PackageFile[] = [
    { path: `${bin}/python${minor}`, size: 17_680, mode: 0o755 },
    { path: `${bin}/python3`, size: `python${minor}`.length, link: `python${minor}` },
    { path: `${bin}/python${minor}-config`, size: 3_140, mode: 0o755 },
    {
      path: `${bin}/python3-config`,
      size: `python${minor}-config`.length,
      link: `python${minor}-config`,
    },
    {
      path: `${bin}/idle${minor}`,
      size: 102 + minor.length,
      mode: 0o755,
      text: `#!${bin}/python${minor}\n\nfrom idlelib.pyshell import main\nif __name__ == '__main__':\n    main()\n`,
    },
    { path: `${bin}/idle3`, size: `idle${minor}`.length, link: `idle${minor}` },
    {
      path: `${bin}/pydoc${minor}`,
      size: 0,
      mode: 0o755,
      text: `#!${bin}/python${minor}\n\nimport pydoc\nif __name__ == '__main__':\n    pydoc.cli()\n`,
    },
    { path: `${bin}/pydoc3`, size: `pydoc${minor}`.length, link: `pydoc${minor}` },
    { path: `${bin}/pip3`, size: 0, mode: 0o755, text: pipScript },
    { path: `${bin}/pip${minor}`, size: 0, mode: 0o755, text: pipScript },
    { path: `${prefix}/lib/libpython${minor}.so.1.0`, size: release.libpython, mode: 0o755 },
    {
      path: `${prefix}/lib/libpython${minor}.so`,
      size: `libpython${minor}.so.1.0`.length,
      link: `libpython${minor}.so.1.0`,
    },
    { path: `${prefix}/lib/libpython3.so`, size: 15_448, mode: 0o755 },
    { path: `${prefix}/lib/pkgconfig/python-${minor}.pc`, size: 298 },
    { path: `${prefix}/lib/pkgconfig/python-${minor}-embed.pc`, size: 308 },
    {
      path: `${prefix}/lib/pkgconfig/python3.pc`,
      size: `python-${minor}.pc`.length,
      link: `python-${minor}.pc`,
    },
    ...spread(
      [
        'Python.h',
        'object.h',
        'pyconfig.h',
        'abstract.h',
        'unicodeobject.h',
        'cpython/object.h',
      ].map((h) => `${prefix}/include/python${minor}/${h}`),
      1_150_000,
    ),
    ...spread(
      [
        `${lib}/config-${minor}-x86_64-linux-gnu/Makefile`,
        `${lib}/config-${minor}-x86_64-linux-gnu/python.o`,
        `${lib}/config-${minor}-x86_64-linux-gnu/Setup`,
      ],
      210_000,
    ),
    ...spread(stdlib, release.stdlib),
    ...spread(dynload, release.dynload, 0o755),
    {
      path: `${lib}/ensurepip/_bundled/pip-${release.pipVersion}-py3-none-any.whl`,
      size: 1_778_000,
    },
    ...pipFiles(`${lib}/site-packages`, release.pipVersion),
    { path: `${prefix}/share/man/man1/python${minor}.1`, size: 9_850 },
  ];
  return files.map((f) => (f.text !== undefined ? { ...f, size: utf8Length(f.text) } : f));
}

const PIP_TREE =
  '__init__ __main__ __pip-runner__ py.typed _internal/__init__ _internal/build_env _internal/cache _internal/configuration _internal/exceptions _internal/main _internal/pyproject _internal/self_outdated_check _internal/wheel_builder _internal/cli/main _internal/cli/parser _internal/commands/install _internal/commands/list _internal/commands/show _internal/commands/freeze _internal/commands/uninstall _internal/index/collector _internal/index/package_finder _internal/network/session _internal/operations/install/wheel _internal/req/req_install _internal/resolution/resolvelib/resolver _internal/utils/misc _vendor/__init__ _vendor/cachecontrol/__init__ _vendor/certifi/cacert.pem _vendor/certifi/core _vendor/distlib/__init__ _vendor/idna/core _vendor/idna/idnadata _vendor/msgpack/__init__ _vendor/packaging/version _vendor/packaging/specifiers _vendor/platformdirs/__init__ _vendor/pygments/lexer _vendor/pygments/lexers/_mapping _vendor/requests/__init__ _vendor/requests/sessions _vendor/resolvelib/__init__ _vendor/rich/console _vendor/rich/_emoji_codes _vendor/truststore/__init__ _vendor/urllib3/connectionpool _vendor/urllib3/util/retry _vendor/distlib/t64.exe _vendor/distlib/w64.exe';

function pipFiles(site: string, version: string): PackageFile[] {
  const paths = PIP_TREE.split(' ').map(
    (p) => `${site}/pip/${/\.(pem|exe|typed)$/.test(p) ? p : `${p}.py`}`,
  );
  const info = `${site}/pip-${version}.dist-info`;
  return [
    ...spread(paths, 8_300_000),
    ...spread(
      [
        'METADATA',
        'RECORD',
        'WHEEL',
        'INSTALLER',
        'REQUESTED',
        'entry_points.txt',
        'licenses/LICENSE.txt',
      ].map((f) => `${info}/${f}`),
      98_000,
    ),
  ];
}
