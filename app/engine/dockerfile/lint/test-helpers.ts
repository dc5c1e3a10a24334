/** Test helper: lint a Dockerfile text and list the codes (and lines) found. */
import { parseDockerfile } from '../index';
import type { Diagnostic } from '../types';
import { lintDockerfile } from './index';

export function lint(text: string): Diagnostic[] {
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return lintDockerfile(result.value);
}

/** `code@line` for every diagnostic whose code is in `codes` (all when omitted). */
export function codes(text: string, only?: string[]): string[] {
  return lint(text)
    .filter((d) => !only || only.includes(d.code ?? ''))
    .map((d) => `${d.code}@${d.line}`);
}
