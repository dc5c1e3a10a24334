import { describe, expect, it } from 'vitest';
import { encodeSession } from '../../share/link';
import type { ScenarioStep } from '../../store/types';
import {
  hasForeignSteps,
  preview,
  stepsDone,
  unitsFromLink,
  unitsFromScript,
} from './scenario-units';

const step = (input: string, origin: ScenarioStep['origin'] = 'typed'): ScenarioStep => ({
  input,
  time: 0,
  origin,
});

describe('unitsFromScript', () => {
  it('splits a script into units, heredoc bodies with their command', () => {
    const r = unitsFromScript("cat > f <<'EOF'\nhi\nEOF\n\n# note\ndocker ps\n");
    expect(r).toEqual({ ok: true, units: ["cat > f <<'EOF'\nhi\nEOF", 'docker ps'] });
  });

  it('reports a script with no commands', () => {
    const r = unitsFromScript('\n# only a comment\n');
    expect(r.ok).toBe(false);
  });
});

describe('unitsFromLink', () => {
  const doc = { steps: [{ input: 'echo hi\n' }, { input: 'docker ps' }], drafts: {} };

  it('reads the steps of a whole share address or of its fragment alone', () => {
    const value = encodeSession(doc);
    const expected = { ok: true, units: ['echo hi', 'docker ps'] };
    expect(unitsFromLink(`https://example.org/layercake/#s=${value}`)).toEqual(expected);
    expect(unitsFromLink(`#s=${value}`)).toEqual(expected);
  });

  it('explains a link without a session and passes on the decoder’s message for a bad one', () => {
    const none = unitsFromLink('https://example.org/');
    expect(none.ok ? '' : none.error).toMatch(/not a Layercake share link/);
    const cut = unitsFromLink(`#s=${encodeSession(doc).slice(0, 12)}`);
    expect(cut.ok).toBe(false);
  });
});

describe('stepsDone', () => {
  const units = ['echo a', 'echo b', 'echo c'];

  it('counts the presented units the scenario has run, in order', () => {
    expect(stepsDone([], units)).toBe(0);
    expect(stepsDone([step('echo a'), step('echo b')], units)).toBe(2);
  });

  it('skips editor writes and ignores trailing whitespace', () => {
    expect(stepsDone([step('cat > x', 'files'), step('echo a\n')], units)).toBe(1);
  });

  it('stops at a command typed by hand, and reports it as foreign', () => {
    const scenario = [step('echo a'), step('ls'), step('echo b')];
    expect(stepsDone(scenario, units)).toBe(1);
    expect(hasForeignSteps(scenario, units)).toBe(true);
    expect(hasForeignSteps([step('echo a')], units)).toBe(false);
  });
});

describe('preview', () => {
  it('shows the first line and counts the rest', () => {
    expect(preview("cat > f <<'EOF'\nhi\nEOF")).toEqual({ first: "cat > f <<'EOF'", more: 2 });
    expect(preview(undefined)).toBeNull();
  });
});
