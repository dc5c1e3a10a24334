/**
 * Building an extension as phpize, ./configure and make do in an official image, condensed to
 * the lines a plain-progress build log shows: phpize's API banner, configure's generic checks
 * and the extension's own, libtool's compile and link lines, "Build complete." and make
 * install's destination. Shared by docker-php-ext-install and pecl.
 */
import type { ProgramIO } from '../../shell/program';
import { findOnPath } from '../common/fs-helpers';
import { linkLibraries, sourcesOf, unmetNeed } from './ext-catalog';
import { zendExtensionApi, type PhpEnv } from './php-env';

export function phpizeBanner(env: PhpEnv): string {
  return `Configuring for:\nPHP Api Version:         ${env.api}\nZend Module Api No:      ${env.api}\nZend Extension Api No:   ${zendExtensionApi(env)}\n`;
}

/** phpize needs autoconf (part of PHPIZE_DEPS); without it, it stops with this message. */
export function phpizeFailure(io: ProgramIO): string | undefined {
  if (findOnPath(io.fs, io.env, 'autoconf')) return undefined;
  return 'Cannot find autoconf. Please check your autoconf installation and the\n$PHP_AUTOCONF environment variable. Then, rerun this script.\n\n';
}

function includes(_env: PhpEnv): string {
  const inc = '/usr/local/include/php';
  return `-I${inc} -I${inc}/main -I${inc}/TSRM -I${inc}/Zend -I${inc}/ext -I${inc}/ext/date/lib`;
}

/** ./configure's output; undefined lines mean success, else the failure text (exit 1). */
export function configureLog(
  io: ProgramIO,
  env: PhpEnv,
  ext: string,
  options: readonly string[],
): { log: string; failed: boolean } {
  const cc = findOnPath(io.fs, io.env, 'cc') ?? findOnPath(io.fs, io.env, 'gcc');
  const grep = io.env.PATH?.includes('/usr/bin') && !env.alpine ? '/usr/bin/grep' : '/bin/grep';
  const lines = [
    `checking for grep that handles long lines and -e... ${grep}`,
    `checking for egrep... ${grep} -E`,
    `checking for a sed that does not truncate output... ${env.alpine ? '/bin/sed' : '/usr/bin/sed'}`,
    `checking for pkg-config... ${env.alpine ? '/usr/bin/pkg-config' : '/usr/bin/pkg-config'}`,
    'checking pkg-config is at least version 0.9.0... yes',
    'checking for cc... cc',
  ];
  if (!cc) {
    lines.push(
      'checking for gcc... no',
      'checking for clang... no',
      'configure: error: in `/usr/src/php/ext/' + ext + "':",
      'configure: error: no acceptable C compiler found in $PATH',
      "See `config.log' for more details",
    );
    return { log: `${lines.join('\n')}\n`, failed: true };
  }
  lines.push(
    'checking whether the C compiler works... yes',
    'checking for C compiler default output file name... a.out',
    'checking for suffix of executables... ',
    'checking whether we are cross compiling... no',
    'checking for suffix of object files... o',
    'checking whether the compiler supports GNU C... yes',
    'checking how to run the C preprocessor... cc -E',
    'checking build system type... x86_64-pc-linux-gnu',
    'checking host system type... x86_64-pc-linux-gnu',
    'checking for PHP prefix... /usr/local',
    `checking for PHP includes... ${includes(env)}`,
    `checking for PHP extension directory... ${env.extDir}`,
    'checking for PHP installed headers prefix... /usr/local/include/php',
    'checking if debug is enabled... no',
    `checking if zts is enabled... ${env.zts ? 'yes' : 'no'}`,
    `checking for ${ext} support... yes, shared`,
  );
  const need = unmetNeed(io.fs, ext, options);
  if (need) {
    lines.push(...need.failure);
    return { log: `${lines.join('\n')}\n`, failed: true };
  }
  lines.push(
    'checking how to print strings... printf',
    `checking for ld used by cc... ${env.alpine ? '/usr/x86_64-alpine-linux-musl/bin/ld' : '/usr/bin/ld'}`,
    'checking whether the cc linker (/usr/bin/ld -m elf_x86_64) supports shared libraries... yes',
    'checking whether -lc should be explicitly linked in... no',
    'checking dynamic linker characteristics... GNU/Linux ld.so',
    'checking if libtool supports shared libraries... yes',
    'checking whether to build shared libraries... yes',
    'checking whether to build static libraries... no',
    'creating libtool',
    'appending configuration tag "CXX" to libtool',
    'configure: patching config.h.in',
    'configure: creating ./config.status',
    'config.status: creating config.h',
  );
  return { log: `${lines.join('\n')}\n`, failed: false };
}

/** `make` in the extension's directory: libtool's compile lines, the link, "Build complete." */
export function makeLog(
  env: PhpEnv,
  ext: string,
  dir: string,
  name = ext,
  options: readonly string[] = [],
): string {
  const flags = `${includes(env)}  -fstack-protector-strong -fpic -fpie -O2 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64 -DHAVE_CONFIG_H`;
  const out: string[] = [];
  const objects: string[] = [];
  for (const src of sourcesOf(ext)) {
    const base = src.replace(/\.c$/, '');
    out.push(
      `/bin/bash ${dir}/libtool --tag=CC --mode=compile cc -I. -I${dir} -I${dir}/include -I${dir}/main -I${dir} ${flags}    -DZEND_COMPILE_DL_EXT=1 -c ${dir}/${src} -o ${base}.lo  -MMD -MF ${base}.dep -MT ${base}.lo`,
      ` cc -I. -I${dir} -I${dir}/include -I${dir}/main -I${dir} ${flags} -DZEND_COMPILE_DL_EXT=1 -c ${dir}/${src} -MMD -MF ${base}.dep -MT ${base}.lo  -fPIC -DPIC -o ${base.replace(/[^/]+$/, '.libs/$&')}.o`,
    );
    objects.push(`${base}.lo`);
  }
  const libs = linkLibraries(ext, options);
  out.push(
    `/bin/bash ${dir}/libtool --tag=CC --mode=link cc -shared ${includes(env)}  -fstack-protector-strong -fpic -fpie -O2 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64 -DHAVE_CONFIG_H  -Wl,-O1 -pie  -o ${name}.la -export-dynamic -avoid-version -prefer-pic -module -rpath ${dir}/modules  ${objects.join(' ')} ${libs}`,
    `cc -shared  ${objects.map((o) => `.libs/${o.replace(/^.*\//, '').replace(/\.lo$/, '.o')}`).join(' ')}  ${libs} -Wl,-O1 -Wl,-soname -Wl,${name}.so -o .libs/${name}.so`,
    `creating ${name}.la`,
    `(cd .libs && rm -f ${name}.la && ln -s ../${name}.la ${name}.la)`,
    `/bin/bash ${dir}/libtool --tag=CC --mode=install cp ./${name}.la ${dir}/modules`,
    `cp ./.libs/${name}.so ${dir}/modules/${name}.so`,
    `cp ./.libs/${name}.lai ${dir}/modules/${name}.la`,
    `PATH="$PATH:/sbin" ldconfig -n ${dir}/modules`,
    '----------------------------------------------------------------------',
    'Libraries have been installed in:',
    `   ${dir}/modules`,
    '',
    'If you ever happen to want to link against installed libraries',
    'in a given directory, LIBDIR, you must either use libtool, and',
    "specify the full pathname of the library, or use the `-LLIBDIR'",
    'flag during linking and do at least one of the following:',
    "   - add LIBDIR to the `LD_LIBRARY_PATH' environment variable",
    '     during execution',
    "   - add LIBDIR to the `LD_RUN_PATH' environment variable",
    '     during linking',
    "   - use the `-Wl,-rpath -Wl,LIBDIR' linker flag",
    "   - have your system administrator add LIBDIR to `/etc/ld.so.conf'",
    '',
    'See any operating system documentation about shared libraries for',
    'more information, such as the ld(1) and ld.so(8) manual pages.',
    '----------------------------------------------------------------------',
    '',
    'Build complete.',
    "Don't forget to run 'make test'.",
    '',
  );
  return `${out.join('\n')}\n`;
}

/** `make install` of an extension. */
export function installLog(env: PhpEnv): string {
  return `Installing shared extensions:     ${env.extDir}/\n`;
}

/** `make clean` (docker-php-ext-install runs it after installing). */
export const CLEAN_LOG = [
  'find . -name \\*.gcno -o -name \\*.gcda | xargs rm -f',
  'find . -name \\*.lo -o -name \\*.o -o -name \\*.dep | xargs rm -f',
  'find . -name \\*.la -o -name \\*.a | xargs rm -f',
  'find . -name \\*.so | xargs rm -f',
  'find . -name .libs -a -type d|xargs rm -rf',
  'rm -f libphp.la      modules/* libs/*',
  'rm -f ext/opcache/jit/zend_jit_x86.c',
  'rm -f ext/opcache/jit/zend_jit_arm64.c',
  'rm -f ext/opcache/minilua',
  '',
].join('\n');
