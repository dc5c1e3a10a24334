/**
 * Builder flags (`--from=build`, `--link`, `--mount=...`) checked per instruction, as
 * BuildKit's BFlags: each instruction declares the flags it accepts; an unknown flag gets a
 * "did you mean" suggestion; string flags need `=value`; bool flags take nothing, `=true` or
 * `=false`; only list flags (--mount, --exclude) may repeat. A bare `--` ends the flags.
 */
import { withSuggestion } from '../suggest';

type FlagType = 'bool' | 'string' | 'strings';

interface FlagState {
  type: FlagType;
  value?: string;
  values: string[];
}

export class BuilderFlags {
  private readonly declared = new Map<string, FlagState>();
  private readonly used = new Set<string>();

  constructor(private readonly args: readonly string[]) {}

  bool(name: string): this {
    this.declared.set(name, { type: 'bool', values: [] });
    return this;
  }

  string(name: string): this {
    this.declared.set(name, { type: 'string', values: [] });
    return this;
  }

  strings(name: string): this {
    this.declared.set(name, { type: 'strings', values: [] });
    return this;
  }

  /** Checks every flag given; returns BuildKit's error text for the first bad one. */
  parse(): string | undefined {
    for (const arg of this.args) {
      if (arg === '--') return undefined;
      if (!arg.startsWith('--')) return `arg should start with -- : ${arg}`;
      const eq = arg.indexOf('=');
      const flagName = eq < 0 ? arg : arg.slice(0, eq);
      const value = eq < 0 ? '' : arg.slice(eq + 1);
      const hasValue = eq >= 0;
      const name = flagName.slice(2);
      const flag = this.declared.get(name);
      if (!flag) {
        const names = [...this.declared.keys()].sort();
        return withSuggestion(`unknown flag: ${flagName}`, name, names, true);
      }
      if (this.used.has(name) && flag.type !== 'strings') {
        return `duplicate flag specified: ${flagName}`;
      }
      this.used.add(name);
      if (flag.type === 'bool') {
        if (hasValue && value === '') return `missing a value on flag: ${flagName}`;
        const lower = value.toLowerCase();
        if (lower === 'true' || lower === '') flag.value = 'true';
        else if (lower === 'false') flag.value = 'false';
        else return `expecting boolean value for flag ${flagName}, not: ${value}`;
      } else {
        if (!hasValue) return `missing a value on flag: ${flagName}`;
        if (flag.type === 'string') flag.value = value;
        else flag.values.push(value);
      }
    }
    return undefined;
  }

  /** A string flag's value, or undefined when it was not given. */
  get(name: string): string | undefined {
    return this.declared.get(name)?.value;
  }

  isTrue(name: string): boolean {
    return this.declared.get(name)?.value === 'true';
  }

  list(name: string): string[] {
    return [...(this.declared.get(name)?.values ?? [])];
  }

  usedNames(): string[] {
    return [...this.used];
  }
}
