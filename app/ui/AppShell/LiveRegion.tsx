/**
 * The polite live region: every engine event is said once ("Layer 5 created: RUN pip
 * install, 12.4 MB"). New messages are appended as their own nodes so that a screen reader
 * reads each addition, and only a short window is kept in the DOM.
 */
import { useAppStore } from '../../store';

export function LiveRegion() {
  const announcements = useAppStore((s) => s.announcements);
  return (
    <div
      className="lc-visually-hidden"
      aria-live="polite"
      aria-relevant="additions"
      data-testid="announcer"
    >
      {announcements.map((a) => (
        <p key={a.id}>{a.text}</p>
      ))}
    </div>
  );
}
