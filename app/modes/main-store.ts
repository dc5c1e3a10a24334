/**
 * The full app's store as the address asks for it: a share link (`#s=…`) opens that
 * session from memory, leaving the person's saved work alone; a bad link opens the page as
 * usual, with a notice saying why (app/share/open-link.ts).
 */
import { openingFor } from '../share/open-link';
import { readFragment } from '../share/link';
import { createAppStore, type AppStoreApi } from '../store';

/** Above any id the store gives its own notices, so React keys never collide. */
const LINK_NOTICE_ID = 1_000_000_000;

export function createMainStore(location: Pick<Location, 'hash'>, now = Date.now()): AppStoreApi {
  const opening = openingFor(location.hash, now);
  const store = createAppStore(opening.options);
  if (opening.notice) store.setState({ notice: { id: LINK_NOTICE_ID, ...opening.notice } });
  return store;
}

/**
 * Pasting another share link into the address bar changes only the fragment, which does
 * not reload the page: reload, so the new session opens the way a fresh visit would.
 */
export function reloadOnNewLink(win: Window): void {
  const linkOf = (hash: string) => {
    const link = readFragment(hash);
    return link.kind === 'none' ? '' : hash;
  };
  let current = linkOf(win.location.hash);
  win.addEventListener('hashchange', () => {
    const next = linkOf(win.location.hash);
    if (next !== '' && next !== current) win.location.reload();
    current = next;
  });
}

/** Whether the address asks for the guided lessons (`?mode=lessons`). */
export function isLessonsSearch(search: string): boolean {
  return new URLSearchParams(search).get('mode') === 'lessons';
}
