/**
 * A visible message above the panels: saved work that could not be read, an engine that
 * failed to load, Build refused while the terminal is inside a container.
 */
import { AnimatePresence, m } from 'motion/react';
import { useAppStore } from '../../store';

export function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <AnimatePresence>
      {notice && (
        <m.div
          key={notice.id}
          className={`lc-notice lc-notice--${notice.kind}`}
          role={notice.kind === 'info' ? 'status' : 'alert'}
          initial={{ opacity: 0, y: -8 }}
          animate={{ opacity: 1, y: 0 }}
          exit={{ opacity: 0 }}
        >
          <p>{notice.text}</p>
          <button type="button" className="lc-button" onClick={dismiss}>
            Dismiss
          </button>
        </m.div>
      )}
    </AnimatePresence>
  );
}
