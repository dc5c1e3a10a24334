/**
 * Which presentation command a key press stands for. Pure, so the key map is tested without
 * a browser; the player decides whether the key reached it at all (focus, typing targets).
 */

export type PlayerCommand =
  | 'next'
  | 'back'
  | 'start'
  | 'end'
  | 'toggle-play'
  | 'faster'
  | 'slower'
  | 'blank'
  | 'fullscreen'
  | 'help'
  | 'escape';

/** The parts of a KeyboardEvent (and its target) the key map reads. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The target's tag name (upper case, as the DOM gives it), e.g. 'TEXTAREA'. */
  targetTag?: string;
  /** The target or an ancestor is contenteditable (CodeMirror's editor is). */
  targetEditable?: boolean;
  /** The target's role attribute, if any (a custom textbox). */
  targetRole?: string | null;
}

const KEYS: Readonly<Record<string, PlayerCommand>> = {
  ArrowRight: 'next',
  ' ': 'next',
  Spacebar: 'next',
  PageDown: 'next',
  ArrowLeft: 'back',
  PageUp: 'back',
  Home: 'start',
  End: 'end',
  p: 'toggle-play',
  P: 'toggle-play',
  '+': 'faster',
  '=': 'faster',
  '-': 'slower',
  _: 'slower',
  b: 'blank',
  B: 'blank',
  // A presenter's clicker sends "." for its blank button in PowerPoint's convention.
  '.': 'blank',
  f: 'fullscreen',
  F: 'fullscreen',
  '?': 'help',
  Escape: 'escape',
};

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const TYPING_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);
/** Controls that Space and Enter already activate: the key belongs to them. */
const ACTIVATED_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);

/** Whether the key press happened while typing: then no key is a presentation command. */
export function isTyping(press: KeyPress): boolean {
  if (press.targetEditable) return true;
  if (press.targetTag && TYPING_TAGS.has(press.targetTag)) return true;
  return !!press.targetRole && TYPING_ROLES.has(press.targetRole);
}

/** The command for a key press, or null when the key is not the player's to take. */
export function commandForKey(press: KeyPress): PlayerCommand | null {
  // Ctrl+F, Cmd+P and Alt+Left belong to the browser.
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (isTyping(press)) return null;
  if ((press.key === ' ' || press.key === 'Enter') && press.targetTag) {
    if (ACTIVATED_TAGS.has(press.targetTag)) return null;
  }
  return KEYS[press.key] ?? null;
}

/** The keys the help overlay lists, in the order a teacher reaches for them. */
export const KEY_HELP: readonly { keys: string[]; does: string }[] = [
  { keys: ['→', 'Space', 'Page Down'], does: 'Run the next step' },
  { keys: ['←', 'Page Up'], does: 'Undo the last step' },
  { keys: ['Home'], does: 'Back to the start' },
  { keys: ['End'], does: 'Run every remaining step' },
  { keys: ['P'], does: 'Play or pause (steps advance on their own)' },
  { keys: ['+', '−'], does: 'Faster or slower' },
  { keys: ['B'], does: 'Blank the screen (B again to return)' },
  { keys: ['F'], does: 'Full screen on or off' },
  { keys: ['?'], does: 'This help' },
  { keys: ['Esc'], does: 'Close the help, or the blank screen' },
];
