// The function table of a template: how each function takes its arguments (Go checks literal
// arguments against parameter types, "expected string; found 1") and what it does.

/** How a parameter is checked: `strings` is Go's []string. */
export type ParamType = 'any' | 'string' | 'int' | 'bool' | 'strings';

export interface TemplateFunc {
  params: readonly ParamType[];
  /** Type of each extra argument for a variadic function. */
  variadic?: ParamType;
  call: (args: unknown[]) => unknown;
}

export type FuncMap = Readonly<Record<string, TemplateFunc>>;

/** A failure inside a function: printed as `error calling NAME: MESSAGE`. */
export class FuncError extends Error {}

export const fn = (
  params: readonly ParamType[],
  call: (args: unknown[]) => unknown,
  variadic?: ParamType,
): TemplateFunc => (variadic ? { params, call, variadic } : { params, call });
