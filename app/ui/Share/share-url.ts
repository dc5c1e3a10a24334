/** Addresses for the current page: the share link, and where the app is published. */
import { MAX_ENCODED, shareUrl } from '../../share/link';
import type { SessionDoc } from '../../share/session-doc';

/** The app's own address without query or fragment (a share link opens the full app). */
export function appAddress(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

/** The folder the app is published in (embed.html and layercake-player.js sit there too). */
export function appBase(href: string): string {
  return new URL('./', appAddress(href)).href;
}

export type LinkResult = { ok: true; url: string } | { ok: false; error: string };

export function linkFor(href: string, doc: SessionDoc): LinkResult {
  const url = shareUrl(appAddress(href), doc);
  const value = url.slice(url.indexOf('#s=') + 3);
  if (value.length > MAX_ENCODED)
    return {
      ok: false,
      error: `This session is too long for a link (${Math.ceil(value.length / 1024)} KB packed; links hold ${MAX_ENCODED / 1024} KB). Undo a few steps, or remove large files, and try again.`,
    };
  return { ok: true, url };
}
