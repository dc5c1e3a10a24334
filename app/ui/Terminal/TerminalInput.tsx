/**
 * The prompt line. Enter runs the line, or, when it opens a here-document (or leaves a
 * quote open), keeps collecting lines at a `> ` prompt until it is closed, as bash does.
 * Up/Down walk the history, Tab completes, Ctrl+L clears the screen, Ctrl+C abandons the
 * line (and copies instead when text is selected), a multi-line paste runs unit by unit.
 *
 * Tab completes only while the line has text; on an empty line, after Escape, or with
 * Shift, Tab moves focus as usual, so the terminal never traps the keyboard.
 *
 * The input is uncontrolled: the line lives in the element, read when a key needs it and
 * written only by history, completion, Ctrl+C and Enter. A typed character then costs no
 * React render, and React does not write the input's value, type and name attributes back
 * on each one (it re-syncs all three on every update of a controlled input, and on every
 * input event React hears: see `onInput` below): under a 4x CPU throttle, a keystroke's
 * frame is mostly that work plus the paint.
 */
import { useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';
import { playingBuildKey } from './build-log-cut';
import { complete } from './completion';
import { FRESH, historyDown, historyUp, needsMoreInput, splitPaste } from './line-editing';
import { completionContext } from './world-completion';

export function TerminalInput({
  onEcho,
  onClear,
  inputRef,
  hintId,
}: {
  onEcho: (lines: string[]) => void;
  /** Ctrl+L: forget the lines the terminal printed itself, too. */
  onClear: () => void;
  inputRef: React.RefObject<HTMLInputElement | null>;
  hintId: string;
}) {
  const prompt = useAppStore((s) => s.prompt);
  // While a command runs (the engine works on it, or a build's steps still play), a shell
  // prints no prompt: what is typed goes in ahead, at the start of the line, as in a terminal.
  // One boolean per store update (no key list to build and compare, as useUnplayed would).
  const busy = useAppStore(
    (s) => s.running !== null || s.pendingEvents.some((q) => playingBuildKey(q) !== undefined),
  );
  const runCommand = useAppStore((s) => s.runCommand);
  const runScript = useAppStore((s) => s.runScript);
  const clearTerminal = useAppStore((s) => s.clearTerminal);
  const announce = useAppStore((s) => s.announce);
  const api = useAppStoreApi();
  const [pending, setPending] = useState<string[]>([]);
  const [cursor, setCursor] = useState(FRESH);
  const [options, setOptions] = useState<string[]>([]);
  const tabLeaves = useRef(false);

  const current = () => inputRef.current?.value ?? '';
  /** Puts `text` on the line with the caret at `at`. */
  const show = (text: string, at = text.length) => {
    const el = inputRef.current;
    if (!el) return;
    el.value = text;
    el.setSelectionRange(at, at);
  };
  /** Hides the completion list, without a render when there is none. */
  const clearOptions = () => setOptions((shown) => (shown.length > 0 ? [] : shown));

  const echoLines = (lines: string[]) => lines.map((line, i) => (i === 0 ? prompt : '> ') + line);

  function submit() {
    const value = current();
    const lines = [...pending, value];
    const text = lines.join('\n');
    show('');
    setCursor(FRESH);
    clearOptions();
    if (pending.length === 0 && value.trim() === '') {
      onEcho([prompt]);
      return;
    }
    if (needsMoreInput(text)) {
      setPending(lines);
      return;
    }
    setPending([]);
    void runCommand(text);
  }

  function tab(el: HTMLInputElement) {
    const value = el.value;
    const result = complete(
      value,
      el.selectionEnd ?? value.length,
      completionContext(api.getState().snapshot),
    );
    if (!result) {
      clearOptions();
      return;
    }
    show(result.line, result.cursor);
    setOptions(result.options);
    if (result.options.length > 0) {
      const listed = result.options.slice(0, 12).join(', ');
      announce(
        `${result.options.length} completions: ${listed}${result.options.length > 12 ? ', …' : ''}`,
      );
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const el = e.currentTarget;
    const value = el.value;
    const leaving = tabLeaves.current;
    tabLeaves.current = false;
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      submit();
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      if (pending.length > 0) return;
      // Read when a key asks for it: subscribed, each command's new history entry re-rendered
      // the prompt line, and React wrote its input's attributes back in that frame.
      const history = api.getState().history;
      const step =
        e.key === 'ArrowUp' ? historyUp(history, cursor, value) : historyDown(history, cursor);
      e.preventDefault();
      if (!step) return;
      setCursor(step.cursor);
      show(step.text);
    } else if (e.key === 'Tab') {
      if (e.shiftKey || leaving || value.trim() === '' || e.ctrlKey || e.altKey || e.metaKey)
        return;
      e.preventDefault();
      tab(el);
    } else if (e.key === 'Escape') {
      clearOptions();
      tabLeaves.current = true;
    } else if (e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === 'l') {
      e.preventDefault();
      onClear();
      clearTerminal();
    } else if (e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === 'c') {
      if (el.selectionStart !== el.selectionEnd) return; // Copy the selection, as terminals do.
      e.preventDefault();
      onEcho(echoLines([...pending, `${value}^C`]));
      setPending([]);
      show('');
      setCursor(FRESH);
      clearOptions();
    }
  }

  function onPaste(e: ClipboardEvent<HTMLInputElement>) {
    const text = e.clipboardData.getData('text/plain');
    if (!/[\r\n]/.test(text)) return;
    e.preventDefault();
    const el = e.currentTarget;
    const value = el.value;
    const before = value.slice(0, el.selectionStart ?? value.length);
    const after = value.slice(el.selectionEnd ?? value.length);
    const split = splitPaste([...pending, before + text + after].join('\n'));
    if (split.complete.length > 0) void runScript(split.complete.join('\n'));
    setPending(split.pending);
    setCursor(FRESH);
    show(split.line, split.line.length - after.length);
  }

  // Typing hides the completion list. The listener is the element's own and keeps the event
  // from React: on every input event React "restores" an input's state from its props, even
  // an uncontrolled one's, writing its type and name attributes back, once per keystroke.
  const hideOptions = useRef(clearOptions);
  useLayoutEffect(() => {
    hideOptions.current = clearOptions;
  });
  useLayoutEffect(() => {
    const el = inputRef.current;
    if (!el) return;
    const onInput = (e: Event) => {
      e.stopPropagation();
      hideOptions.current();
    };
    el.addEventListener('input', onInput);
    return () => el.removeEventListener('input', onInput);
  }, [inputRef]);

  return (
    <div className="lc-term__input-area">
      {echoLines(pending).map((line, i) => (
        <div key={i} className="lc-term__line lc-term__pending">
          {line}
        </div>
      ))}
      <div className="lc-term__input-row">
        <span className="lc-term__prompt" aria-hidden="true">
          {pending.length > 0 ? '> ' : busy ? '' : prompt}
        </span>
        <input
          ref={inputRef}
          id={`${hintId}-input`}
          className="lc-term__input"
          type="text"
          aria-label="Terminal"
          aria-describedby={hintId}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
      </div>
      {options.length > 0 && (
        <div className="lc-term__options" data-testid="completions">
          {options.join('  ')}
        </div>
      )}
    </div>
  );
}
