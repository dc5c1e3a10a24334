/**
 * The CodeMirror 6 Dockerfile editor, in its own chunk (imported after first paint): line
 * numbers, Dockerfile colours (the legacy dockerFile mode), the engine's diagnostics inline
 * and in the gutter, instruction completion, search, and Ctrl/Cmd+Enter to build.
 *
 * The store holds the text; this view reports each edit and takes the store's text back
 * when something else changed it (the terminal wrote the Dockerfile, an undo).
 */
import { autocompletion, completionKeymap, type CompletionSource } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import {
  bracketMatching,
  defaultHighlightStyle,
  HighlightStyle,
  StreamLanguage,
  syntaxHighlighting,
} from '@codemirror/language';
import { dockerFile } from '@codemirror/legacy-modes/mode/dockerfile';
import { linter, lintGutter, lintKeymap, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Annotation, EditorSelection, EditorState, Prec } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { INSTRUCTION_NAMES, type Diagnostic } from '../../engine/dockerfile';
import { diagnosticRange, dockerfileDiagnostics } from './dockerfile-diagnostics';
import { lineLink, showLinked } from './line-link';
import type { LineRange } from './linked-lines';

export interface DockerfileEditorOptions {
  parent: HTMLElement;
  doc: string;
  /** The accessible name of the text box (DESIGN.md: "Dockerfile"). */
  label: string;
  onChange(text: string): void;
  onBuild(): void;
  onDiagnostics(found: Diagnostic[]): void;
  /** The line the person points at (pointer, or caret while focused), or null. */
  onPointLine(line: number | null): void;
  selection?: { anchor: number; head: number };
  focus?: boolean;
}

export interface DockerfileEditorHandle {
  setText(text: string): void;
  goTo(line: number, column: number): void;
  /** Marks the lines of the layer the person points at in the stack (null: none). */
  showLinked(lines: LineRange | null): void;
  focus(): void;
  destroy(): void;
}

/** Marks changes that came from the store, so they are not reported back to it. */
const fromStore = Annotation.define<boolean>();

/**
 * CodeMirror's default highlight style, recoloured with the theme's custom properties so
 * that one style meets AA contrast in light, dark and projection alike.
 */
const PALETTE: Record<string, string> = {
  '#708': 'var(--lc-syn-keyword)',
  '#a11': 'var(--lc-syn-string)',
  '#940': 'var(--lc-syn-comment)',
  '#164': 'var(--lc-syn-number)',
  '#219': 'var(--lc-syn-atom)',
  '#256': 'var(--lc-syn-variable)',
  '#00f': 'var(--lc-syn-variable)',
  '#30a': 'var(--lc-syn-variable)',
  '#f00': 'var(--lc-syn-error)',
};
const themedHighlight = HighlightStyle.define(
  defaultHighlightStyle.specs.map((spec) => ({
    ...spec,
    ...(typeof spec.color === 'string' ? { color: PALETTE[spec.color] ?? 'inherit' } : {}),
  })),
);

const theme = EditorView.theme({
  '&': {
    height: '100%',
    fontSize: 'var(--lc-mono-size)',
    backgroundColor: 'var(--lc-surface)',
    color: 'var(--lc-text)',
  },
  '&.cm-focused': { outline: '3px solid var(--lc-focus)', outlineOffset: '-3px' },
  '.cm-scroller': { fontFamily: 'var(--lc-mono)', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'var(--lc-text)' },
  '.cm-cursor': { borderLeftColor: 'var(--lc-text)', borderLeftWidth: '2px' },
  '.cm-gutters': {
    backgroundColor: 'var(--lc-surface-2)',
    color: 'var(--lc-muted)',
    borderRight: 'var(--lc-border-width) solid var(--lc-border)',
  },
  '.cm-activeLine': { backgroundColor: 'var(--lc-active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--lc-active-line)', color: 'var(--lc-text)' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': {
    backgroundColor: 'var(--lc-selection) !important',
  },
  // The lines of the layer pointed at in the stack: a tint, a bar and the stack's dashed
  // ring (so it is not mistaken for the active line, even projected). No motion.
  '.cm-line.cm-lc-linked': {
    backgroundColor: 'var(--lc-accent-soft)',
    boxShadow: 'inset 5px 0 0 var(--lc-accent)',
    outline: '2px dashed var(--lc-accent)',
    outlineOffset: '-2px',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--lc-surface)',
    color: 'var(--lc-text)',
    border: '1px solid var(--lc-border-strong)',
  },
});

const SEVERITY: Record<Diagnostic['severity'], CmDiagnostic['severity']> = {
  error: 'error',
  warning: 'warning',
  hint: 'info',
};

const instructionCompletion: CompletionSource = (context) => {
  const word = context.matchBefore(/^\s*[A-Za-z]*/);
  if (!word || (word.from === word.to && !context.explicit)) return null;
  const start = word.text.length - word.text.trimStart().length;
  return {
    from: word.from + start,
    options: INSTRUCTION_NAMES.map((name) => ({ label: name.toUpperCase(), type: 'keyword' })),
    validFor: /^[A-Za-z]*$/,
  };
};

export function createDockerfileEditor(options: DockerfileEditorOptions): DockerfileEditorHandle {
  const diagnosticsSource = linter(
    (view) => {
      const text = view.state.doc.toString();
      const found = dockerfileDiagnostics(text);
      options.onDiagnostics(found);
      return found.map((d) => ({
        ...diagnosticRange(text, d),
        severity: SEVERITY[d.severity],
        message: d.message,
        ...(d.code ? { source: d.code } : {}),
      }));
    },
    { delay: 250 },
  );

  const docLength = options.doc.length;
  const clamp = (n: number) => Math.min(Math.max(n, 0), docLength);
  const state = EditorState.create({
    doc: options.doc,
    ...(options.selection
      ? {
          selection: EditorSelection.single(
            clamp(options.selection.anchor),
            clamp(options.selection.head),
          ),
        }
      : {}),
    extensions: [
      Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (options.onBuild(), true) }])),
      lineNumbers(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      bracketMatching(),
      highlightSelectionMatches(),
      StreamLanguage.define(dockerFile),
      syntaxHighlighting(themedHighlight),
      autocompletion({ override: [instructionCompletion], icons: false }),
      diagnosticsSource,
      lintGutter(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': options.label, spellcheck: 'false' }),
      keymap.of([
        ...defaultKeymap,
        ...historyKeymap,
        ...searchKeymap,
        ...completionKeymap,
        ...lintKeymap,
      ]),
      theme,
      lineLink(options.onPointLine),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        if (update.transactions.some((tr) => tr.annotation(fromStore))) return;
        options.onChange(update.state.doc.toString());
      }),
    ],
  });
  const view = new EditorView({ state, parent: options.parent });
  if (options.focus) view.focus();

  return {
    setText(text) {
      const current = view.state.doc.toString();
      if (current === text) return;
      view.dispatch({
        changes: { from: 0, to: current.length, insert: text },
        annotations: fromStore.of(true),
      });
    },
    goTo(line, column) {
      const doc = view.state.doc;
      const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
      const pos = Math.min(target.from + Math.max(column, 1) - 1, target.to);
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
    showLinked: (lines) => showLinked(view, lines),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
