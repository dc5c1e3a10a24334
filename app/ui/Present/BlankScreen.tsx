/** B: the screen goes black so the class looks at the teacher; B, Esc or a click return. */
export function BlankScreen({ onReturn }: { onReturn: () => void }) {
  return (
    <div className="lc-present__blank" data-testid="present-blank" onClick={onReturn}>
      <p>Screen blanked. Press B to return.</p>
    </div>
  );
}
