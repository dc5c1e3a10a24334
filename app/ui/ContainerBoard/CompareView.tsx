/**
 * Two containers side by side: what each one's writable layer has that the other's lacks.
 * Both start from the same image; everything listed here is where they diverged.
 */
import { useEffect, useId, useRef } from 'react';
import type { Container } from '../../engine/host/containers';
import type { HostState } from '../../engine/host/state';
import { compareChanges, writableChanges, type WritableChange } from './container-model';
import { PathText } from './PathText';
import './WritableLayer.css';
import './CompareView.css';

interface Props {
  host: HostState;
  containers: readonly Container[];
  a: string | undefined;
  b: string | undefined;
  onPick: (side: 'a' | 'b', id: string) => void;
}

function Changes({ label, changes }: { label: string; changes: readonly WritableChange[] }) {
  return (
    <div className="lc-compare__col">
      <h4>{label}</h4>
      {changes.length === 0 ? (
        <p className="lc-hint">nothing</p>
      ) : (
        <ul role="list" aria-label={label}>
          {changes.map((c) => (
            <li key={c.path} className={`lc-change-item lc-change-item--${c.kind}`}>
              <span className="lc-change-item__kind">{c.kind}</span>{' '}
              <span className="lc-change-item__path">
                <PathText path={c.path} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CompareView({ host, containers, a, b, onPick }: Props) {
  const id = useId();
  const region = useRef<HTMLElement>(null);
  // It opens below the containers: bring it into view.
  useEffect(() => region.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }), []);
  const first = containers.find((c) => c.id === a);
  const second = containers.find((c) => c.id === b);
  const result =
    first && second
      ? compareChanges(writableChanges(host, first), writableChanges(host, second))
      : undefined;
  const picker = (side: 'a' | 'b', value: string | undefined) => (
    <select
      id={`${id}-${side}`}
      className="lc-select"
      value={value ?? ''}
      onChange={(e) => onPick(side, e.target.value)}
    >
      {containers.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
  return (
    <section ref={region} className="lc-compare" aria-label="Compare containers">
      <div className="lc-compare__pick">
        <label htmlFor={`${id}-a`}>Compare</label>
        {picker('a', a)}
        <label htmlFor={`${id}-b`}>with</label>
        {picker('b', b)}
      </div>
      {!result || !first || !second ? (
        <p className="lc-hint">Run two containers to compare them.</p>
      ) : first.id === second.id ? (
        <p className="lc-hint">Pick two different containers.</p>
      ) : (
        <>
          <div className="lc-compare__cols">
            <Changes label={`Only in ${first.name}`} changes={result.onlyA} />
            <Changes label={`Only in ${second.name}`} changes={result.onlyB} />
          </div>
          <p className="lc-compare__summary">
            {result.differ.length > 0 &&
              `Both changed, differently: ${result.differ.map((d) => d.a.path).join(', ')}. `}
            {result.same.length > 0
              ? `${result.same.length} identical change${result.same.length === 1 ? '' : 's'} in both.`
              : result.onlyA.length + result.onlyB.length + result.differ.length === 0
                ? 'No difference: both read everything from the same image.'
                : ''}
          </p>
        </>
      )}
    </section>
  );
}
