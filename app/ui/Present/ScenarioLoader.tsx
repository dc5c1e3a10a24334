/**
 * Loading a scenario to present: typed or pasted into a textarea, opened from a file, or
 * read from a share link (decoded by `app/share`). Nothing here is rendered as HTML: a
 * script and a link's contents reach the screen only as text.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { unitsFromLink, unitsFromScript, type UnitsResult } from './scenario-units';

/** Scenario files are a few KB; a cap keeps a wrong file (a video) from freezing the tab. */
const MAX_FILE_BYTES = 256 * 1024;

export function ScenarioLoader({
  id,
  script,
  onLoad,
  onClose,
}: {
  id: string;
  /** The scenario being presented, as the textarea's starting text. */
  script: string;
  onLoad: (units: string[], script: string) => void;
  onClose: () => void;
}) {
  const ids = { text: useId(), file: useId(), link: useId(), title: useId() };
  const [text, setText] = useState(script);
  const [link, setLink] = useState('');
  const [error, setError] = useState<string | null>(null);

  const take = (result: UnitsResult, source: string) => {
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onLoad(result.units, source);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError(`${file.name} is too large for a scenario (the limit is 256 KB).`);
      return;
    }
    try {
      const body = await file.text();
      setText(body);
      take(unitsFromScript(body), body);
    } catch {
      setError(`${file.name} could not be read.`);
    }
  };

  return (
    <section id={id} className="lc-present__loader" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Scenario to present</h2>
      <label htmlFor={ids.text}>Scenario script (one command per line, heredocs allowed)</label>
      <textarea
        id={ids.text}
        className="lc-present__script"
        value={text}
        spellCheck={false}
        rows={8}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="lc-present__loader-row">
        <button
          type="button"
          className="lc-button lc-button--primary"
          onClick={() => take(unitsFromScript(text), text)}
        >
          Present this script
        </button>
        <label htmlFor={ids.file}>Open a scenario file</label>
        <input id={ids.file} type="file" accept=".sh,.txt,text/plain" onChange={onFile} />
      </div>
      <div className="lc-present__loader-row">
        <label htmlFor={ids.link}>Share link</label>
        <input
          id={ids.link}
          className="lc-present__link"
          type="url"
          value={link}
          placeholder="https://…#s=1.…"
          onChange={(e) => setLink(e.target.value)}
        />
        <button type="button" className="lc-button" onClick={() => take(unitsFromLink(link), '')}>
          Present this link
        </button>
      </div>
      {error && (
        <p className="lc-present__error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="lc-button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
