// Executes a parsed template over plain data, following Go's text/template evaluation (fields,
// methods, pipelines, variables, if/with/range, break/continue, nested templates) and its error
// messages. Errors carry the node being evaluated, which becomes "at <node>" in the message.
import { checkLiteral, checkNil, checkValue, numberConstant, type Checked } from './arg-types';
import { FuncError, type FuncMap, type ParamType, type TemplateFunc } from './funcs';
import type {
  ArgNode,
  CommandNode,
  ControlNode,
  ListNode,
  Node,
  PipeNode,
  TemplateNode,
} from './nodes';
import { argString } from './nodes';
import { lookupField, rangeItems } from './lookup';
import { formatValue, isTrue, NIL_INTERFACE } from './values';

export class ExecError extends Error {
  constructor(
    message: string,
    readonly node: { pos: number } & (Node | CommandNode | ArgNode),
    readonly templateName: string,
  ) {
    super(message);
  }
}

const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');
const MAX_DEPTH = 100000;

export interface ExecOptions {
  funcs: FuncMap;
  defines: Map<string, ListNode>;
  missingKey: 'default' | 'error';
  name: string;
}

type AnyNode = Node | CommandNode | ArgNode;

export class Executor {
  private vars: { name: string; value: unknown }[] = [];
  private node: AnyNode | null = null;
  private out = '';
  private depth = 0;
  private name: string;

  constructor(private readonly opts: ExecOptions) {
    this.name = opts.name;
  }

  /** What was written before an error stopped execution (Go writes as it goes). */
  get written(): string {
    return this.out;
  }

  run(root: ListNode, data: unknown): string {
    this.vars = [{ name: '$', value: data }];
    this.walk(data, root);
    return this.out;
  }

  private at(node: AnyNode): void {
    this.node = node;
  }

  private fail(message: string): never {
    throw new ExecError(message, this.node ?? { kind: 'dot', pos: 0 }, this.name);
  }

  private walk(dot: unknown, node: Node): void {
    this.at(node);
    switch (node.kind) {
      case 'text':
        this.out += node.text;
        return;
      case 'action': {
        const value = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.print(node, value);
        return;
      }
      case 'list':
        for (const child of node.nodes) this.walk(dot, child);
        return;
      case 'if':
      case 'with': {
        const mark = this.vars.length;
        const value = this.evalPipeline(dot, node.pipe);
        if (isTrue(value)) this.walk(node.kind === 'with' ? value : dot, node.list);
        else if (node.elseList) this.walk(dot, node.elseList);
        this.vars.length = mark;
        return;
      }
      case 'range':
        return this.walkRange(dot, node);
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
      case 'template':
        return this.walkTemplate(dot, node);
    }
  }

  private print(node: AnyNode, value: unknown): void {
    this.at(node);
    this.out += value === undefined ? '<no value>' : formatValue(value);
  }

  private walkTemplate(dot: unknown, node: TemplateNode): void {
    const list = this.opts.defines.get(node.name);
    if (!list) this.fail(`template "${node.name}" not defined`);
    if (this.depth >= MAX_DEPTH) this.fail(`exceeded maximum template depth (${MAX_DEPTH})`);
    const value = node.pipe ? this.evalPipeline(dot, node.pipe) : undefined;
    const saved = { vars: this.vars, name: this.name };
    this.vars = [{ name: '$', value }];
    this.name = node.name;
    this.depth++;
    this.walk(value, list);
    this.depth--;
    this.vars = saved.vars;
    this.name = saved.name;
  }

  private walkRange(dot: unknown, node: ControlNode): void {
    const outer = this.vars.length;
    const value = this.evalPipeline(dot, node.pipe);
    const mark = this.vars.length;
    const decl = node.pipe.decl;
    const iterate = (key: unknown, elem: unknown): boolean => {
      if (decl.length > 0) this.setVar(decl.length > 1 ? decl[1]! : decl[0]!, elem, node.pipe);
      if (decl.length > 1) this.setVar(decl[0]!, key, node.pipe);
      try {
        this.walk(elem, node.list);
      } catch (signal) {
        if (signal === BREAK) return false;
        if (signal !== CONTINUE) throw signal;
      } finally {
        this.vars.length = mark;
      }
      return true;
    };
    const items = rangeItems(value, decl.length);
    if (items.kind === 'error') {
      this.at(node);
      this.fail(items.message);
    }
    for (const [key, elem] of items.items) if (!iterate(key, elem)) break;
    const iterated = items.items.length > 0;
    if (!iterated && node.elseList) this.walk(dot, node.elseList);
    this.vars.length = outer;
  }

  /** Range variables: declared ones are reset per iteration, assigned ones set outer vars. */
  private setVar(name: string, value: unknown, pipe: PipeNode): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i]!;
      if (v.name === name) {
        v.value = value;
        return;
      }
    }
    if (!pipe.isAssign) this.vars.push({ name, value });
  }

  private varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i]!;
      if (v.name === name) return v.value;
    }
    return this.fail(`undefined variable: ${name}`);
  }

  evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    this.at(pipe);
    let value: unknown = undefined;
    let hasFinal = false;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value, hasFinal);
      hasFinal = true;
      // Go digs into interface{} values: a nil read from a map becomes "no value".
      if (value === NIL_INTERFACE) value = undefined;
    }
    for (const name of pipe.decl) {
      if (pipe.isAssign) this.setVar(name, value, pipe);
      else this.vars.push({ name, value });
    }
    return value;
  }

  private notAFunction(args: ArgNode[], hasFinal: boolean): void {
    if (args.length > 1 || hasFinal) {
      this.fail(`can't give argument to non-function ${argString(args[0]!)}`);
    }
  }

  private evalCommand(dot: unknown, cmd: CommandNode, final: unknown, hasFinal: boolean): unknown {
    const first = cmd.args[0]!;
    switch (first.kind) {
      case 'field':
        this.at(first);
        return this.evalFieldChain(dot, dot, first.idents, cmd.args, final, hasFinal);
      case 'chain':
        return this.evalChain(dot, first, cmd.args, final, hasFinal);
      case 'identifier':
        return this.evalFunction(dot, first.name, first, cmd, cmd.args, final, hasFinal);
      case 'pipe':
        this.notAFunction(cmd.args, hasFinal);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariable(dot, first, cmd.args, final, hasFinal);
    }
    this.at(first);
    this.notAFunction(cmd.args, hasFinal);
    switch (first.kind) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        return this.fail('nil is not a command');
      case 'number':
        return numberConstant(first);
      case 'string':
        return first.value;
    }
  }

  private evalChain(
    dot: unknown,
    chain: Extract<ArgNode, { kind: 'chain' }>,
    args: ArgNode[],
    final: unknown,
    hasFinal: boolean,
  ): unknown {
    if (chain.node.kind === 'nil')
      this.fail(`indirection through explicit nil in ${argString(chain)}`);
    const receiver = this.evalArg(dot, 'any', chain.node);
    this.at(chain);
    return this.evalFieldChain(dot, receiver, chain.fields, args, final, hasFinal);
  }

  private evalVariable(
    dot: unknown,
    node: Extract<ArgNode, { kind: 'variable' }>,
    args: ArgNode[],
    final: unknown,
    hasFinal: boolean,
  ): unknown {
    this.at(node);
    const value = this.varValue(node.idents[0]!);
    if (node.idents.length === 1) {
      this.notAFunction(args, hasFinal);
      return value;
    }
    return this.evalFieldChain(dot, value, node.idents.slice(1), args, final, hasFinal);
  }

  private evalFieldChain(
    dot: unknown,
    receiver: unknown,
    idents: string[],
    args: ArgNode[],
    final: unknown,
    hasFinal: boolean,
  ): unknown {
    const last = idents.length - 1;
    for (let i = 0; i < last; i++)
      receiver = this.evalField(dot, idents[i]!, [], undefined, false, receiver);
    return this.evalField(dot, idents[last]!, args, final, hasFinal, receiver);
  }

  private evalField(
    dot: unknown,
    name: string,
    args: ArgNode[],
    final: unknown,
    hasFinal: boolean,
    receiver: unknown,
  ): unknown {
    const hasArgs = args.length > 1 || hasFinal;
    const found = lookupField(receiver, name, hasArgs, this.opts.missingKey);
    if (found.kind === 'error') return this.fail(found.message);
    if (found.kind === 'value') return found.value;
    return this.call(dot, found.method, name, undefined, args, final, hasFinal);
  }

  private evalFunction(
    dot: unknown,
    name: string,
    ident: ArgNode,
    cmd: CommandNode,
    args: ArgNode[],
    final: unknown,
    hasFinal: boolean,
  ): unknown {
    this.at(ident);
    const func = this.opts.funcs[name];
    if (!func) return this.fail(`"${name}" is not a defined function`);
    if (name === 'and' || name === 'or')
      return this.andOr(dot, name, ident, args.slice(1), final, hasFinal);
    return this.call(dot, () => undefined, name, func, args, final, hasFinal, cmd);
  }

  private andOr(
    dot: unknown,
    name: string,
    ident: ArgNode,
    args: ArgNode[],
    final: unknown,
    hasFinal: boolean,
  ): unknown {
    if (args.length + (hasFinal ? 1 : 0) < 1) {
      this.at(ident);
      this.fail(`wrong number of args for ${name}: want at least 1 got 0`);
    }
    let value: unknown;
    for (const arg of args) {
      value = this.evalArg(dot, 'any', arg);
      if (isTrue(value) === (name === 'or')) return value;
    }
    return hasFinal ? final : value;
  }

  private call(
    dot: unknown,
    impl: (...a: unknown[]) => unknown,
    name: string,
    func: TemplateFunc | undefined,
    args: ArgNode[],
    final: unknown,
    hasFinal: boolean,
    cmd?: CommandNode,
  ): unknown {
    const node = this.node;
    const given = args.slice(1);
    const count = given.length + (hasFinal ? 1 : 0);
    const params = func?.params ?? [];
    const variadic = func ? func.variadic : 'any';
    if (func && variadic && count < params.length) {
      this.fail(
        `wrong number of args for ${name}: want at least ${params.length} got ${given.length}`,
      );
    } else if (func && !variadic && count !== params.length) {
      this.fail(`wrong number of args for ${name}: want ${params.length} got ${count}`);
    }
    const typeAt = (i: number): ParamType => params[i] ?? variadic ?? 'any';
    const values = given.map((arg, i) => this.evalArg(dot, typeAt(i), arg));
    if (hasFinal) values.push(this.validate(final, typeAt(given.length)));
    if (cmd) this.at(cmd);
    else if (node) this.at(node);
    try {
      const result = func ? func.call(values) : impl(...values);
      if (result instanceof Error) throw new FuncError(result.message);
      return result;
    } catch (error) {
      if (error instanceof FuncError) this.fail(`error calling ${name}: ${error.message}`);
      throw error;
    }
  }

  private evalArg(dot: unknown, type: ParamType, arg: ArgNode): unknown {
    this.at(arg);
    switch (arg.kind) {
      case 'dot':
        return this.validate(dot, type);
      case 'nil':
        return this.checked(checkNil(type));
      case 'field':
        return this.validate(
          this.evalFieldChain(dot, dot, arg.idents, [arg], undefined, false),
          type,
        );
      case 'variable':
        return this.validate(this.evalVariable(dot, arg, [], undefined, false), type);
      case 'pipe':
        return this.validate(this.evalPipeline(dot, arg), type);
      case 'identifier': {
        const cmd: CommandNode = { kind: 'command', pos: arg.pos, args: [arg] };
        return this.validate(
          this.evalFunction(dot, arg.name, arg, cmd, [arg], undefined, false),
          type,
        );
      }
      case 'chain':
        return this.validate(this.evalChain(dot, arg, [], undefined, false), type);
    }
    return this.checked(checkLiteral(arg, type, argString(arg)));
  }

  private checked(result: Checked): unknown {
    return result.ok ? result.value : this.fail(result.message);
  }

  private validate(value: unknown, type: ParamType): unknown {
    return this.checked(checkValue(value, type));
  }
}
