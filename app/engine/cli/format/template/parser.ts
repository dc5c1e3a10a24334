// The parser of Go's text/template, following Go's grammar and error wording (the messages are
// what `docker --format` prints after "template: :1: ").
import { lex, type Item } from './lexer';
import type { ArgNode, CommandNode, ListNode, Node, PipeNode } from './nodes';
import { parseNumber, unquote } from './literals';

export interface ParsedTemplate {
  root: ListNode;
  /** Templates from {{define}} and {{block}}, by name. */
  defines: Map<string, ListNode>;
}

export class TemplateParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

type EndNode = { kind: 'end'; pos: number } | { kind: 'else'; pos: number };

function itemString(item: Item): string {
  if (item.type === 'eof') return 'EOF';
  if (item.type === 'error') return item.val;
  if (item.type === 'keyword') return `<${item.val}>`;
  const quoted = JSON.stringify(item.val);
  if ([...item.val].length > 10) return `${JSON.stringify([...item.val].slice(0, 10).join(''))}...`;
  return quoted;
}

class Parser {
  private index = 0;
  private vars: string[] = ['$'];
  private rangeDepth = 0;
  private lastLine = 1;
  readonly defines = new Map<string, ListNode>();

  constructor(
    private readonly items: Item[],
    private readonly hasFunction: (name: string) => boolean,
  ) {}

  private fail(message: string): never {
    throw new TemplateParseError(message, this.lastLine);
  }

  private peek(): Item {
    return this.items[this.index] ?? this.items[this.items.length - 1]!;
  }

  private next(): Item {
    const item = this.peek();
    if (this.index < this.items.length) this.index++;
    this.lastLine = item.line;
    if (item.type === 'error') this.fail(item.val);
    return item;
  }

  private backup(count = 1): void {
    this.index -= count;
  }

  private nextNonSpace(): Item {
    let item = this.next();
    while (item.type === 'space') item = this.next();
    return item;
  }

  private peekNonSpace(): Item {
    const item = this.nextNonSpace();
    this.backup();
    return item;
  }

  private unexpected(item: Item, context: string): never {
    this.fail(`unexpected ${itemString(item)} in ${context}`);
  }

  parse(): ListNode {
    const root: ListNode = { kind: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().type !== 'eof') {
      if (this.peek().type === 'leftDelim') {
        const start = this.index;
        this.next();
        const word = this.nextNonSpace();
        if (word.type === 'keyword' && word.val === 'define') {
          this.parseDefinition();
          continue;
        }
        this.index = start;
      }
      const node = this.textOrAction();
      if (node.kind === 'end' || node.kind === 'else') this.fail(`unexpected {{${node.kind}}}`);
      root.nodes.push(node);
    }
    return root;
  }

  private parseDefinition(): void {
    const nameItem = this.nextNonSpace();
    const name = this.templateName(nameItem, 'define clause');
    const close = this.nextNonSpace();
    if (close.type !== 'rightDelim') this.unexpected(close, 'define clause');
    const saved = this.vars;
    this.vars = ['$'];
    const [list, end] = this.itemList();
    this.vars = saved;
    if (end.kind !== 'end') this.fail(`unexpected {{${end.kind}}} in define clause`);
    this.defines.set(name, list);
  }

  private templateName(item: Item, context: string): string {
    if (item.type === 'string' || item.type === 'rawString') return this.unquoteItem(item);
    this.unexpected(item, context);
  }

  private unquoteItem(item: Item): string {
    const value = unquote(item.val);
    if (value === null) this.fail('invalid syntax');
    return value;
  }

  private itemList(): [ListNode, EndNode] {
    const list: ListNode = { kind: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().type !== 'eof') {
      const node = this.textOrAction();
      if (node.kind === 'end' || node.kind === 'else') return [list, node];
      list.nodes.push(node);
    }
    this.fail('unexpected EOF');
  }

  private textOrAction(): Node | EndNode {
    const item = this.nextNonSpace();
    if (item.type === 'text') return { kind: 'text', pos: item.pos, text: item.val };
    if (item.type === 'leftDelim') return this.action();
    this.unexpected(item, 'input');
  }

  private action(): Node | EndNode {
    const token = this.nextNonSpace();
    if (token.type === 'keyword') {
      switch (token.val) {
        case 'block':
          return this.blockControl();
        case 'break':
        case 'continue':
          return this.loopControl(token);
        case 'else':
          return this.elseControl();
        case 'end':
          return { kind: 'end', pos: this.expectClose('end').pos };
        case 'if':
        case 'range':
        case 'with':
          return this.control(token.val, token.pos);
        case 'template':
          return this.templateControl();
      }
    }
    this.backup();
    const start = this.peek();
    return { kind: 'action', pos: start.pos, pipe: this.pipeline('command', 'rightDelim') };
  }

  private expectClose(context: string): Item {
    const token = this.nextNonSpace();
    if (token.type !== 'rightDelim') this.unexpected(token, context);
    return token;
  }

  private loopControl(token: Item): Node {
    this.expectClose(`{{${token.val}}}`);
    if (this.rangeDepth === 0) this.fail(`{{${token.val}}} outside {{range}}`);
    return { kind: token.val as 'break' | 'continue', pos: token.pos };
  }

  private elseControl(): EndNode {
    const peek = this.peekNonSpace();
    // "else if" and "else with": leave the keyword for the enclosing control to chain.
    if (peek.type === 'keyword' && (peek.val === 'if' || peek.val === 'with')) {
      return { kind: 'else', pos: peek.pos };
    }
    return { kind: 'else', pos: this.expectClose('else').pos };
  }

  private control(kind: 'if' | 'range' | 'with', pos: number): Node {
    const varCount = this.vars.length;
    const pipe = this.pipeline(kind, 'rightDelim');
    if (kind === 'range') this.rangeDepth++;
    const [list, next] = this.itemList();
    if (kind === 'range') this.rangeDepth--;
    let elseList: ListNode | null = null;
    if (next.kind === 'else') {
      const peek = this.peekNonSpace();
      if (kind !== 'range' && peek.type === 'keyword' && peek.val === kind) {
        const chained = this.nextNonSpace();
        elseList = { kind: 'list', pos: next.pos, nodes: [this.control(kind, chained.pos)] };
      } else {
        const [rest, end] = this.itemList();
        if (end.kind !== 'end') this.fail('expected end; found {{else}}');
        elseList = rest;
      }
    }
    this.vars.length = varCount;
    return { kind, pos, pipe, list, elseList };
  }

  private templateControl(): Node {
    const token = this.nextNonSpace();
    const name = this.templateName(token, 'template clause');
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().type !== 'rightDelim') {
      this.backup();
      pipe = this.pipeline('template clause', 'rightDelim');
    }
    return { kind: 'template', pos: token.pos, name, pipe };
  }

  private blockControl(): Node {
    const token = this.nextNonSpace();
    const name = this.templateName(token, 'block clause');
    const pipe = this.pipeline('block clause', 'rightDelim');
    const saved = this.vars;
    this.vars = ['$'];
    const [list, end] = this.itemList();
    this.vars = saved;
    if (end.kind !== 'end') this.fail('unexpected {{else}} in block clause');
    this.defines.set(name, list);
    return { kind: 'template', pos: token.pos, name, pipe };
  }

  private pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
    const pipe: PipeNode = {
      kind: 'pipe',
      pos: this.peekNonSpace().pos,
      isAssign: false,
      decl: [],
      cmds: [],
    };
    this.declarations(pipe, context);
    for (;;) {
      const token = this.nextNonSpace();
      if (token.type === end) {
        if (pipe.cmds.length === 0) this.fail(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((cmd, i) => {
          const kind = cmd.args[0]?.kind;
          if (kind && ['bool', 'dot', 'nil', 'number', 'string'].includes(kind)) {
            this.fail(`non executable command in pipeline stage ${i + 2}`);
          }
        });
        return pipe;
      }
      const operandStart = [
        'bool',
        'charConstant',
        'dot',
        'field',
        'identifier',
        'number',
        'nil',
        'rawString',
        'string',
        'variable',
        'leftParen',
      ];
      if (!operandStart.includes(token.type)) this.unexpected(token, context);
      this.backup();
      pipe.cmds.push(this.command());
    }
  }

  private declarations(pipe: PipeNode, context: string): void {
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== 'variable') return;
      const start = this.index;
      this.nextNonSpace();
      const next = this.peekNonSpace();
      if (next.type === 'assign' || next.type === 'declare') {
        pipe.isAssign = next.type === 'assign';
        this.nextNonSpace();
        pipe.decl.push(v.val);
        this.vars.push(v.val);
        return;
      }
      if (next.type === 'char' && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push(v.val);
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const after = this.peekNonSpace().type;
          if (after === 'variable' || after === 'rightDelim' || after === 'rightParen') continue;
          this.fail('range can only initialize variables');
        }
        this.fail(`too many declarations in ${context}`);
      }
      this.index = start;
      return;
    }
  }

  private command(): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.type === 'space') continue;
      if (token.type === 'rightDelim' || token.type === 'rightParen') this.backup();
      else if (token.type !== 'pipe') this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.fail('empty command');
    return cmd;
  }

  private operand(): ArgNode | null {
    const node = this.term();
    if (!node || this.peek().type !== 'field') return node;
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().type === 'field') fields.push(this.next().val.slice(1));
    switch (node.kind) {
      case 'field':
        return { kind: 'field', pos, idents: [...node.idents, ...fields] };
      case 'variable':
        return { kind: 'variable', pos, idents: [...node.idents, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        return this.fail(`unexpected . after term ${JSON.stringify(termText(node))}`);
      default:
        return { kind: 'chain', pos, node, fields };
    }
  }

  private term(): ArgNode | null {
    const token = this.nextNonSpace();
    const pos = token.pos;
    switch (token.type) {
      case 'identifier':
        if (!this.hasFunction(token.val)) this.fail(`function "${token.val}" not defined`);
        return { kind: 'identifier', pos, name: token.val };
      case 'dot':
        return { kind: 'dot', pos };
      case 'nil':
        return { kind: 'nil', pos };
      case 'variable': {
        const [name = '$', ...fields] = token.val.split('.');
        if (!this.vars.includes(name)) this.fail(`undefined variable "${name}"`);
        return { kind: 'variable', pos, idents: [name, ...fields] };
      }
      case 'field':
        return { kind: 'field', pos, idents: [token.val.slice(1)] };
      case 'bool':
        return { kind: 'bool', pos, value: token.val === 'true' };
      case 'charConstant':
      case 'number': {
        const number = parseNumber(token.val);
        if (!number) this.fail(`illegal number syntax: ${JSON.stringify(token.val)}`);
        return { kind: 'number', pos, text: token.val, ...number };
      }
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString':
        return { kind: 'string', pos, text: token.val, value: this.unquoteItem(token) };
      default:
        this.backup();
        return null;
    }
  }
}

function termText(node: ArgNode): string {
  if (node.kind === 'string' || node.kind === 'number') return node.text;
  if (node.kind === 'bool') return String(node.value);
  return node.kind === 'dot' ? '.' : 'nil';
}

/** Parses a template; `hasFunction` says which function names exist (Go checks at parse time). */
export function parseTemplate(
  source: string,
  hasFunction: (name: string) => boolean,
): ParsedTemplate {
  const parser = new Parser(lex(source), hasFunction);
  const root = parser.parse();
  return { root, defines: parser.defines };
}
