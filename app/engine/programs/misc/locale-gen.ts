/**
 * locale-gen and update-locale (Debian's and Ubuntu's `locales` package). Debian's
 * locale-gen compiles the locales /etc/locale.gen enables and ignores locale names given to it
 * (the classic `locale-gen en_US.UTF-8` that generates nothing on Debian); Ubuntu's adds the
 * ones named. update-locale writes /etc/default/locale, refusing a locale that was not
 * generated.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { readText, writeText } from '../common/fs-helpers';
import { addToArchive, enabledLocales, isAvailable, LOCALE_GEN } from './locale-archive';

const DEFAULT_LOCALE = '/etc/default/locale';

function isUbuntu(io: ProgramIO): boolean {
  return /^ID=ubuntu$/m.test(readText(io.fs, '/etc/os-release') ?? '');
}

/** "  en_US.UTF-8... done": the base name, the charset, then any @modifier. */
function generatedLine(locale: string, charset: string): string {
  const base = locale.replace(/[.@].*$/, '');
  const modifier = /@.*$/.exec(locale)?.[0] ?? '';
  return `  ${base}.${charset}${modifier}... done\n`;
}

/** Compiles locales into the archive, printing locale-gen's lines. Used by the postinst too. */
export function generateLocales(io: ProgramIO, wanted: [string, string][]): string {
  let out = 'Generating locales (this might take a while)...\n';
  for (const [locale, charset] of wanted) {
    out += generatedLine(locale, charset);
    io.spend(1_800);
  }
  addToArchive(
    io.fs,
    wanted.map(([locale, charset]) => (locale.includes('.') ? locale : `${locale}.${charset}`)),
  );
  return `${out}Generation complete.\n`;
}

export const localeGenProgram: Program = (argv, io) => {
  const names = argv.slice(1).filter((a) => !a.startsWith('-'));
  let wanted = enabledLocales(io.fs);
  if (isUbuntu(io) && names.length > 0) {
    wanted = names.map((n) => [n, /\.(.+)$/.exec(n)?.[1] ?? 'ISO-8859-1']);
  } else if (!readText(io.fs, LOCALE_GEN)) {
    // No /etc/locale.gen (or an empty one): the script exits before saying anything.
    return 0;
  }
  io.stdout(generateLocales(io, wanted));
  if (wanted.length === 0)
    io.note('locale-gen generated nothing: /etc/locale.gen enables no locale (all are "# ").');
  return 0;
};

const KEYS = /^(LANG|LANGUAGE|LC_[A-Z]+)$/;

export const updateLocaleProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  const checks = !args.includes('--no-checks');
  const fileArg = args.find((a) => a.startsWith('--locale-file='));
  const file = fileArg ? fileArg.slice('--locale-file='.length) : DEFAULT_LOCALE;
  const settings = args.filter((a) => !a.startsWith('--'));
  const lines = (args.includes('--reset') ? '' : (readText(io.fs, file) ?? ''))
    .split('\n')
    .filter(Boolean);
  const values = new Map(
    lines.map((l) => [l.split('=')[0] ?? '', l.slice(l.indexOf('=') + 1)] as const),
  );
  for (const setting of settings) {
    const [key = '', value] = setting.split(/=(.*)/s, 2);
    if (!KEYS.test(key)) {
      io.stderr(`update-locale: Error: invalid variable name: ${key}\n`);
      return 1;
    }
    if (value === undefined) values.delete(key);
    else values.set(key, value);
  }
  if (checks) {
    const bad = [...values].filter(([k, v]) => k !== 'LANGUAGE' && !isAvailable(io.fs, v));
    if (bad.length > 0) {
      io.stderr(
        `*** update-locale: Error: invalid locale settings:  ${bad.map(([k, v]) => `${k}=${v}`).join(' ')}\n`,
      );
      return 1;
    }
  }
  writeText(io.fs, file, [...values].map(([k, v]) => `${k}=${v}\n`).join(''), 0o644);
  return 0;
};
