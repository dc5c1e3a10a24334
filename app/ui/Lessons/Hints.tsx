/** Hints, one at a time, from a nudge to nearly the answer; shown ones stay shown. */
export function Hints({
  hints,
  shown,
  onShow,
}: {
  hints: readonly string[];
  shown: number;
  onShow: (count: number) => void;
}) {
  const visible = hints.slice(0, shown);
  return (
    <div className="lc-lesson__hints">
      {visible.length > 0 && (
        <ol className="lc-lesson__hint-list" aria-label="Hints">
          {visible.map((hint, i) => (
            <li key={i}>{hint}</li>
          ))}
        </ol>
      )}
      {shown < hints.length ? (
        <button type="button" className="lc-button" onClick={() => onShow(shown + 1)}>
          {shown === 0 ? 'Show a hint' : `Show hint ${shown + 1} of ${hints.length}`}
        </button>
      ) : (
        <p className="lc-hint">That was the last hint.</p>
      )}
    </div>
  );
}
