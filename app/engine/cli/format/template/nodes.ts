// The parse tree of a Go text/template, and how Go prints its nodes: execution errors quote
// the node being evaluated ("at <index .Labels "k">"), so `nodeString` follows Go's layout.

export interface Base {
  /** Index in the template source where the node starts (Go's Pos). */
  pos: number;
}

export type ArgNode =
  | (Base & { kind: 'field'; idents: string[] })
  | (Base & { kind: 'variable'; idents: string[] })
  | (Base & { kind: 'identifier'; name: string })
  | (Base & { kind: 'chain'; node: ArgNode; fields: string[] })
  | (Base & { kind: 'dot' })
  | (Base & { kind: 'nil' })
  | (Base & { kind: 'bool'; value: boolean })
  | (Base & { kind: 'string'; text: string; value: string })
  | (Base & { kind: 'number'; text: string; value: number; isFloat: boolean })
  | PipeNode;

export interface CommandNode extends Base {
  kind: 'command';
  args: ArgNode[];
}

export interface PipeNode extends Base {
  kind: 'pipe';
  isAssign: boolean;
  decl: string[];
  cmds: CommandNode[];
}

export interface ListNode extends Base {
  kind: 'list';
  nodes: Node[];
}

export interface ControlNode extends Base {
  kind: 'if' | 'with' | 'range';
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | null;
}

export interface TemplateNode extends Base {
  kind: 'template';
  name: string;
  pipe: PipeNode | null;
}

export type Node =
  | (Base & { kind: 'text'; text: string })
  | (Base & { kind: 'action'; pipe: PipeNode })
  | ControlNode
  | TemplateNode
  | (Base & { kind: 'break' | 'continue' })
  | ListNode;

function pipeString(pipe: PipeNode): string {
  let out = '';
  if (pipe.decl.length > 0) out = `${pipe.decl.join(', ')} ${pipe.isAssign ? '=' : ':='} `;
  return out + pipe.cmds.map(commandString).join(' | ');
}

export function commandString(cmd: CommandNode): string {
  return cmd.args
    .map((arg) => (arg.kind === 'pipe' ? `(${pipeString(arg)})` : argString(arg)))
    .join(' ');
}

export function argString(node: ArgNode): string {
  switch (node.kind) {
    case 'field':
      return node.idents.map((id) => `.${id}`).join('');
    case 'variable':
      return node.idents.join('.');
    case 'identifier':
      return node.name;
    case 'chain': {
      const inner = node.node.kind === 'pipe' ? `(${pipeString(node.node)})` : argString(node.node);
      return inner + node.fields.map((f) => `.${f}`).join('');
    }
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(node.value);
    case 'string':
    case 'number':
      return node.text;
    case 'pipe':
      return pipeString(node);
  }
}

export function nodeString(node: Node | CommandNode | ArgNode): string {
  switch (node.kind) {
    case 'command':
      return commandString(node);
    case 'action':
      return `{{${pipeString(node.pipe)}}}`;
    case 'template':
      return `{{template ${JSON.stringify(node.name)}${node.pipe ? ` ${pipeString(node.pipe)}` : ''}}}`;
    case 'text':
      return node.text;
    case 'break':
    case 'continue':
      return `{{${node.kind}}}`;
    case 'list':
      return node.nodes.map(nodeString).join('');
    case 'if':
    case 'with':
    case 'range':
      return `{{${node.kind} ${pipeString(node.pipe)}}}`;
    default:
      return argString(node);
  }
}
