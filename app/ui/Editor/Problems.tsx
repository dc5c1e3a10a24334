/**
 * The engine's findings listed under the editor, one line each ("Line 4 · Warning: ..."),
 * so they can be read without hovering, and reached by keyboard: each jumps to its line.
 */
import type { Diagnostic } from '../../engine/dockerfile/types';

const LABEL: Record<Diagnostic['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  hint: 'Hint',
};

export function Problems({
  diagnostics,
  onGo,
}: {
  diagnostics: readonly Diagnostic[];
  onGo: (d: Diagnostic) => void;
}) {
  if (diagnostics.length === 0) return null;
  return (
    <ul className="lc-problems" aria-label="Dockerfile problems">
      {diagnostics.map((d, i) => (
        <li
          key={`${d.line}:${d.column}:${d.code ?? ''}:${i}`}
          className={`lc-problems__item lc-problems__item--${d.severity}`}
        >
          <button type="button" className="lc-problems__go" onClick={() => onGo(d)}>
            <span className="lc-problems__where">Line {d.line}</span>{' '}
            <span className="lc-problems__severity">{LABEL[d.severity]}:</span> {d.message}
            {d.code && <span className="lc-problems__code"> ({d.code})</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
