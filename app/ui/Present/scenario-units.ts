/**
 * A presented scenario is a list of units (what a person would type, one at a time). These
 * helpers turn the three sources a teacher has (typed text, a file, a share link) into
 * units, and read how far the store's world has got through them.
 */
import { splitScript } from '../../session/split-script';
import { readFragment } from '../../share/link';
import type { ScenarioStep } from '../../store/types';

export type UnitsResult = { ok: true; units: string[] } | { ok: false; error: string };

/** Units from a scenario script; an empty one is an error a teacher can act on. */
export function unitsFromScript(script: string): UnitsResult {
  const units = splitScript(script);
  return units.length > 0
    ? { ok: true, units }
    : { ok: false, error: 'This scenario has no commands to present.' };
}

/**
 * Units from a share link: a whole address or just its `#s=…` part. The share module's
 * decoder does the capping and validation; its message is passed on as it is.
 */
export function unitsFromLink(link: string): UnitsResult {
  const text = link.trim();
  const hash = text.includes('#') ? text.slice(text.indexOf('#')) : text;
  const read = readFragment(hash);
  if (read.kind === 'none') {
    return { ok: false, error: 'This is not a Layercake share link (it has no #s= part).' };
  }
  if (read.kind === 'bad') return { ok: false, error: read.error };
  const units = read.doc.steps.map((s) => s.input.replace(/\n$/, '')).filter((u) => u.trim());
  return units.length > 0
    ? { ok: true, units }
    : { ok: false, error: 'This link holds no commands to present.' };
}

const norm = (input: string) => input.replace(/\s+$/, '');

/**
 * How many of `units` the store's scenario has run, in order from the start. Editor
 * writes (`files`) are skipped; a command typed by hand in between ends the match, so
 * Back (undo) removes it first and the presentation is in step again.
 */
export function stepsDone(scenario: readonly ScenarioStep[], units: readonly string[]): number {
  let done = 0;
  for (const step of scenario) {
    if (step.origin === 'files') continue;
    const unit = units[done];
    if (unit === undefined || norm(unit) !== norm(step.input)) break;
    done++;
  }
  return done;
}

/** Whether the scenario holds a command that is not one of the presented steps. */
export function hasForeignSteps(scenario: readonly ScenarioStep[], units: readonly string[]) {
  return scenario.filter((s) => s.origin !== 'files').length > stepsDone(scenario, units);
}

/** The upcoming unit as shown in advance: its first line and how many lines follow. */
export function preview(unit: string | undefined): { first: string; more: number } | null {
  if (unit === undefined) return null;
  const [first = '', ...rest] = unit.split('\n');
  return { first, more: rest.length };
}
