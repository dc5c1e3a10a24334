/** Formatting times as date(1), ls and stat print them (UTC: containers have no TZ set). */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number, width = 2, fill = '0'): string => String(n).padStart(width, fill);

/** strftime with the conversions scripts use. */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  const dayOfYear = Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
  return format.replace(/%([-_0^#]?)([a-zA-Z%+])/g, (whole, flag: string, conv: string) => {
    const num = (n: number, width = 2): string =>
      flag === '-' ? String(n) : flag === '_' ? pad(n, width, ' ') : pad(n, width);
    switch (conv) {
      case 'Y':
        return String(d.getUTCFullYear());
      case 'y':
        return num(d.getUTCFullYear() % 100);
      case 'm':
        return num(d.getUTCMonth() + 1);
      case 'd':
        return num(d.getUTCDate());
      case 'e':
        return flag === '-' ? String(d.getUTCDate()) : pad(d.getUTCDate(), 2, ' ');
      case 'H':
        return num(d.getUTCHours());
      case 'I':
        return num(((d.getUTCHours() + 11) % 12) + 1);
      case 'M':
        return num(d.getUTCMinutes());
      case 'S':
        return num(d.getUTCSeconds());
      case 'N':
        return pad((ms % 1000) * 1000000, 9);
      case 'p':
        return d.getUTCHours() < 12 ? 'AM' : 'PM';
      case 's':
        return String(Math.floor(ms / 1000));
      case 'j':
        return num(dayOfYear, 3);
      case 'u':
        return String(d.getUTCDay() || 7);
      case 'w':
        return String(d.getUTCDay());
      case 'a':
        return (DAYS[d.getUTCDay()] as string).slice(0, 3);
      case 'A':
        return DAYS[d.getUTCDay()] as string;
      case 'b':
      case 'h':
        return (MONTHS[d.getUTCMonth()] as string).slice(0, 3);
      case 'B':
        return MONTHS[d.getUTCMonth()] as string;
      case 'Z':
        return 'UTC';
      case 'z':
        return '+0000';
      case 'F':
        return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      case 'T':
        return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
      case 'R':
        return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
      case 'D':
        return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${pad(d.getUTCFullYear() % 100)}`;
      case 'c':
        return strftime('%a %b %e %H:%M:%S %Y', ms);
      case 'x':
        return strftime('%m/%d/%y', ms);
      case 'X':
        return strftime('%H:%M:%S', ms);
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case '%':
        return '%';
      case '+':
        return strftime('%a %b %e %H:%M:%S %Z %Y', ms);
      default:
        return whole;
    }
  });
}

/** `date`'s default output: Wed Jan 15 12:30:45 UTC 2025. */
export const DATE_DEFAULT = '%a %b %e %H:%M:%S %Z %Y';
