/**
 * A native <dialog> shown as a modal while its component is mounted: focus moves in,
 * Escape closes it (through `onClose`, which unmounts it), and focus returns to where it
 * was when it opened.
 */
import { useEffect, useRef } from 'react';

export function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);
  return ref;
}
