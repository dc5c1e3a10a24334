/**
 * `docker network ls` and `docker network inspect` over the daemon's three default networks
 * (runtime/networks.ts). Creating, connecting and removing networks is not simulated.
 */
import {
  defaultNetworks,
  findNetwork,
  inspectNetwork,
  type Network,
} from '../../../runtime/networks';
import { settleContainers } from '../../../runtime/transitions';
import type { DockerCommand, DockerContext } from '../../command';
import { goTimeString } from '../../format/go-time';
import type { GoStruct } from '../../format/go-value';
import type { ParsedArgs } from '../../parsed';
import { printInspect } from '../image-inspect';
import { printContextList } from '../print-list';
import { NETWORK_INSPECT_FLAGS, NETWORK_LS_FLAGS } from './flags';

const LS_TABLE = 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
const LS_HEADER = {
  ID: 'NETWORK ID',
  Name: 'NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  IPv4: 'IPV4',
  IPv6: 'IPV6',
  Internal: 'INTERNAL',
  Labels: 'LABELS',
  CreatedAt: 'CREATED AT',
};

/** A name or id filter matches as a regular expression, as the daemon's filters.Match does. */
function matches(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern).test(text);
  } catch {
    return text.includes(pattern);
  }
}

type Filter = (n: Network) => boolean;

function parseFilter(spec: string): Filter | string {
  const eq = spec.indexOf('=');
  const key = spec.slice(0, eq).trim().toLowerCase();
  const value = spec.slice(eq + 1);
  switch (key) {
    case 'name':
      return (n) => matches(value, n.name);
    case 'id':
      return (n) => matches(value, n.id);
    case 'driver':
      return (n) => n.driver === value;
    case 'scope':
      return () => value === 'local';
    case 'type':
      if (value !== 'builtin' && value !== 'custom') return `invalid filter: 'type'='${value}'`;
      return () => value === 'builtin';
    case 'label':
      return () => false;
    case 'dangling':
      if (!['true', '1', 'false', '0'].includes(value))
        return `invalid value for filter 'dangling', must be "true" (or "1"), or "false" (or "0")`;
      // The default networks are never dangling: they are the daemon's own.
      return () => value === 'false' || value === '0';
    default:
      return `invalid filter '${key}'`;
  }
}

function ls(ctx: DockerContext, parsed: ParsedArgs): number {
  const byKey = new Map<string, Filter[]>();
  for (const spec of parsed.flags.strings('filter')) {
    const filter = parseFilter(spec);
    if (typeof filter === 'string') {
      ctx.err(`Error response from daemon: ${filter}\n`);
      return 1;
    }
    const key = spec.slice(0, spec.indexOf('=')).trim().toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), filter]);
  }
  const groups = [...byKey.values()];
  const networks = defaultNetworks(ctx.now())
    .filter((n) => groups.every((group) => group.some((f) => f(n))))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const noTrunc = parsed.flags.bool('no-trunc');
  let format = parsed.flags.string('format') ?? '';
  if (parsed.flags.bool('quiet')) format = '{{.ID}}';
  else if (format === '' || format === 'table') format = LS_TABLE;
  return printContextList(ctx, {
    format,
    context: '*formatter.networkContext',
    rows: networks.map((n) => ({
      CreatedAt: goTimeString(n.created),
      Driver: n.driver,
      ID: noTrunc ? n.id : n.id.slice(0, 12),
      IPv4: 'false',
      IPv6: 'false',
      Internal: 'false',
      Labels: '',
      Name: n.name,
      Scope: 'local',
    })),
    header: LS_HEADER,
  });
}

function inspect(ctx: DockerContext, parsed: ParsedArgs): number {
  settleContainers(ctx.rt, ctx.now());
  const objects: GoStruct[] = [];
  const errors: string[] = [];
  for (const ref of parsed.args) {
    const network = findNetwork(ref, ctx.now());
    if (network) objects.push(inspectNetwork(ctx.rt.host, network));
    else errors.push(`Error response from daemon: network ${ref} not found`);
  }
  return printInspect(ctx, objects, parsed.flags.string('format'), errors);
}

export const NETWORK_COMMANDS: DockerCommand[] = [
  {
    path: ['network', 'ls'],
    aliases: [['network', 'list']],
    spec: {
      name: 'network ls',
      usage: 'docker network ls [OPTIONS]',
      short: 'List networks',
      aliases: ['docker network ls', 'docker network list'],
      interspersed: true,
      maxArgs: 0,
      flags: NETWORK_LS_FLAGS,
    },
    run: ls,
  },
  {
    path: ['network', 'inspect'],
    spec: {
      name: 'network inspect',
      usage: 'docker network inspect [OPTIONS] NETWORK [NETWORK...]',
      short: 'Display detailed information on one or more networks',
      interspersed: true,
      minArgs: 1,
      flags: NETWORK_INSPECT_FLAGS,
    },
    run: inspect,
  },
];
