/**
 * The Dockerfile editor. First paint shows a plain textarea with the same accessible name
 * and text, so the page is usable at once; CodeMirror (its own chunk) replaces it when
 * loaded, keeping the cursor and focus. If CodeMirror cannot load, the textarea stays.
 */
import { useEffect, useRef, useState } from 'react';
import type { Diagnostic } from '../../engine/dockerfile/types';
import { useAppStore, useAppStoreApi } from '../../store';
import { afterFirstPaint } from '../../store/after-paint';
import type { DockerfileEditorHandle } from './codemirror-view';
import { Problems } from './Problems';

export function DockerfileEditor() {
  const api = useAppStoreApi();
  const text = useAppStore((s) => s.dockerfile);
  const setDockerfile = useAppStore((s) => s.setDockerfile);
  const host = useRef<HTMLDivElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const handle = useRef<DockerfileEditorHandle | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);

  useEffect(() => {
    let cancelled = false;
    // The textarea is the first paint; the editor's code is fetched after it.
    afterFirstPaint()
      .then(() => import('./codemirror-view'))
      .then((mod) => {
        if (cancelled || !host.current) return;
        const ta = textarea.current;
        handle.current = mod.createDockerfileEditor({
          parent: host.current,
          doc: api.getState().dockerfile,
          label: 'Dockerfile',
          onChange: (next) => api.getState().setDockerfile(next),
          onBuild: () => void api.getState().build(),
          onDiagnostics: setDiagnostics,
          onPointLine: (line) => api.getState().setHover({ line }),
          ...(ta ? { selection: { anchor: ta.selectionStart, head: ta.selectionEnd } } : {}),
          focus: ta !== null && document.activeElement === ta,
        });
        handle.current.showLinked(api.getState().hover.layer?.lines ?? null);
        setLoaded(true);
      })
      .catch((err: unknown) => {
        // The textarea keeps working; only colours and hints are missing.
        console.warn('Layercake: the code editor could not load', err);
      });
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = null;
      api.getState().setHover({ line: null });
    };
  }, [api]);

  // The person points at a layer in the stack: mark the Dockerfile lines that made it.
  const linkedStart = useAppStore((s) => s.hover.layer?.lines?.start);
  const linkedEnd = useAppStore((s) => s.hover.layer?.lines?.end);
  useEffect(() => {
    const lines =
      linkedStart !== undefined && linkedEnd !== undefined
        ? { start: linkedStart, end: linkedEnd }
        : null;
    handle.current?.showLinked(lines);
  }, [linkedStart, linkedEnd]);

  // The terminal, an undo or a reset changed the Dockerfile: show it.
  useEffect(() => {
    handle.current?.setText(text);
  }, [text]);

  return (
    <div className="lc-editor">
      <div className="lc-editor__frame">
        {!loaded && (
          <textarea
            ref={textarea}
            className="lc-editor__fallback"
            aria-label="Dockerfile"
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            value={text}
            onChange={(e) => setDockerfile(e.target.value)}
          />
        )}
        <div ref={host} className="lc-editor__cm" hidden={!loaded} data-testid="codemirror" />
      </div>
      <Problems diagnostics={diagnostics} onGo={(d) => handle.current?.goTo(d.line, d.column)} />
    </div>
  );
}
