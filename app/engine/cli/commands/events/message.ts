/**
 * A logged daemon event as the client prints it: the default line (local RFC3339Nano time
 * with all nine digits, type, action, actor id, attributes sorted by key) and the
 * `events.Message` value that --format templates and JSON see. JSON keeps the message's tag
 * names and order, with the deprecated `status`, `id` and `from` of container and image
 * events (as the recorded daemon sends them).
 */
import { eventTimeNano, type DaemonEvent } from '../../../host/daemon-events';
import { goStruct } from '../../format/go-value';

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Go's time.Format with RFC3339NanoFixed in UTC (the simulated host's zone). */
export function fixedNanoTime(event: DaemonEvent): string {
  const d = new Date(event.time);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
  const time = `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`;
  const nanos = d.getUTCMilliseconds() * 1_000_000 + event.nanos;
  return `${date}T${time}.${pad(nanos, 9)}Z`;
}

export function eventLine(event: DaemonEvent): string {
  const keys = Object.keys(event.attributes).sort();
  const attributes = keys.map((k) => `${k}=${event.attributes[k] ?? ''}`).join(', ');
  const tail = keys.length > 0 ? ` (${attributes})` : '';
  return `${fixedNanoTime(event)} ${event.type} ${event.action} ${event.actorId}${tail}\n`;
}

function legacy(event: DaemonEvent): { status: string; id: string; from: string } {
  if (event.type !== 'container' && event.type !== 'image') return { status: '', id: '', from: '' };
  const from = event.type === 'container' ? (event.attributes.image ?? '') : '';
  return { status: event.action, id: event.actorId, from };
}

/** The events.Message templates see (Go field names). */
export function messageValue(event: DaemonEvent) {
  const { status, id, from } = legacy(event);
  return goStruct('*events.Message', {
    Status: status,
    ID: id,
    From: from,
    Type: event.type,
    Action: event.action,
    Actor: goStruct('events.Actor', { ID: event.actorId, Attributes: { ...event.attributes } }),
    Scope: event.scope,
    Time: Math.floor(event.time / 1000),
    TimeNano: eventTimeNano(event),
  });
}

/** The zero message the client checks a --format template against before connecting. */
export function emptyMessageValue() {
  return goStruct('*events.Message', {
    Status: '',
    ID: '',
    From: '',
    Type: '',
    Action: '',
    Actor: goStruct('events.Actor', { ID: '', Attributes: {} }),
    Scope: '',
    Time: 0,
    TimeNano: 0n,
  });
}

/** The message as json.Marshal writes it (its JSON tag names, in field order). */
export function messageJson(event: DaemonEvent) {
  const { status, id, from } = legacy(event);
  return goStruct(
    'events.Message',
    {
      status,
      id,
      from,
      Type: event.type,
      Action: event.action,
      Actor: goStruct('events.Actor', { ID: event.actorId, Attributes: { ...event.attributes } }),
      scope: event.scope,
      time: Math.floor(event.time / 1000),
      timeNano: eventTimeNano(event),
    },
    { omitEmpty: ['status', 'id', 'from'] },
  );
}
