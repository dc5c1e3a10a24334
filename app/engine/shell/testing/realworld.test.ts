/**
 * Long RUN instructions from official images' Dockerfiles, with stub programs for the tools
 * this folder does not provide (apt-get, wget, gpg, make, ...). They must run start to end
 * under `set -eux`, and the stubs must see the arguments the real tools would.
 */
import { describe, expect, it } from 'vitest';
import { textFile } from '../../fs/node';
import type { ProgramEntry, ProgramIO } from '../program';
import { encodeTar } from '../programs/archive';
import { install, readText, sim } from './harness';

/** The python:3.12-slim-bookworm build step (docker-library/python), trimmed of nothing but packages. */
const PYTHON_RUN = `set -eux; \\
	\\
	savedAptMark="$(apt-mark showmanual)"; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends \\
		dpkg-dev \\
		gcc \\
		libssl-dev \\
		xz-utils \\
		zlib1g-dev \\
	; \\
	\\
	wget -O python.tar.xz "https://www.python.org/ftp/python/\${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \\
	echo "$PYTHON_SHA256 *python.tar.xz" | sha256sum -c -; \\
	GNUPGHOME="$(mktemp -d)"; export GNUPGHOME; \\
	gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$GPG_KEY"; \\
	gpgconf --kill all; \\
	rm -rf "$GNUPGHOME"; \\
	mkdir -p /usr/src/python; \\
	tar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz; \\
	rm python.tar.xz; \\
	\\
	cd /usr/src/python; \\
	gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \\
	./configure \\
		--build="$gnuArch" \\
		--enable-loadable-sqlite-extensions \\
		--enable-optimizations \\
		--enable-option-checking=fatal \\
		--enable-shared \\
		--with-lto \\
		--with-ensurepip \\
	; \\
	nproc="$(nproc)"; \\
	EXTRA_CFLAGS="$(dpkg-buildflags --get CFLAGS)"; \\
	LDFLAGS="$(dpkg-buildflags --get LDFLAGS)"; \\
	LDFLAGS="\${LDFLAGS:--Wl},--strip-all"; \\
	arch="$(dpkg --print-architecture)"; arch="\${arch##*-}"; \\
	case "$arch" in \\
		amd64|arm64) \\
			EXTRA_CFLAGS="\${EXTRA_CFLAGS:-} -fno-omit-frame-pointer -mno-omit-leaf-frame-pointer"; \\
			;; \\
		i386) \\
			;; \\
		*) \\
			EXTRA_CFLAGS="\${EXTRA_CFLAGS:-} -fno-omit-frame-pointer"; \\
			;; \\
	esac; \\
	make -j "$nproc" \\
		"EXTRA_CFLAGS=\${EXTRA_CFLAGS:-}" \\
		"LDFLAGS=\${LDFLAGS:-}" \\
	; \\
	rm python; \\
	make -j "$nproc" \\
		"EXTRA_CFLAGS=\${EXTRA_CFLAGS:-}" \\
		"LDFLAGS=\${LDFLAGS:--Wl},-rpath='\\$\\$ORIGIN/../lib'" \\
		python \\
	; \\
	make install; \\
	\\
	cd /; \\
	rm -rf /usr/src/python; \\
	\\
	find /usr/local -depth \\
		\\( \\
			\\( -type d -a \\( -name test -o -name tests -o -name idle_test \\) \\) \\
			-o \\( -type f -a \\( -name '*.pyc' -o -name '*.pyo' -o -name 'libpython*.a' \\) \\) \\
		\\) -exec rm -rf '{}' + \\
	; \\
	\\
	ldconfig; \\
	\\
	apt-mark auto '.*' > /dev/null; \\
	apt-mark manual $savedAptMark; \\
	find /usr/local -type f -executable -not \\( -name '*tkinter*' \\) -exec ldd '{}' ';' \\
		| awk '/=>/ { so = $(NF-1); if (index(so, "/usr/local/") == 1) { next }; gsub("^/(usr/)?", "", so); printf "*%s\\n", so }' \\
		| sort -u \\
		| xargs -r dpkg-query --search \\
		| cut -d: -f1 \\
		| sort -u \\
		| xargs -r apt-mark manual \\
	; \\
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\
	rm -rf /var/lib/apt/lists/*; \\
	\\
	export PYTHONDONTWRITEBYTECODE=1; \\
	python3 --version; \\
	pip3 --version`;

/** The nginx:1.27 (bookworm) key-fetching loop and architecture switch (docker-library/nginx). */
const NGINX_RUN = `set -x \\
    && groupadd --system --gid 101 nginx \\
    && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx \\
    && apt-get update \\
    && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates \\
    && \\
    NGINX_GPGKEYS='573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 8540A6F18833A80E9C1653A4D51701CE4FC4AC4C'; \\
    NGINX_GPGKEY_PATH=/etc/apt/keyrings/nginx-archive-keyring.gpg; \\
    export GNUPGHOME="$(mktemp -d)"; \\
    found=''; \\
    for NGINX_GPGKEY in $NGINX_GPGKEYS; do \\
        for server in \\
            hkp://keyserver.ubuntu.com:80 \\
            pgp.mit.edu \\
        ; do \\
            echo "Fetching GPG key $NGINX_GPGKEY from $server"; \\
            gpg1 --batch --keyserver "$server" --keyserver-options timeout=10 --recv-keys "$NGINX_GPGKEY" && found=yes && break; \\
        done; \\
        test -z "$found" && echo >&2 "error: failed to fetch GPG key $NGINX_GPGKEY" && exit 1; \\
    done; \\
    mkdir -p /etc/apt/keyrings; \\
    gpg1 --batch --export $NGINX_GPGKEYS > "$NGINX_GPGKEY_PATH" ; \\
    rm -rf "$GNUPGHOME"; \\
    dpkgArch="$(dpkg --print-architecture)" \\
    && nginxPackages=" \\
        nginx=\${NGINX_VERSION}-\${PKG_RELEASE} \\
        nginx-module-njs=\${NGINX_VERSION}+\${NJS_VERSION}-\${NJS_RELEASE} \\
    " \\
    && case "$dpkgArch" in \\
        amd64|arm64) \\
            echo "deb [signed-by=$NGINX_GPGKEY_PATH] https://nginx.org/packages/mainline/debian/ bookworm nginx" >> /etc/apt/sources.list.d/nginx.list \\
            && apt-get update \\
            ;; \\
        *) \\
            echo "deb-src [signed-by=$NGINX_GPGKEY_PATH] https://nginx.org/packages/mainline/debian/ bookworm nginx" >> /etc/apt/sources.list.d/nginx.list \\
            ;; \\
    esac \\
    && apt-get install --no-install-recommends --no-install-suggests -y $nginxPackages gettext-base curl \\
    && apt-get remove --purge --auto-remove -y && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/nginx.list \\
    && ln -sf /dev/stdout /var/log/nginx/access.log \\
    && ln -sf /dev/stderr /var/log/nginx/error.log \\
    && mkdir /docker-entrypoint.d`;

interface Call {
  argv: string[];
  cwd: string;
}

/** Stub programs that record their calls; `behaviour` may print or write files. */
function stubs(
  calls: Call[],
  behaviour: Record<string, (argv: string[], io: ProgramIO) => number | void>,
): Record<string, ProgramEntry> {
  const entries: Record<string, ProgramEntry> = {};
  for (const [name, act] of Object.entries(behaviour)) {
    entries[name] = {
      run: (argv, io) => {
        calls.push({ argv, cwd: io.cwd });
        return act(argv, io) ?? 0;
      },
    };
  }
  return entries;
}

describe('real-world RUN instructions', () => {
  it("runs the python official image's build step start to end under set -eux", () => {
    const calls: Call[] = [];
    const tarball = encodeTar([
      {
        name: 'Python-3.12.8',
        node: {
          kind: 'dir',
          mode: 0o755,
          uid: 0,
          gid: 0,
          children: {
            configure: textFile('#!/bin/sh\necho "configure $*"\n', 0o755),
            python: textFile('', 0o755),
          },
        },
      },
    ]);
    const programs = stubs(calls, {
      'apt-mark': (argv, io) => void (argv[1] === 'showmanual' && io.stdout('libc6\nzlib1g\n')),
      'apt-get': () => 0,
      wget: (argv, io) => void io.fs.writeFile(`${io.cwd}/${argv[2]}`.replace('//', '/'), tarball),
      sha256sum: (_argv, io) => void io.stdout('python.tar.xz: OK\n'),
      gpg: () => 0,
      gpgconf: () => 0,
      'dpkg-architecture': (_argv, io) => void io.stdout('x86_64-linux-gnu\n'),
      'dpkg-buildflags': (argv, io) =>
        void io.stdout(argv[2] === 'CFLAGS' ? '-g -O2\n' : '-Wl,-z,relro\n'),
      dpkg: (_argv, io) => void io.stdout('amd64\n'),
      make: () => 0,
      ldconfig: () => 0,
      ldd: () => 0,
      awk: () => 0,
      'dpkg-query': () => 0,
      python3: (_argv, io) => void io.stdout('Python 3.12.8\n'),
      pip3: (_argv, io) =>
        void io.stdout(
          'pip 24.3.1 from /usr/local/lib/python3.12/site-packages/pip (python 3.12)\n',
        ),
    });
    const s = sim('gnu', {}, programs);
    install(s, ...Object.keys(programs));
    s.fs.mkdir('/usr/local/lib/python3.12/test', { parents: true });
    s.fs.writeFile('/usr/local/lib/python3.12/x.pyc', { text: '' });
    s.fs.mkdir('/var/lib/apt/lists/partial', { parents: true });
    const r = s.run(PYTHON_RUN, {
      env: {
        PATH: '/usr/local/bin:/usr/bin:/bin',
        PYTHON_VERSION: '3.12.8',
        PYTHON_SHA256: 'abc',
        GPG_KEY: 'K',
      },
    });

    expect(r.stderr).not.toMatch(/Syntax error|not found/);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      'configure --build=x86_64-linux-gnu --enable-loadable-sqlite-extensions',
    );
    expect(r.stdout.trim().split('\n').slice(-2)).toEqual([
      'Python 3.12.8',
      'pip 24.3.1 from /usr/local/lib/python3.12/site-packages/pip (python 3.12)',
    ]);
    const wget = calls.find((c) => c.argv[0] === 'wget');
    expect(wget?.argv[3]).toBe('https://www.python.org/ftp/python/3.12.8/Python-3.12.8.tar.xz');
    const makes = calls.filter((c) => c.argv[0] === 'make').map((c) => c.argv.slice(1));
    expect(makes).toEqual([
      [
        '-j',
        '4',
        'EXTRA_CFLAGS=-g -O2 -fno-omit-frame-pointer -mno-omit-leaf-frame-pointer',
        'LDFLAGS=-Wl,-z,relro,--strip-all',
      ],
      [
        '-j',
        '4',
        'EXTRA_CFLAGS=-g -O2 -fno-omit-frame-pointer -mno-omit-leaf-frame-pointer',
        "LDFLAGS=-Wl,-z,relro,--strip-all,-rpath='$$ORIGIN/../lib'",
        'python',
      ],
      ['install'],
    ]);
    expect(makes.length && calls.find((c) => c.argv[0] === 'make')?.cwd).toBe('/usr/src/python');
    expect(calls.find((c) => c.argv[0] === 'apt-mark' && c.argv[1] === 'manual')?.argv).toEqual([
      'apt-mark',
      'manual',
      'libc6',
      'zlib1g',
    ]);
    expect(s.fs.stat('/usr/src/python').ok).toBe(false);
    expect(s.fs.stat('/usr/local/lib/python3.12/test').ok).toBe(false);
    expect(s.fs.stat('/usr/local/lib/python3.12/x.pyc').ok).toBe(false);
    expect(s.fs.readdir('/var/lib/apt/lists')).toEqual({ ok: true, value: [] });
    // set -x traced every command, dash style.
    expect(r.stderr).toContain('+ apt-mark auto .*\n');
    expect(r.stderr).toContain('+ cd /usr/src/python\n');
  });

  it("runs the nginx official image's key loop, user creation and arch switch", () => {
    const calls: Call[] = [];
    const programs = stubs(calls, {
      'apt-get': () => 0,
      gpg1: (argv, io) => void (argv.includes('--export') && io.stdout('KEYRING')),
      dpkg: (_argv, io) => void io.stdout('arm64\n'),
    });
    const s = sim('gnu', { '/etc/apt/sources.list.d/': '', '/var/log/nginx/': '' }, programs);
    install(s, ...Object.keys(programs));
    const r = s.run(NGINX_RUN, {
      env: {
        PATH: '/usr/local/bin:/usr/sbin:/usr/bin:/bin',
        NGINX_VERSION: '1.27.3',
        PKG_RELEASE: '1~bookworm',
        NJS_VERSION: '0.8.7',
        NJS_RELEASE: '1~bookworm',
      },
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      'Fetching GPG key 573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 from hkp://keyserver.ubuntu.com:80\nFetching GPG key 8540A6F18833A80E9C1653A4D51701CE4FC4AC4C from hkp://keyserver.ubuntu.com:80\n',
    );
    expect(readText(s.fs, '/etc/passwd')).toContain(
      'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n',
    );
    expect(readText(s.fs, '/etc/apt/keyrings/nginx-archive-keyring.gpg')).toBe('KEYRING');
    const install2 = calls.filter((c) => c.argv[0] === 'apt-get' && c.argv[1] === 'install').pop();
    expect(install2?.argv.slice(-4)).toEqual([
      'nginx=1.27.3-1~bookworm',
      'nginx-module-njs=1.27.3+0.8.7-1~bookworm',
      'gettext-base',
      'curl',
    ]);
    expect(s.run('readlink /var/log/nginx/access.log').stdout).toBe('/dev/stdout\n');
    expect(s.fs.stat('/etc/apt/sources.list.d/nginx.list').ok).toBe(false);
  });

  it('fails the step like a real build when a command is missing under set -e', () => {
    const r = sim().run('set -eux; apt-get update; echo never');
    expect(r).toMatchObject({ exitCode: 127, stdout: '' });
    expect(r.stderr).toBe('+ apt-get update\n/bin/sh: 1: apt-get: not found\n');
  });
});
