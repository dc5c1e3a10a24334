/** The Dockerfile as text the reader can select but not change (an embed with edit=0). */
import { useAppStore } from '../../store';

export function ReadOnlyDockerfile() {
  const text = useAppStore((s) => s.dockerfile);
  return (
    <textarea
      className="lc-embed__dockerfile"
      aria-label="Dockerfile"
      readOnly
      value={text}
      rows={Math.min(16, Math.max(4, text.split('\n').length))}
      spellCheck={false}
    />
  );
}
