/**
 * "Start over": back to the opening example. It discards the person's work, so it asks
 * first, in a modal dialog (the browser's own focus handling and Escape to cancel).
 */
import { useId, useRef } from 'react';
import { useAppStore } from '../../store';

export function StartOver() {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const reset = useAppStore((s) => s.reset);
  return (
    <>
      <button type="button" className="lc-button" onClick={() => dialog.current?.showModal()}>
        Start over
      </button>
      <dialog ref={dialog} className="lc-dialog" aria-labelledby={titleId}>
        <form method="dialog">
          <h2 id={titleId}>Start over with the example?</h2>
          <p>
            Your Dockerfile, files, images and containers are replaced by the opening example. This
            cannot be undone.
          </p>
          <div className="lc-dialog__actions">
            <button type="submit" className="lc-button" value="cancel" autoFocus>
              Keep my work
            </button>
            <button
              type="submit"
              className="lc-button lc-button--primary"
              value="reset"
              onClick={() => void reset()}
            >
              Start over
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
