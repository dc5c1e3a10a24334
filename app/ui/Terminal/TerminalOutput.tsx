/**
 * The terminal's scrollback: every transcript item since the last Ctrl+L, as bash shows it
 * (the prompt and the command, `> ` before continuation lines, then the output). It is a
 * log with aria-live off: the live region announces events, so a screen reader is not read
 * a pip install's hundred lines. The text is ordinary text: select and copy it. A build still
 * playing on the layer stack shows its output as far as the stack has played it
 * (build-log-cut.ts).
 */
import { Fragment, memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useAppStore, type TranscriptItem } from '../../store';
import { useUnplayed } from '../LayerStack/playback/hooks';
import { cutsByEntry, logCutKey, shownLength, type LogCut } from './build-log-cut';

/** Shown after a command that did not come from the keyboard, as a shell comment would be. */
const ORIGIN_NOTE: Partial<Record<TranscriptItem['origin'], string>> = {
  files: '# written from the editor',
  button: '# from a button',
};

/**
 * Which of each item's notes already appeared in an earlier item on screen ('1' = repeated):
 * a teaching note is said once, not after each of ten `docker run`s.
 */
function repeatedNotes(items: readonly TranscriptItem[]): Map<number, string> {
  const seen = new Set<string>();
  const masks = new Map<number, string>();
  for (const item of items) {
    masks.set(item.id, item.notes.map((n) => (seen.has(n) ? '1' : '0')).join(''));
    for (const n of item.notes) seen.add(n);
  }
  return masks;
}

/** The output chunks, cut after `length` characters in all. */
function cutChunks(output: TranscriptItem['output'], length: number): TranscriptItem['output'] {
  const shown: TranscriptItem['output'] = [];
  let left = length;
  for (const chunk of output) {
    if (left <= 0) break;
    shown.push(chunk.text.length <= left ? chunk : { ...chunk, text: chunk.text.slice(0, left) });
    left -= chunk.text.length;
  }
  return shown;
}

const Entry = memo(function Entry({
  item,
  repeated = '',
  cut,
}: {
  item: TranscriptItem;
  repeated?: string | undefined;
  /** A build still playing: where its output stops for now (build-log-cut.ts). */
  cut?: LogCut | undefined;
}) {
  const [first = '', ...rest] = item.input.split('\n');
  const note = ORIGIN_NOTE[item.origin];
  const output =
    cut === undefined
      ? item.output
      : cutChunks(item.output, shownLength(item.output.map((c) => c.text).join(''), cut));
  const notes = cut === undefined ? item.notes : [];
  return (
    <div className="lc-term__entry" data-testid="terminal-entry" data-origin={item.origin}>
      <div className="lc-term__line">
        <span className="lc-term__prompt">{item.prompt}</span>
        {first}
        {note && <span className="lc-term__origin"> {note}</span>}
      </div>
      {rest.map((line, i) => (
        <div key={i} className="lc-term__line">
          <span className="lc-term__prompt">{'> '}</span>
          {line}
        </div>
      ))}
      {output.map((chunk, i) => (
        <span key={i} className={chunk.stream === 'stderr' ? 'lc-term__stderr' : undefined}>
          {chunk.text}
        </span>
      ))}
      {notes.map((note, i) =>
        repeated[i] === '1' ? null : (
          <div key={i} className="lc-term__note">
            {note}
          </div>
        ),
      )}
    </div>
  );
});

/**
 * The command the engine is working on: its line appears at once, as a shell echoes what
 * was typed, and its output follows when the work is done.
 */
function Running() {
  const running = useAppStore((s) => s.running);
  if (!running) return null;
  const first = running.input.split('\n')[0] ?? '';
  const note = ORIGIN_NOTE[running.origin];
  return (
    <div className="lc-term__entry" data-testid="terminal-running" aria-busy="true">
      <div className="lc-term__line">
        <span className="lc-term__prompt">{running.prompt}</span>
        {first}
        {note && <span className="lc-term__origin"> {note}</span>}
      </div>
    </div>
  );
}

/** Lines the terminal printed itself (a line cancelled with Ctrl+C, an empty Enter). */
export interface Echo {
  id: number;
  /** Shown after the transcript item with this id (0: before all). */
  afterId: number;
  lines: string[];
}

function Echoes({ echoes, after }: { echoes: readonly Echo[]; after: number }) {
  return echoes
    .filter((e) => e.afterId === after)
    .map((e) => (
      <div key={`echo-${e.id}`} className="lc-term__entry">
        {e.lines.join('\n')}
      </div>
    ));
}

export function TerminalOutput({ echoes }: { echoes: readonly Echo[] }) {
  const transcript = useAppStore((s) => s.transcript);
  const clearedThrough = useAppStore((s) => s.clearedThrough);
  const status = useAppStore((s) => s.status);
  const shown = transcript.filter((item) => item.id > clearedThrough);
  const repeated = repeatedNotes(shown);
  const cutKeys = useUnplayed(logCutKey);
  const cuts = useMemo(() => cutsByEntry(cutKeys), [cutKeys]);
  const log = useRef<HTMLDivElement>(null);
  const end = useRef<HTMLDivElement>(null);
  // Whether the newest line is in view, as the browser reports it while it draws frames (no
  // layout is forced to find out). The CSS keeps an in-view bottom in view by itself.
  const atEnd = useRef(true);

  useEffect(() => {
    if (!log.current || !end.current || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) atEnd.current = entry.isIntersecting;
      },
      { root: log.current },
    );
    observer.observe(end.current);
    return () => observer.disconnect();
  }, []);

  // A new entry while the person had scrolled up to read: back to the newest line, as a
  // terminal does when a command runs. (A reversed box's end is scrollTop 0.)
  useLayoutEffect(() => {
    if (!atEnd.current && log.current) log.current.scrollTop = 0;
  }, [shown.length, echoes.length]);

  return (
    <div
      ref={log}
      className="lc-term__log lc-bound__box"
      role="log"
      aria-label="Terminal output"
      aria-live="off"
      tabIndex={0}
    >
      <div className="lc-term__scrollback">
        {status === 'loading' && (
          <div className="lc-term__note">Starting the simulated laptop…</div>
        )}
        <Echoes echoes={echoes} after={clearedThrough} />
        {shown.map((item) => (
          <Fragment key={item.id}>
            <Entry item={item} repeated={repeated.get(item.id)} cut={cuts.get(item.id)} />
            <Echoes echoes={echoes} after={item.id} />
          </Fragment>
        ))}
        <Running />
        <div ref={end} className="lc-term__end" aria-hidden="true" />
      </div>
    </div>
  );
}
