/**
 * "Copy link": the session (its steps and the editor's unsaved text) as a share link in
 * the clipboard. The result shows in a small bubble under the button, so the header keeps
 * its size: "Link copied" fades after a few seconds (the live region has said it too);
 * when the browser will not copy, the link is shown, selected, to copy by hand, until
 * closed. Too long a session says so instead.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useAppStoreApi } from '../../store';
import { sessionOf } from '../../share/open-link';
import { copyText } from './download';
import { linkFor } from './share-url';

/** How long "Link copied" stays: long enough to read twice. */
const COPIED_MS = 6000;

export function CopyLink() {
  const api = useAppStoreApi();
  const statusId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [result, setResult] = useState<{ text: string; url?: string; fades: boolean } | null>(null);

  useEffect(() => {
    if (!result?.fades) return;
    const timer = setTimeout(() => setResult(null), COPIED_MS);
    return () => clearTimeout(timer);
  }, [result]);

  /** Closes the bubble by hand; focus goes back to the button rather than the page. */
  const close = () => {
    setResult(null);
    button.current?.focus();
  };

  const copy = async () => {
    const link = linkFor(location.href, sessionOf(api.getState()));
    if (!link.ok) {
      setResult({ text: link.error, fades: false });
      return;
    }
    const copied = await copyText(link.url);
    const text = copied
      ? 'Link copied. It opens this session, step by step, in any browser.'
      : 'Copy this link:';
    setResult({ text, fades: copied, ...(copied ? {} : { url: link.url }) });
    api.getState().announce(copied ? 'Share link copied' : 'The share link is shown to copy');
  };

  return (
    <span className="lc-share__copy">
      <button
        ref={button}
        type="button"
        className="lc-button lc-share__item"
        onClick={() => void copy()}
        aria-describedby={statusId}
      >
        Copy link
      </button>
      <span
        id={statusId}
        role="status"
        className="lc-share__status"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && result) {
            e.stopPropagation();
            close();
          }
        }}
      >
        {result?.text}
        {result?.url && (
          <input
            className="lc-share__url"
            readOnly
            value={result.url}
            aria-label="Share link"
            onFocus={(e) => e.currentTarget.select()}
            autoFocus
          />
        )}
        {result && !result.fades && (
          <button type="button" className="lc-button" onClick={close}>
            Close
          </button>
        )}
      </span>
    </span>
  );
}
