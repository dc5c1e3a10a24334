/** The `?` overlay: every key the player takes, in a dialog that Escape or ? closes. */
import { useEffect, useId, useRef } from 'react';
import { KEY_HELP } from './player-keys';

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="lc-present__overlay">
      <div
        className="lc-present__help"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="present-help"
      >
        <h2 id={titleId}>Keys for presenting</h2>
        <table>
          <tbody>
            {KEY_HELP.map((row) => (
              <tr key={row.does}>
                <th scope="row">
                  {row.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' or '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </th>
                <td>{row.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>Keys work while the presentation has focus, never while you type in a field.</p>
        <button ref={close} type="button" className="lc-button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
