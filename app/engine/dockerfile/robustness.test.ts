import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dumpBuildkit,
  expandWord,
  expandWords,
  lintDockerfile,
  parseDockerfile,
  toCommand,
} from './index';
import { buildContext } from './lint/context';
import { LINT_RULES } from './lint/index';
import type { ParsedDockerfile } from './types';

const corpus = new URL('../../../../shared/corpus/buildkit-parser/testfiles/', import.meta.url);
const corpusFiles = readdirSync(corpus)
  .sort()
  .map((name) => readFileSync(new URL(`${name}/Dockerfile`, corpus), 'utf8'));

/** Characters that matter to the parser, mixed with arbitrary text. */
const dockerish = fc.oneof(
  fc.constantFrom(
    'FROM ',
    'RUN ',
    'COPY ',
    'ADD ',
    'ENV ',
    'ARG ',
    'LABEL ',
    'ONBUILD ',
    'HEALTHCHECK ',
    'CMD ',
    'SHELL ',
    'EXPOSE ',
    'VOLUME ',
    'WORKDIR ',
    'USER ',
    '\\',
    '`',
    '\n',
    '\r\n',
    '\t',
    ' ',
    '"',
    "'",
    '[',
    ']',
    ',',
    '=',
    '$',
    '${',
    '}',
    ':-',
    ':?',
    '#',
    '# escape=`\n',
    '<<EOF',
    '<<-',
    'EOF',
    '--',
    '--from=',
    '--mount=type=cache,target=/x',
    'AS ',
    'rm -rf ',
    'apt-get update',
    '&&',
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);
const dockerfileText = fc.array(dockerish, { maxLength: 40 }).map((parts) => parts.join(''));

/** A corpus file with a few random insertions and deletions. */
const mutatedCorpusFile = fc
  .tuple(
    fc.constantFrom(...corpusFiles),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), dockerish), { maxLength: 6 }),
  )
  .map(([text, edits]) =>
    edits.reduce((s, [at, remove, insert]) => {
      const i = s.length === 0 ? 0 : at % s.length;
      return s.slice(0, i) + insert + s.slice(i + remove);
    }, text),
  );

function exerciseEverything(text: string): void {
  const result = parseDockerfile(text);
  const df: ParsedDockerfile | undefined = result.ok ? result.value : result.partial;
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    // Our own safety net must never be what answered.
    expect(result.errors[0]?.code).not.toBe('internal');
  }
  if (!df) return;
  dumpBuildkit(df);
  for (const instruction of df.instructions) {
    const command = toCommand(instruction);
    if (!command.ok) expect(command.error.reason).not.toMatch(/^internal error/);
  }
  lintDockerfile(df);
  // The linter swallows a failing rule; call each rule directly so a throw fails the test.
  const ctx = buildContext(df);
  for (const rule of LINT_RULES) rule(ctx);
}

describe('robustness: bad input never throws', () => {
  it('parseDockerfile, toCommand and every lint rule accept random text', () => {
    fc.assert(
      fc.property(dockerfileText, (text) => exerciseEverything(text)),
      { numRuns: 400 },
    );
  });

  it('... and random mutations of the corpus files', () => {
    fc.assert(
      fc.property(mutatedCorpusFile, (text) => exerciseEverything(text)),
      { numRuns: 300 },
    );
  });

  it('expandWord and expandWords accept any word, with either escape token', () => {
    const word = fc.array(dockerish, { maxLength: 12 }).map((p) => p.join(''));
    const env: Record<string, string> = { A: 'x y', EMPTY: '' };
    fc.assert(
      fc.property(word, fc.constantFrom('\\', '`'), (w, escapeToken) => {
        const lookup = (name: string): string | undefined => env[name];
        const one = expandWord(w, lookup, { escapeToken });
        const many = expandWords(w, lookup, { escapeToken });
        expect(one.ok).toBe(many.ok);
        if (!one.ok) expect(one.error).toMatch(/^failed to process "/);
      }),
      { numRuns: 500 },
    );
  });

  it('every parsed file gives line ranges inside the file, in order', () => {
    fc.assert(
      fc.property(mutatedCorpusFile, (text) => {
        const result = parseDockerfile(text);
        if (!result.ok) return;
        const lineCount = text.split('\n').length;
        let previousEnd = 0;
        for (const i of result.value.instructions) {
          expect(i.startLine).toBeGreaterThan(previousEnd);
          expect(i.endLine).toBeGreaterThanOrEqual(i.startLine);
          expect(i.endLine).toBeLessThanOrEqual(lineCount);
          previousEnd = i.endLine;
        }
      }),
      { numRuns: 200 },
    );
  });
});
