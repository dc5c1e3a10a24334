/**
 * The editor's half of the line ↔ layer link, as a CodeMirror extension: it reports the line
 * the person points at (pointer, or caret while focused) and marks the lines of the layer the
 * person points at in the stack (`cm-lc-linked`, `data-linked`). Marking is instant (no
 * motion) and scrolls only as far as needed to show the lines.
 */
import { StateEffect, StateField, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet } from '@codemirror/view';
import { linkedLineNumbers, pointedLine, type LineRange } from './linked-lines';

const setLinked = StateEffect.define<LineRange | null>();

const linkedMark = Decoration.line({
  class: 'cm-lc-linked',
  attributes: { 'data-linked': '' },
});

const linkedField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setLinked)) continue;
      const doc = tr.state.doc;
      const ranges: Range<Decoration>[] = linkedLineNumbers(effect.value, doc.lines).map((n) =>
        linkedMark.range(doc.line(n).from),
      );
      next = Decoration.set(ranges);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** Reports the pointed-at line through `onLine` (only when it changes). */
export function lineLink(onLine: (line: number | null) => void): Extension {
  let pointer: number | null = null;
  let reported: number | null = null;
  const report = (view: EditorView) => {
    const caret = view.state.doc.lineAt(view.state.selection.main.head).number;
    const line = pointedLine(pointer, caret, view.hasFocus);
    if (line === reported) return;
    reported = line;
    onLine(line);
  };
  return [
    linkedField,
    // On the scroller, not the content, so the line numbers in the gutter count too.
    ViewPlugin.define((view) => {
      const move = (event: MouseEvent) => {
        const y = event.clientY - view.documentTop;
        const block = view.lineBlockAtHeight(y);
        pointer = y < 0 || y > block.bottom ? null : view.state.doc.lineAt(block.from).number;
        report(view);
      };
      const leave = () => {
        pointer = null;
        report(view);
      };
      view.scrollDOM.addEventListener('mousemove', move);
      view.scrollDOM.addEventListener('mouseleave', leave);
      return {
        destroy() {
          view.scrollDOM.removeEventListener('mousemove', move);
          view.scrollDOM.removeEventListener('mouseleave', leave);
        },
      };
    }),
    EditorView.updateListener.of((update) => {
      if (update.selectionSet || update.focusChanged || update.docChanged) report(update.view);
    }),
  ];
}

/** Marks `range` (the hovered layer's lines) in the editor, replacing any earlier mark. */
export function showLinked(view: EditorView, range: LineRange | null): void {
  const effects: StateEffect<unknown>[] = [setLinked.of(range)];
  const first = linkedLineNumbers(range, view.state.doc.lines)[0];
  if (first !== undefined)
    effects.push(EditorView.scrollIntoView(view.state.doc.line(first).from, { y: 'nearest' }));
  view.dispatch({ effects });
}
