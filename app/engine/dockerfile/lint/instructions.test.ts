import { describe, expect, it } from 'vitest';
import { codes, lint } from './test-helpers';

const F = 'FROM alpine:3\n';

describe('instruction rules', () => {
  it('DL3020: ADD for local files, not for URLs or archives', () => {
    expect(codes(F + 'ADD app.py /app/\n', ['DL3020'])).toEqual(['DL3020@2']);
    expect(codes(F + 'ADD https://x.org/a.txt /a\nADD rootfs.tar.gz /\n', ['DL3020'])).toEqual([]);
  });

  it('DL4003 and DL4004: a second CMD or ENTRYPOINT in one stage', () => {
    const text =
      F + 'CMD ["a"]\nENTRYPOINT ["b"]\nCMD ["c"]\nENTRYPOINT ["d"]\nFROM alpine:3\nCMD ["e"]\n';
    expect(codes(text, ['DL4003', 'DL4004'])).toEqual(['DL4003@4', 'DL4004@5']);
  });

  it('JSONArgsRecommended for shell-form CMD and ENTRYPOINT', () => {
    expect(codes(F + 'CMD node app.js\nENTRYPOINT ["tini"]\n', ['JSONArgsRecommended'])).toEqual([
      'JSONArgsRecommended@2',
    ]);
  });

  it('MaintainerDeprecated, LegacyKeyValueFormat, WorkdirRelativePath', () => {
    const text = F + 'MAINTAINER me\nENV A 1\nENV B=2\nWORKDIR app\nWORKDIR /srv\nWORKDIR data\n';
    expect(
      codes(text, ['MaintainerDeprecated', 'LegacyKeyValueFormat', 'WorkdirRelativePath']),
    ).toEqual(['MaintainerDeprecated@2', 'LegacyKeyValueFormat@3', 'WorkdirRelativePath@5']);
  });

  it('ConsistentInstructionCasing: flags the minority case', () => {
    expect(codes('FROM alpine:3\nRUN a\nrun b\n', ['ConsistentInstructionCasing'])).toEqual([
      'ConsistentInstructionCasing@3',
    ]);
  });

  it('NoEmptyContinuation: turns the parser warning into a hint with advice', () => {
    const [d] = lint(F + 'RUN a \\\n\n  b\n').filter((x) => x.code === 'NoEmptyContinuation');
    expect(d?.line).toBe(4);
    expect(d?.message).toMatch(/Remove the blank line/);
  });

  it('every message says what to do, in at most two sentences', () => {
    const all = lint(
      'FROM ubuntu\nMAINTAINER me\nADD a /a\nRUN apt-get update && apt-get install x && pip install y\nCMD go\nCMD go\n',
    );
    expect(all.length).toBeGreaterThan(6);
    for (const d of all) {
      expect(d.message.split(/(?<=[.!?])\s+(?=[A-Z"'])/).length).toBeLessThanOrEqual(2);
      expect(d.severity === 'warning' || d.severity === 'hint').toBe(true);
    }
  });
});
