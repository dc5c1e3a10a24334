/** The imports of a Go source file as go/build records them: each path with its position. */
export interface ImportSpec {
  path: string;
  /** 1-based line and column of the path's opening quote (where go's messages point). */
  line: number;
  col: number;
}

/** Single imports (`import "fmt"`, `import f "fmt"`) and import blocks, in source order. */
export function importSpecs(text: string): ImportSpec[] {
  const specs: ImportSpec[] = [];
  for (const m of text.matchAll(/\bimport\s*(?:\(([^)]*)\)|((?:[\w.]+\s+)?"[^"]*"))/g)) {
    const group = m[1] ?? m[2] ?? '';
    const offset = (m.index ?? 0) + m[0].indexOf(group);
    for (const q of group.matchAll(/"([^"]+)"/g)) {
      const at = offset + (q.index ?? 0);
      const before = text.slice(0, at);
      specs.push({
        path: q[1] as string,
        line: before.split('\n').length,
        col: at - before.lastIndexOf('\n'),
      });
    }
  }
  return specs;
}
