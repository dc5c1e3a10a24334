/**
 * "Embed": the two snippets that put the current session in a documentation page, an
 * iframe or the <layercake-player> element, with the player's options. Snippets are
 * shown in read-only text fields (text, never HTML) with a copy button each.
 */
import { useId, useMemo, useState } from 'react';
import { THEMES, VIEWS, type EmbedTheme, type View } from '../../embed/config';
import { elementSnippet, iframeSnippet } from '../../embed/snippets';
import { encodeSession } from '../../share/link';
import { sessionOf } from '../../share/open-link';
import { useAppStore } from '../../store';
import { copyText } from '../Share/download';
import { appBase } from '../Share/share-url';
import { useModal } from '../Share/use-modal';

const VIEW_LABELS: Record<View, string> = {
  editor: 'Dockerfile',
  layers: 'Image layers',
  containers: 'Containers',
  terminal: 'Terminal',
};

function Snippet({ label, text }: { label: string; text: string }) {
  const id = useId();
  const [said, setSaid] = useState('');
  return (
    <div className="lc-share-dialog__snippet">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        readOnly
        value={text}
        rows={Math.min(14, text.split('\n').length + Math.ceil(text.length / 90))}
        spellCheck={false}
      />
      <button
        type="button"
        onClick={() =>
          void copyText(text).then((ok) =>
            setSaid(ok ? 'Copied.' : 'Select the text and copy it by hand.'),
          )
        }
      >
        Copy {label.toLowerCase()}
      </button>
      <span role="status">{said}</span>
    </div>
  );
}

export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const ref = useModal();
  const ids = { title: useId(), theme: useId(), name: useId() };
  const scenario = useAppStore((s) => s.scenario);
  const drafts = useAppStore((s) => s.drafts);
  const [views, setViews] = useState<View[]>(['layers', 'containers', 'terminal']);
  const [theme, setTheme] = useState<EmbedTheme>('system');
  const [autoplay, setAutoplay] = useState(false);
  const [interactive, setInteractive] = useState(true);
  const [title, setTitle] = useState('');
  const session = useMemo(() => encodeSession(sessionOf({ scenario, drafts })), [scenario, drafts]);
  const options = {
    base: appBase(location.href),
    session,
    views: views.length ? views : (['layers'] as View[]),
    theme,
    autoplay,
    interactive,
    title,
  };
  const toggle = (view: View, on: boolean) =>
    setViews((all) => VIEWS.filter((v) => (v === view ? on : all.includes(v))));

  return (
    <dialog ref={ref} className="lc-share-dialog" aria-labelledby={ids.title} onClose={onClose}>
      <h2 id={ids.title}>Embed this session in a page</h2>
      <fieldset>
        <legend>Views</legend>
        {VIEWS.map((view) => (
          <label key={view} className="lc-share-dialog__check">
            <input
              type="checkbox"
              checked={views.includes(view)}
              onChange={(e) => toggle(view, e.target.checked)}
            />
            {VIEW_LABELS[view]}
          </label>
        ))}
      </fieldset>
      <div className="lc-share-dialog__row">
        <label htmlFor={ids.theme}>Theme</label>
        <select
          id={ids.theme}
          value={theme}
          onChange={(e) => setTheme(e.target.value as EmbedTheme)}
        >
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {t[0]?.toUpperCase() + t.slice(1)}
            </option>
          ))}
        </select>
        <label className="lc-share-dialog__check">
          <input
            type="checkbox"
            checked={autoplay}
            onChange={(e) => setAutoplay(e.target.checked)}
          />
          Play step by step
        </label>
        <label className="lc-share-dialog__check">
          <input
            type="checkbox"
            checked={interactive}
            onChange={(e) => setInteractive(e.target.checked)}
          />
          Readers may type and edit
        </label>
      </div>
      <div className="lc-share-dialog__row">
        <label htmlFor={ids.name}>Title (its accessible name)</label>
        <input
          id={ids.name}
          value={title}
          maxLength={120}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <Snippet label="Element" text={elementSnippet(options)} />
      <Snippet label="Iframe" text={iframeSnippet(options)} />
      <div className="lc-share-dialog__actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
