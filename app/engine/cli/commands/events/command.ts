/**
 * `docker events` / `docker system events`: the daemon's event log, replayed. The client
 * checks --format (exit 64), then --since/--until; the daemon checks the filters. Real
 * docker then follows new events until Ctrl+C (or until --until); the simulation prints
 * what the log holds and says so. Without --since (and --until) docker replays nothing.
 */
import { eventTimeNano } from '../../../host/daemon-events';
import type { FlagSpec } from '../../args/spec';
import type { DockerContext } from '../../command';
import { goJson } from '../../format/json';
import { compileTemplate, executeTemplate, fn, type CompiledTemplate } from '../../format/template';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { settle } from '../container/common';
import { daemonError, filterFlag } from '../image-common';
import { matchesFilter, parseEventFilters } from './filters';
import { emptyMessageValue, eventLine, messageJson, messageValue } from './message';
import { parseTimeValue } from './time-value';

export const EVENTS_FLAGS: readonly FlagSpec[] = [
  filterFlag('Filter output based on conditions provided', 'f'),
  {
    long: 'format',
    type: 'string',
    help: [
      'Format output using a custom template:',
      "'json':             Print in JSON format",
      "'TEMPLATE':         Print output using the given Go template.",
      'Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates',
    ].join('\n'),
  },
  { long: 'since', type: 'string', help: 'Show all events created since timestamp' },
  { long: 'until', type: 'string', help: 'Stream events until this timestamp' },
];

/** `{{json .}}` marshals a message with its JSON tag names, not its Go field names. */
const JSON_FORMS = new WeakMap<object, unknown>();

const EVENT_FUNCS = {
  json: fn(['any'], ([value]) => {
    const form = value !== null && typeof value === 'object' ? JSON_FORMS.get(value) : undefined;
    const result = goJson(form ?? value, { escapeHtml: false });
    return result.ok ? result.text.trim() : '';
  }),
};

function compileFormat(
  ctx: DockerContext,
  format: string,
): { ok: true; template: CompiledTemplate | undefined } | { ok: false } {
  if (format === '') return { ok: true, template: undefined };
  const source = format === 'json' ? '{{json .}}' : format;
  const compiled = compileTemplate(source, { funcs: EVENT_FUNCS });
  const checked = compiled.ok
    ? executeTemplate(compiled.template, emptyMessageValue())
    : { ok: false as const, error: compiled.error };
  if (!compiled.ok || !checked.ok) {
    ctx.err(`Error parsing format: ${checked.ok ? '' : checked.error}\n`);
    return { ok: false };
  }
  return { ok: true, template: compiled.template };
}

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  const format = compileFormat(ctx, parsed.flags.string('format') ?? '');
  if (!format.ok) return 64;
  const now = ctx.now();
  const sinceText = parsed.flags.string('since');
  const untilText = parsed.flags.string('until');
  const since = sinceText ? parseTimeValue(sinceText, now) : undefined;
  if (since && !since.ok) return fail(ctx, since.error);
  const until = untilText ? parseTimeValue(untilText, now) : undefined;
  if (until && !until.ok) return fail(ctx, until.error);
  const filter = parseEventFilters(parsed.flags.strings('filter'));
  if (!filter.ok) return daemonError(ctx, filter.error);
  settle(ctx);
  // Without --since or --until the daemon replays nothing: it only streams what comes next.
  const replay = since !== undefined || until !== undefined;
  const events = (replay ? (ctx.rt.host.events ?? []) : []).filter((e) => {
    const at = eventTimeNano(e);
    if (since && at < since.nanos) return false;
    if (until && at > until.nanos) return false;
    return matchesFilter(filter.filter, e);
  });
  for (const event of events) {
    if (!format.template) {
      ctx.out(eventLine(event));
      continue;
    }
    const value = messageValue(event);
    JSON_FORMS.set(value, messageJson(event));
    const result = executeTemplate(format.template, value);
    if (!result.ok) {
      ctx.out(result.partial);
      return fail(ctx, result.error);
    }
    ctx.out(`${result.text}\n`);
  }
  const nowNanos = BigInt(Math.floor(now)) * 1_000_000n;
  if (!until || until.nanos > nowNanos) ctx.io.note(followNote(replay, until !== undefined));
  return 0;
}

function fail(ctx: DockerContext, message: string): number {
  ctx.err(`${message}\n`);
  return 1;
}

/** Said where real docker would keep the terminal, as `docker logs -f` says it. */
export function followNote(replayed: boolean, untilLater: boolean): string {
  if (untilLater)
    return 'docker events keeps following new events until the --until time (or Ctrl+C); the simulation shows what is there and returns.';
  if (replayed)
    return 'docker events keeps following new events until Ctrl+C; the simulation shows what is there and returns.';
  return 'docker events shows only new events, as they happen, until Ctrl+C (add --since 10m to see past ones); the simulation has none to wait for and returns.';
}

export const EVENTS_COMMANDS = commandPair({
  group: 'system',
  top: 'events',
  sub: 'events',
  usage: '[OPTIONS]',
  short: 'Get real time events from the server',
  flags: EVENTS_FLAGS,
  maxArgs: 0,
  run,
});
