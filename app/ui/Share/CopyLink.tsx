/**
 * "Copy link": the session (its steps and the editor's unsaved text) as a share link in
 * the clipboard. When the browser will not copy, the link is shown, selected, to copy by
 * hand. Too long a session says so instead.
 */
import { useId, useState } from 'react';
import { useAppStoreApi } from '../../store';
import { sessionOf } from '../../share/open-link';
import { copyText } from './download';
import { linkFor } from './share-url';

export function CopyLink() {
  const api = useAppStoreApi();
  const statusId = useId();
  const [result, setResult] = useState<{ text: string; url?: string } | null>(null);

  const copy = async () => {
    const link = linkFor(location.href, sessionOf(api.getState()));
    if (!link.ok) {
      setResult({ text: link.error });
      return;
    }
    const copied = await copyText(link.url);
    const text = copied
      ? 'Link copied. It opens this session, step by step, in any browser.'
      : 'Copy this link:';
    setResult({ text, ...(copied ? {} : { url: link.url }) });
    api.getState().announce(copied ? 'Share link copied' : 'The share link is shown to copy');
  };

  return (
    <span className="lc-share__copy">
      <button type="button" onClick={() => void copy()} aria-describedby={statusId}>
        Copy link
      </button>
      <span id={statusId} role="status" className="lc-share__status">
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
      </span>
    </span>
  );
}
