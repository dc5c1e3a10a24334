/**
 * The terminal under the views: the scrollback and the prompt line. Clicking anywhere in
 * it (without selecting text to copy) puts the cursor in the prompt line.
 */
import { useCallback, useId, useRef, useState } from 'react';
import { useAppStoreApi } from '../../store';
import { TerminalInput } from './TerminalInput';
import { TerminalOutput, type Echo } from './TerminalOutput';
import './Terminal.css';

export function Terminal() {
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [echoes, setEchoes] = useState<Echo[]>([]);
  const nextEcho = useRef(1);
  const api = useAppStoreApi();
  const onEcho = useCallback(
    (lines: string[]) => {
      // After the newest item at echo time: that is where it sits in the scrollback.
      const afterId = api.getState().transcript.at(-1)?.id ?? 0;
      const echo = { id: nextEcho.current++, afterId, lines };
      setEchoes((all) => [...all.slice(-50), echo]);
    },
    [api],
  );
  const onClear = useCallback(() => setEchoes([]), []);

  return (
    <div
      className="lc-term"
      onMouseUp={() => {
        if (window.getSelection()?.isCollapsed !== false) input.current?.focus();
      }}
    >
      <div className="lc-bound">
        <TerminalOutput echoes={echoes} />
      </div>
      <TerminalInput onEcho={onEcho} onClear={onClear} inputRef={input} hintId={hintId} />
      <p id={hintId} className="lc-term__hint">
        <kbd>Enter</kbd> runs · <kbd>Tab</kbd> completes · <kbd>↑</kbd> <kbd>↓</kbd> history ·{' '}
        <kbd>Ctrl</kbd>+<kbd>L</kbd> clears · <kbd>Ctrl</kbd>+<kbd>C</kbd> cancels · <kbd>Esc</kbd>{' '}
        then <kbd>Tab</kbd> leaves
      </p>
    </div>
  );
}
