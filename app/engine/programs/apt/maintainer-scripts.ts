/**
 * The visible output of a few packages' maintainer scripts and triggers, for the packages
 * people install most (ca-certificates, tzdata). Other packages configure silently here.
 */
import type { ProgramIO } from '../../shell/program';
import { strftime } from '../../shell/programs/clock';
import { enabledLocales, writeDefaultLocaleGen } from '../misc/locale-archive';
import { generateLocales } from '../misc/locale-gen';

export function maintainerOutput(name: string, now: number): string | undefined {
  if (name === 'ca-certificates') {
    return 'Updating certificates in /etc/ssl/certs...\n146 added, 0 removed; done.\n';
  }
  if (name === 'tzdata') {
    const stamp = cDate(now + 3000);
    return (
      "\nCurrent default time zone: 'Etc/UTC'\n" +
      `Local time is now:      ${stamp}.\n` +
      `Universal Time is now:  ${stamp}.\n` +
      "Run 'dpkg-reconfigure tzdata' if you wish to change it.\n\n"
    );
  }
  return undefined;
}

/**
 * Maintainer scripts that change files as they configure: the locales postinst writes a fully
 * commented /etc/locale.gen when there is none, then runs locale-gen (which says what it did).
 */
export function maintainerEffects(name: string, io: ProgramIO): string | undefined {
  if (name === 'locales') {
    writeDefaultLocaleGen(io.fs);
    return generateLocales(io, enabledLocales(io.fs));
  }
  return undefined;
}

export function triggerOutput(name: string, version: string): string {
  if (name === 'ca-certificates') {
    return (
      `Processing triggers for ca-certificates (${version}) ...\n` +
      'Updating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\n' +
      'Running hooks in /etc/ca-certificates/update.d...\ndone.\n'
    );
  }
  return `Processing triggers for ${name} (${version}) ...\n`;
}

/** date(1)'s default format in the C locale: "Thu Jan 15 09:00:03 UTC 2026". */
export function cDate(ms: number): string {
  return strftime('%a %b %d %H:%M:%S UTC %Y', ms);
}
