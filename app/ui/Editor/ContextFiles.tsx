/**
 * The build context's other files (the home folder `docker build .` sends): a list to pick
 * from, add to, rename and delete, and a plain editor for the picked file. COPY and the
 * build cache depend on these, so they are in view. Edits are written to the host before
 * the next command runs; rename and delete run `mv` and `rm` in the terminal.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { DOCKERFILE, useAppStore } from '../../store';

interface Row {
  path: string;
  size: number | null;
  editable: boolean;
  edited: boolean;
}

function useRows(): Row[] {
  const hostFiles = useAppStore((s) => s.hostFiles);
  const drafts = useAppStore((s) => s.drafts);
  return useMemo(() => {
    const rows = new Map<string, Row>();
    for (const f of hostFiles)
      rows.set(f.path, { path: f.path, size: f.size, editable: f.text !== null, edited: false });
    for (const path of Object.keys(drafts))
      rows.set(path, { path, size: rows.get(path)?.size ?? null, editable: true, edited: true });
    rows.delete(DOCKERFILE);
    return [...rows.values()].sort((a, b) => a.path.localeCompare(b.path));
  }, [hostFiles, drafts]);
}

export function ContextFiles() {
  const rows = useRows();
  const [picked, setPicked] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const addFile = useAppStore((s) => s.addFile);
  const newId = useId();
  const current = rows.find((r) => r.path === picked) ?? rows[0] ?? null;

  function add(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const input = e.currentTarget.elements.namedItem('path') as HTMLInputElement;
    const path = input.value.trim();
    const error = addFile(path);
    setMessage(error ?? `${path} added; it is written to the host with the next command.`);
    if (!error) {
      input.value = '';
      setPicked(path);
    }
  }

  return (
    <div className="lc-files">
      <h3 className="lc-subheading">
        Build context <span className="lc-files__where">~/</span>
      </h3>
      <ul className="lc-files__list" aria-label="Build context files">
        {rows.map((row) => (
          <li key={row.path}>
            <button
              type="button"
              className="lc-files__pick"
              aria-pressed={current?.path === row.path}
              onClick={() => setPicked(row.path)}
            >
              {row.path}
              {row.edited && <span className="lc-files__edited"> (edited)</span>}
            </button>
          </li>
        ))}
      </ul>
      <form className="lc-files__add" onSubmit={add}>
        <label htmlFor={newId}>New file</label>
        <input id={newId} name="path" className="lc-input" placeholder=".dockerignore" />
        <button type="submit" className="lc-button">
          Add
        </button>
      </form>
      <p className="lc-files__message" role="status">
        {message}
      </p>
      {current && (
        <FileEditor key={current.path} row={current} onMessage={setMessage} onMoved={setPicked} />
      )}
    </div>
  );
}

function FileEditor({
  row,
  onMessage,
  onMoved,
}: {
  row: Row;
  onMessage: (text: string) => void;
  onMoved: (path: string | null) => void;
}) {
  const id = useId();
  const text = useAppStore((s) =>
    Object.hasOwn(s.drafts, row.path)
      ? (s.drafts[row.path] as string)
      : (s.hostFiles.find((f) => f.path === row.path)?.text ?? ''),
  );
  const setFile = useAppStore((s) => s.setFile);
  const renameFile = useAppStore((s) => s.renameFile);
  const deleteFile = useAppStore((s) => s.deleteFile);
  const [renaming, setRenaming] = useState(false);

  async function rename(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const to = (e.currentTarget.elements.namedItem('to') as HTMLInputElement).value.trim();
    const error = await renameFile(row.path, to);
    onMessage(error ?? `Renamed ${row.path} to ${to}.`);
    if (!error) {
      setRenaming(false);
      onMoved(to);
    }
  }

  async function remove() {
    const error = await deleteFile(row.path);
    onMessage(error ?? `Deleted ${row.path}.`);
    if (!error) onMoved(null);
  }

  return (
    <div className="lc-files__editor">
      <label htmlFor={id} className="lc-files__label">
        Contents of {row.path}
      </label>
      {row.editable ? (
        <textarea
          id={id}
          className="lc-files__text"
          spellCheck={false}
          value={text}
          onChange={(e) => setFile(row.path, e.target.value)}
        />
      ) : (
        <p id={id} className="lc-hint">
          A binary file of {row.size ?? 0} bytes: it cannot be edited here.
        </p>
      )}
      {renaming ? (
        <form className="lc-files__actions" onSubmit={rename}>
          <label htmlFor={`${id}-to`}>New name</label>
          <input id={`${id}-to`} name="to" className="lc-input" defaultValue={row.path} autoFocus />
          <button type="submit" className="lc-button">
            Rename
          </button>
          <button type="button" className="lc-button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="lc-files__actions">
          <button type="button" className="lc-button" onClick={() => setRenaming(true)}>
            Rename {row.path}
          </button>
          <button type="button" className="lc-button" onClick={() => void remove()}>
            Delete {row.path}
          </button>
        </div>
      )}
    </div>
  );
}
