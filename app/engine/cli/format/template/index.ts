// Go text/template for docker's --format flag: compile once, execute over plain data.
//
//   const t = compileTemplate('{{.Names}}\t{{json .Labels}}');
//   if (t.ok) executeTemplate(t.template, row)  // { ok: true, text } | { ok: false, error }
//
// Error texts are Go's, without the prefix each docker command adds ("failed to parse
// template: ", "template parsing error: "…): that prefix is the caller's.
import { utf8Length } from './values';
import { BUILTINS } from './builtins';
import { DOCKER_FUNCS, DOCKER_HEADER_FUNCS } from './docker-funcs';
import { ExecError, Executor } from './exec';
import type { FuncMap } from './funcs';
import { nodeString } from './nodes';
import { parseTemplate, TemplateParseError, type ParsedTemplate } from './parser';

export type { FuncMap, TemplateFunc, ParamType } from './funcs';
export { FuncError, fn } from './funcs';

/** Which functions a template may call, besides Go's built-in ones. */
export type FunctionSet = 'docker' | 'docker-header' | FuncMap;

export interface CompileOptions {
  /** The template's name in messages: '' for most docker commands, 'version' for version. */
  name?: string;
  /** Extra functions; docker's own set by default. */
  funcs?: FuncMap;
  /**
   * Where execution errors point: `docker ps` reports columns in the --format text as typed
   * (before "table" and \\t were processed), so it passes that text and an offset mapping.
   */
  errorSource?: { text: string; offsetOf: (pos: number) => number };
}

export interface CompiledTemplate {
  readonly source: string;
  readonly name: string;
  readonly parsed: ParsedTemplate;
  readonly funcs: FuncMap;
  readonly errorSource?: CompileOptions['errorSource'];
}

export interface ExecuteOptions {
  /** Use docker's table-header functions (json, upper… return their argument). */
  header?: boolean;
  /** Go's missingkey option: 'error' makes a missing map key an error. */
  missingKey?: 'default' | 'error';
}

export type CompileResult = { ok: true; template: CompiledTemplate } | { ok: false; error: string };
/** On failure, `partial` is what Go had written before the error (docker version prints it). */
export type ExecuteResult =
  { ok: true; text: string } | { ok: false; error: string; partial: string };

export function compileTemplate(source: string, options: CompileOptions = {}): CompileResult {
  const name = options.name ?? '';
  const funcs: FuncMap = { ...BUILTINS, ...DOCKER_FUNCS, ...options.funcs };
  try {
    const parsed = parseTemplate(source, (fn) => Object.prototype.hasOwnProperty.call(funcs, fn));
    const template: CompiledTemplate = { source, name, parsed, funcs };
    return {
      ok: true,
      template: options.errorSource ? { ...template, errorSource: options.errorSource } : template,
    };
  } catch (error) {
    if (error instanceof TemplateParseError) {
      return { ok: false, error: `template: ${name}:${error.line}: ${error.message}` };
    }
    throw error;
  }
}

function location(source: string, pos: number): string {
  const before = source.slice(0, pos);
  const newline = before.lastIndexOf('\n');
  const line = before.split('\n').length;
  const column = utf8Length(newline < 0 ? before : before.slice(newline + 1));
  return `${line}:${column}`;
}

export function executeTemplate(
  template: CompiledTemplate,
  data: unknown,
  options: ExecuteOptions = {},
): ExecuteResult {
  const funcs = options.header ? { ...template.funcs, ...DOCKER_HEADER_FUNCS } : template.funcs;
  const executor = new Executor({
    funcs,
    defines: template.parsed.defines,
    missingKey: options.missingKey ?? 'default',
    name: template.name,
  });
  try {
    return { ok: true, text: executor.run(template.parsed.root, data) };
  } catch (error) {
    if (error instanceof ExecError) {
      const mapped = template.errorSource;
      const where = mapped
        ? location(mapped.text, mapped.offsetOf(error.node.pos))
        : location(template.source, error.node.pos);
      const context = nodeString(error.node);
      const message =
        `template: ${template.name}:${where}: executing ${JSON.stringify(error.templateName)} ` +
        `at <${context}>: ${error.message}`;
      return { ok: false, error: message, partial: executor.written };
    }
    throw error;
  }
}

/** Compiles and executes in one step. */
export function renderTemplate(
  source: string,
  data: unknown,
  options: CompileOptions & ExecuteOptions = {},
): ExecuteResult {
  const compiled = compileTemplate(source, options);
  if (!compiled.ok) return { ...compiled, partial: '' };
  return executeTemplate(compiled.template, data, options);
}
