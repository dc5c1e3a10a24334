/**
 * A host being worked on during one command line: the world plus the injected clock,
 * catalog and id source, collecting events. Programs (the docker CLI) replace parts of the
 * world immutably through `updateHost`; the session keeps the resulting world.
 *
 * Every engine event also feeds the daemon's event log (`docker events`) here, in one
 * place: `daemonActions` words it as the daemon does, given the API call under way.
 */
import type { Catalog } from '../catalog/types';
import type { Clock } from '../clock';
import type { EngineEvent } from '../events';
import type { CounterIds } from '../ids';
import { appendDaemonEvents, type DaemonAction } from './daemon-events';
import { daemonActions, type DaemonCall } from './daemon-translate';
import type { HostState, RegistryState, World } from './state';

export class HostRuntime {
  readonly events: EngineEvent[] = [];
  /** The daemon calls under way, innermost last (see `within`). */
  private readonly calls: DaemonCall[] = [];
  /**
   * Where event times come from: the docker CLI moves it with the time its command spends
   * (the clock itself stands still for the whole line).
   */
  eventTime: () => number;

  constructor(
    public world: World,
    readonly clock: Clock,
    readonly catalog: Catalog,
    readonly ids: CounterIds,
  ) {
    this.eventTime = () => clock.now();
  }

  get hostName(): string {
    return this.world.current;
  }

  get host(): HostState {
    const host = this.world.hosts[this.world.current];
    if (!host) throw new Error(`no host ${this.world.current}`);
    return host;
  }

  updateHost(change: (host: HostState) => HostState): void {
    const host = change(this.host);
    this.world = { ...this.world, hosts: { ...this.world.hosts, [host.name]: host } };
  }

  updateRegistry(change: (registry: RegistryState) => RegistryState): void {
    this.world = { ...this.world, registry: change(this.world.registry) };
  }

  emit(event: EngineEvent): void {
    this.events.push(event);
    const host = this.world.hosts[event.host];
    if (host) this.logDaemon(event.host, daemonActions(event, host, this.calls.at(-1)));
  }

  /** Runs `work` as the daemon call `call`, so the events it causes are worded for it. */
  within<T>(call: DaemonCall, work: () => T): T {
    this.calls.push(call);
    try {
      return work();
    } finally {
      this.calls.pop();
    }
  }

  /**
   * Records daemon actions that change no state the engine reports (exec, rename, export,
   * attach, copies): they only show in `docker events`.
   */
  logDaemon(hostName: string, actions: readonly DaemonAction[]): void {
    const host = this.world.hosts[hostName];
    if (!host || actions.length === 0) return;
    const sequence = host.events?.length ?? 0;
    const events = appendDaemonEvents(host.events, actions, this.eventTime(), sequence);
    this.world = { ...this.world, hosts: { ...this.world.hosts, [hostName]: { ...host, events } } };
  }

  /** The world with the id counter saved, ready to keep. */
  finish(): World {
    return { ...this.world, ids: this.ids.state() };
  }
}
