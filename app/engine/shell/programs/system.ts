/** hostname, uname, date, sleep, nproc, kill, arch: the machine as a container sees it. */
import type { Program, ProgramIO } from '../program';
import { DATE_DEFAULT, strftime } from './clock';
import { abs, options } from './support';
import { mtimeOf, parseDateString } from './times';

export const KERNEL = {
  release: '6.10.14-linuxkit',
  version: '#1 SMP PREEMPT_DYNAMIC Fri Nov 29 17:24:06 UTC 2024',
  machine: 'x86_64',
};

export function hostName(io: ProgramIO): string {
  const read = io.fs.readFile('/etc/hostname');
  const fromFile = read.ok ? (read.value.text ?? '').trim() : '';
  return fromFile || io.env.HOSTNAME || 'localhost';
}

export const hostname: Program = (argv, io) => {
  if (argv.includes('-i') || argv.includes('-I'))
    io.stdout(argv.includes('-I') ? '172.17.0.2 \n' : '172.17.0.2\n');
  // -s: the short name, up to the first dot (`box.example` → `box`).
  else if (argv.includes('-s')) io.stdout(`${hostName(io).split('.')[0]}\n`);
  else io.stdout(`${hostName(io)}\n`);
  return 0;
};

export const uname: Program = (argv, io) => {
  const opts = options(
    'uname',
    argv,
    {
      flags: 'asnrvmpio',
      long: {
        all: 'a',
        'kernel-name': 's',
        nodename: 'n',
        'kernel-release': 'r',
        'kernel-version': 'v',
        machine: 'm',
        processor: 'p',
        'hardware-platform': 'i',
        'operating-system': 'o',
      },
    },
    io,
  );
  if (!opts) return 1;
  const all = opts.has('a');
  const fields: [string, string][] = [
    ['s', 'Linux'],
    ['n', hostName(io)],
    ['r', KERNEL.release],
    ['v', KERNEL.version],
    ['m', KERNEL.machine],
    ['p', io.userland === 'busybox' ? KERNEL.machine : 'unknown'],
    ['i', io.userland === 'busybox' ? KERNEL.machine : 'unknown'],
    ['o', 'GNU/Linux'],
  ];
  const any = fields.some(([k]) => opts.has(k));
  const shown = fields.filter(([k, v]) =>
    all
      ? !(v === 'unknown' || (io.userland === 'busybox' && (k === 'p' || k === 'i')))
      : any
        ? opts.has(k)
        : k === 's',
  );
  io.stdout(shown.map(([, v]) => v).join(' ') + '\n');
  return 0;
};

export const date: Program = (argv, io) => {
  const opts = options(
    'date',
    argv,
    {
      flags: 'uRI',
      values: 'dr',
      long: {
        utc: 'u',
        'date=': 'd',
        'iso-8601': 'I',
        'iso-8601=': 'I',
        'rfc-2822': 'R',
        'rfc-email': 'R',
        'reference=': 'r',
      },
    },
    io,
  );
  if (!opts) return 1;
  let ms = io.now;
  const reference = opts.value('r');
  if (reference !== undefined) {
    const st = io.fs.stat(abs(io, reference));
    if (!st.ok) {
      io.stderr(
        io.userland === 'busybox'
          ? `date: can't stat '${reference}': No such file or directory\n`
          : `date: ${reference}: No such file or directory\n`,
      );
      return 1;
    }
    ms = mtimeOf(st.value.node, io.now);
  }
  const spec = opts.value('d');
  if (spec !== undefined) {
    const parsed = parseDateString(spec, io.now);
    if (parsed === undefined) {
      io.stderr(`date: invalid date '${spec}'\n`);
      return 1;
    }
    ms = parsed;
  }
  const format = opts.operands.find((o) => o.startsWith('+'));
  let text: string;
  if (format) text = strftime(format.slice(1), ms);
  else if (opts.has('R')) text = strftime('%a, %d %b %Y %H:%M:%S %z', ms);
  else if (opts.has('I')) {
    const precision = opts.list.find(([k]) => k === 'I')?.[1];
    text =
      precision === 'seconds'
        ? strftime('%Y-%m-%dT%H:%M:%S+00:00', ms)
        : precision === 'ns'
          ? strftime('%Y-%m-%dT%H:%M:%S,%N+00:00', ms)
          : strftime('%F', ms);
  } else text = strftime(DATE_DEFAULT, ms);
  io.stdout(text + '\n');
  return 0;
};

/** Parses sleep's durations: 5, 0.5, 2m, 1h, 1d, summed. */
export function parseDuration(args: readonly string[]): number | undefined {
  let total = 0;
  for (const arg of args) {
    const m = /^([0-9]*\.?[0-9]+)([smhd]?)$/.exec(arg);
    if (!m) return undefined;
    total += Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as string] ?? 1);
  }
  return total * 1000;
}

export const sleep: Program = (argv, io) => {
  const args = argv.slice(1);
  if (args.length === 0) {
    io.stderr(
      io.userland === 'busybox'
        ? 'Usage: sleep [N]...\n'
        : "sleep: missing operand\nTry 'sleep --help' for more information.\n",
    );
    return 1;
  }
  if (args.includes('infinity')) {
    io.note('sleep infinity never returns on a real system; the simulation moves on.');
    return 0;
  }
  const ms = parseDuration(args);
  if (ms === undefined) {
    const bad = args.find((a) => parseDuration([a]) === undefined);
    io.stderr(
      io.userland === 'busybox'
        ? `sleep: invalid number '${bad}'\n`
        : `sleep: invalid time interval '${bad}'\nTry 'sleep --help' for more information.\n`,
    );
    return 1;
  }
  io.spend(ms);
  return 0;
};

export const nproc: Program = (_argv, io) => {
  io.stdout('4\n');
  return 0;
};

export const arch: Program = (_argv, io) => {
  io.stdout(`${KERNEL.machine}\n`);
  return 0;
};

export const kill: Program = (argv, io) => {
  if (argv[1] === '-l') {
    io.stdout('HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM\n');
    return 0;
  }
  io.note('kill: the simulation runs no background processes to signal.');
  return 0;
};
