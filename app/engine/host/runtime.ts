/**
 * A host being worked on during one command line: the world plus the injected clock,
 * catalog and id source, collecting events. Programs (the docker CLI) replace parts of the
 * world immutably through `updateHost`; the session keeps the resulting world.
 */
import type { Catalog } from '../catalog/types';
import type { Clock } from '../clock';
import type { EngineEvent } from '../events';
import type { CounterIds } from '../ids';
import type { HostState, RegistryState, World } from './state';

export class HostRuntime {
  readonly events: EngineEvent[] = [];

  constructor(
    public world: World,
    readonly clock: Clock,
    readonly catalog: Catalog,
    readonly ids: CounterIds,
  ) {}

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
  }

  /** The world with the id counter saved, ready to keep. */
  finish(): World {
    return { ...this.world, ids: this.ids.state() };
  }
}
