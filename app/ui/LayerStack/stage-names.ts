/**
 * What a Dockerfile's stages are called and built on, for labels: the final stage's base
 * ("base: python:3.14-slim") and each stage's label as BuildKit prints it (`AS build` →
 * "build", unnamed → "stage-2"), with the image it starts FROM.
 */
import type { ParseResult } from '../../engine/dockerfile/types';

export interface StageInfo {
  /** BuildKit's label: the lower-cased `AS` name, else `stage-N`. */
  label: string;
  /** What FROM names (an image reference, or an earlier stage's name). */
  from: string;
  /** 0-based position among the stages. */
  index: number;
}

export function stagesOf(parsed: ParseResult): StageInfo[] {
  const instructions = parsed.ok ? parsed.value.instructions : (parsed.partial?.instructions ?? []);
  const stages: StageInfo[] = [];
  for (const ins of instructions) {
    if (ins.keyword !== 'FROM') continue;
    const [from = '', as, name] = ins.args;
    const index = stages.length;
    const label = as?.toLowerCase() === 'as' && name ? name.toLowerCase() : `stage-${index}`;
    stages.push({ label, from, index });
  }
  return stages;
}

/** The label to show for an image's base, from the stage it was built from. */
export function baseNameOf(stages: readonly StageInfo[], stageLabel?: string): string | undefined {
  const stage = stageLabel ? stages.find((s) => s.label === stageLabel) : stages.at(-1);
  if (!stage) return undefined;
  const earlier = stages.find((s) => s.index < stage.index && s.label === stage.from.toLowerCase());
  return earlier
    ? `stage ${earlier.label} (${baseNameOf(stages, earlier.label) ?? earlier.from})`
    : stage.from;
}

/** The stage a `--from=` value names: a label, or a stage number ("0" → "stage-0"'s label). */
export function stageByRef(stages: readonly StageInfo[], ref: string): StageInfo | undefined {
  if (/^\d+$/.test(ref)) return stages[Number(ref)];
  return stages.find((s) => s.label === ref.toLowerCase());
}
