/**
 * locale and localedef (glibc's libc-bin). `locale` prints the environment's settings as
 * glibc resolves them (a category's value quoted when it is derived from LC_ALL or LANG) and
 * warns on stderr, as the real one does, when the locale they name was never generated;
 * `locale -a` lists C, C.utf8, POSIX and the generated ones. localedef compiles one locale
 * into the archive.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { isDir } from '../common/fs-helpers';
import { addToArchive, availableLocales, isAvailable, normalizeLocale } from './locale-archive';

const CATEGORIES = [
  'LC_CTYPE',
  'LC_NUMERIC',
  'LC_TIME',
  'LC_COLLATE',
  'LC_MONETARY',
  'LC_MESSAGES',
  'LC_PAPER',
  'LC_NAME',
  'LC_ADDRESS',
  'LC_TELEPHONE',
  'LC_MEASUREMENT',
  'LC_IDENTIFICATION',
];

/** A category's value: LC_ALL, else its own variable, else LANG, else POSIX. */
function effective(env: Readonly<Record<string, string>>, category: string): string {
  return env.LC_ALL || env[category] || env.LANG || 'POSIX';
}

function warnings(io: ProgramIO): string {
  const bad = (c: string) => !isAvailable(io.fs, effective(io.env, c));
  let out = '';
  for (const category of ['LC_CTYPE', 'LC_MESSAGES'])
    if (bad(category))
      out += `locale: Cannot set ${category} to default locale: No such file or directory\n`;
  if (CATEGORIES.some(bad))
    out += 'locale: Cannot set LC_ALL to default locale: No such file or directory\n';
  return out;
}

export const localeProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  if (args.includes('-a') || args.includes('--all-locales')) {
    io.stdout(
      availableLocales(io.fs)
        .map((l) => `${l}\n`)
        .join(''),
    );
    return 0;
  }
  io.stderr(warnings(io));
  if (args[0] === 'charmap') {
    const ctype = effective(io.env, 'LC_CTYPE');
    const utf8 = isAvailable(io.fs, ctype) && /\.utf8/.test(normalizeLocale(ctype));
    io.stdout(`${utf8 ? 'UTF-8' : 'ANSI_X3.4-1968'}\n`);
    return 0;
  }
  const env = io.env;
  const lines = [`LANG=${env.LANG ?? ''}`, `LANGUAGE=${env.LANGUAGE ?? ''}`];
  for (const category of CATEGORIES) {
    const own = env[category];
    lines.push(
      own && !env.LC_ALL ? `${category}=${own}` : `${category}="${effective(env, category)}"`,
    );
  }
  lines.push(`LC_ALL=${env.LC_ALL ?? ''}`);
  io.stdout(lines.map((l) => `${l}\n`).join(''));
  return 0;
};

/** localedef [-c] [-i INPUT] [-f CHARMAP] [-A ALIASES] NAME: adds NAME to the archive. */
export const localedefProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  const operands: string[] = [];
  let input: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (['-i', '-f', '-A', '-u', '--prefix'].includes(arg)) {
      if (arg === '-i') input = args[i + 1];
      i++;
    } else if (arg.startsWith('--inputfile=')) input = arg.slice('--inputfile='.length);
    else if (!arg.startsWith('-')) operands.push(arg);
  }
  const name = operands[0];
  if (!name) {
    io.stderr(
      "localedef: wrong number of arguments\nTry `localedef --help' or `localedef --usage' for more information.\n",
    );
    return 4;
  }
  // The definitions come with the locales package (/usr/share/i18n/locales).
  if (input && !input.includes('/') && !isDir(io.fs, '/usr/share/i18n/locales')) {
    io.stderr(
      `localedef: cannot open locale definition file \`${input}': No such file or directory\n`,
    );
    return 4;
  }
  addToArchive(io.fs, [name]);
  io.spend(1_500);
  return 0;
};
