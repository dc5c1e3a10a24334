/**
 * dpkg-architecture and dpkg-buildflags (package dpkg-dev), which official Dockerfiles ask
 * for the GNU build triplet and Debian's hardening flags before running ./configure. The
 * simulation always runs on amd64: glibc on Debian and Ubuntu, musl on Alpine (where
 * dpkg-architecture says `x86_64-linux-musl`, as python's alpine images rely on).
 */
import type { Program, ProgramIO } from '../../shell/program';

function architecture(io: ProgramIO): Record<string, string> {
  const musl = io.userland === 'busybox';
  const cpu: Record<string, string> = {
    ARCH: musl ? 'musl-linux-amd64' : 'amd64',
    ARCH_ABI: 'base',
    ARCH_BITS: '64',
    ARCH_CPU: 'amd64',
    ARCH_ENDIAN: 'little',
    ARCH_LIBC: musl ? 'musl' : 'gnu',
    ARCH_OS: 'linux',
    GNU_CPU: 'x86_64',
    GNU_SYSTEM: musl ? 'linux-musl' : 'linux-gnu',
    GNU_TYPE: musl ? 'x86_64-linux-musl' : 'x86_64-linux-gnu',
    MULTIARCH: musl ? 'x86_64-linux-musl' : 'x86_64-linux-gnu',
  };
  const vars: Record<string, string> = {};
  for (const role of ['BUILD', 'HOST', 'TARGET'])
    for (const [key, value] of Object.entries(cpu)) vars[`DEB_${role}_${key}`] = value;
  return vars;
}

export const dpkgArchitectureProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  const vars = architecture(io);
  const query = (() => {
    const i = args.findIndex((a) => a === '-q' || a === '--query' || a.startsWith('--query='));
    if (i < 0) return undefined;
    const arg = args[i] as string;
    return arg.startsWith('--query=') ? arg.slice(8) : (args[i + 1] ?? '');
  })();
  if (args.includes('--version')) {
    io.stdout('Debian dpkg-architecture version 1.22.21.\n');
    return 0;
  }
  if (query !== undefined) {
    const value = vars[query];
    if (value === undefined) {
      io.stderr(`dpkg-architecture: error: ${query} is not a supported variable name\n`);
      return 255;
    }
    io.stdout(`${value}\n`);
    return 0;
  }
  const equal = args.find((a, i) => ['-e', '--equal'].includes(args[i - 1] ?? '') && a);
  if (equal !== undefined) return equal === vars.DEB_HOST_ARCH ? 0 : 1;
  const is = args.find((a, i) => ['-i', '--is'].includes(args[i - 1] ?? '') && a);
  if (is !== undefined)
    return ['any', 'linux-any', 'any-amd64', vars.DEB_HOST_ARCH].includes(is) ? 0 : 1;
  io.stdout(
    Object.entries(vars)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
  return 0;
};

function buildflags(io: ProgramIO): Record<string, string> {
  if (io.userland === 'busybox') {
    return { CFLAGS: '-g -O2', CPPFLAGS: '', CXXFLAGS: '-g -O2', LDFLAGS: '', FFLAGS: '-g -O2' };
  }
  const prefixMap = `-ffile-prefix-map=${io.cwd}=.`;
  const hardening =
    '-fstack-protector-strong -fstack-clash-protection -Wformat -Werror=format-security -fcf-protection';
  return {
    ASFLAGS: '',
    CFLAGS: `-g -O2 -Werror=implicit-function-declaration ${prefixMap} ${hardening}`,
    CPPFLAGS: '-Wdate-time -D_FORTIFY_SOURCE=2',
    CXXFLAGS: `-g -O2 ${prefixMap} ${hardening}`,
    DFLAGS: '-frelease',
    FCFLAGS: `-g -O2 ${prefixMap} -fstack-protector-strong -fstack-clash-protection -fcf-protection`,
    FFLAGS: `-g -O2 ${prefixMap} -fstack-protector-strong -fstack-clash-protection -fcf-protection`,
    LDFLAGS: '-Wl,-z,relro',
    OBJCFLAGS: `-g -O2 ${prefixMap} ${hardening}`,
    OBJCXXFLAGS: `-g -O2 ${prefixMap} ${hardening}`,
  };
}

export const dpkgBuildflagsProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  const flags = buildflags(io);
  const get = args.findIndex((a) => a === '--get');
  if (get >= 0) {
    const name = args[get + 1] ?? '';
    const value = flags[name];
    if (value === undefined) {
      io.stderr(
        `dpkg-buildflags: error: ${name === '' ? '--get needs a parameter' : `${name} is not a supported flag`}\n`,
      );
      return 255;
    }
    io.stdout(`${value}\n`);
    return 0;
  }
  const exportArg = args.find((a) => a.startsWith('--export'));
  if (exportArg !== undefined) {
    const format = exportArg.split('=')[1] ?? 'sh';
    const lines = Object.entries(flags).map(([k, v]) =>
      format === 'make'
        ? `export ${k} := ${v}`
        : format === 'configure'
          ? `${k}="${v}"`
          : `export ${k}="${v}"`,
    );
    io.stdout(format === 'configure' ? `${lines.join(' ')}\n` : `${lines.join('\n')}\n`);
    return 0;
  }
  io.stdout(
    Object.entries(flags)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
  return 0;
};
