/** Top-level modules of CPython's standard library that scripts commonly import. */
export const STDLIB_MODULES = new Set(
  (
    'abc argparse array ast asyncio base64 binascii bisect builtins bz2 calendar cmath codecs collections ' +
    'concurrent configparser contextlib contextvars copy csv ctypes dataclasses datetime decimal difflib ' +
    'dis email encodings ensurepip enum errno faulthandler fcntl filecmp fnmatch fractions functools gc ' +
    'getopt getpass gettext glob gzip hashlib heapq hmac html http importlib inspect io ipaddress ' +
    'itertools json keyword locale logging lzma math mimetypes multiprocessing numbers operator os ' +
    'pathlib pickle platform pprint queue random re secrets select selectors shlex shutil signal site ' +
    'socket socketserver sqlite3 ssl stat statistics string struct subprocess sys sysconfig tarfile ' +
    'tempfile textwrap threading time timeit tokenize tomllib traceback types typing unicodedata ' +
    'unittest urllib uuid venv warnings weakref wsgiref xml zipfile zlib zoneinfo'
  ).split(' '),
);
