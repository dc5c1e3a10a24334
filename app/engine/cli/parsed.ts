/** Typed access to a parsed command line, so commands read flags without casts. */
import type { FlagValue } from './args/spec';

export class Flags {
  constructor(
    private readonly values: Record<string, FlagValue>,
    /** Long names given on the command line (docker distinguishes "not given" from default). */
    readonly changed: readonly string[],
  ) {}

  bool(name: string): boolean {
    return this.values[name] === true;
  }

  string(name: string): string | undefined {
    const value = this.values[name];
    return typeof value === 'string' && (value !== '' || this.changed.includes(name))
      ? value
      : undefined;
  }

  strings(name: string): string[] {
    const value = this.values[name];
    return Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];
  }

  int(name: string): number | undefined {
    const value = this.values[name];
    return typeof value === 'number' ? value : undefined;
  }

  given(name: string): boolean {
    return this.changed.includes(name);
  }
}

export interface ParsedArgs {
  flags: Flags;
  args: string[];
}
