/**
 * The full app's way into presentation mode: a link to `?mode=present` carrying the
 * learner's current session as a share link (`#s=…`), so what is on screen can be presented
 * from its first step. A plain link: it opens in a new tab with the middle button too.
 */
import { sessionOf } from '../../share/open-link';
import { encodeSession } from '../../share/link';
import type { SyntheticEvent } from 'react';
import { useAppStoreApi, type ScenarioStep } from '../../store';

export const PRESENT_PARAM = 'mode';
export const PRESENT_VALUE = 'present';

/** Whether a location's query asks for presentation mode (`?mode=present`). */
export function isPresentSearch(search: string): boolean {
  try {
    return new URLSearchParams(search).get(PRESENT_PARAM) === PRESENT_VALUE;
  } catch {
    return false;
  }
}

/**
 * The presentation address for a session's steps, or the bare one (the default scenario)
 * when there are none or they cannot be encoded. Drafts are left out: a presentation plays
 * commands, and the editor's unsaved text is not one.
 */
export function presentHref(scenario: readonly ScenarioStep[]): string {
  const base = `?${PRESENT_PARAM}=${PRESENT_VALUE}`;
  if (scenario.length === 0) return base;
  try {
    return `${base}#s=${encodeSession(sessionOf({ scenario: [...scenario], drafts: {} }))}`;
  } catch {
    return base;
  }
}

/**
 * The header's link to the presentation of the current session. The address carries the
 * whole session, compressed, so it is written when the person reaches for the link (pointer,
 * keyboard focus, context menu), not after every command: that work grew with the session
 * and landed in the frame that showed each command's result.
 */
export function PresentLink({ className = 'lc-button' }: { className?: string }) {
  const api = useAppStoreApi();
  const address = (e: SyntheticEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = presentHref(api.getState().scenario);
  };
  return (
    <a
      className={className}
      href={presentHref([])}
      title="Present this session step by step, for a projector"
      onPointerEnter={address}
      onPointerDown={address}
      onFocus={address}
      onContextMenu={address}
    >
      Present
    </a>
  );
}
