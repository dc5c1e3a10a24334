/**
 * Plays the store's event queue back at the person's speed: it acknowledges events one
 * step at a time (see schedule.ts), so a view draws an event's result as soon as the event
 * leaves the queue, and animates it while the player waits. Pause stops taking events.
 *
 * Views draw from the world, which is already final; what is still in `pendingEvents` has
 * not been played yet, and views show it as not happened yet (a layer still building, a
 * container not yet started). Transient animations (a copy-up's flight) subscribe here.
 *
 * One player per store (a WeakMap, not a module-level singleton): two embeds play apart.
 * It runs while at least one view holds it.
 */
import type { AppStoreApi, QueuedEvent } from '../../../store';
import { atFrameAfter, type Cancel } from './frame-timer';
import { nextStep, PlayMemory } from './schedule';

type Listener = (played: readonly QueuedEvent[]) => void;

export class EventPlayer {
  private holders = 0;
  private timer: Cancel | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly listeners = new Set<Listener>();
  private memory = new PlayMemory();

  constructor(private readonly api: AppStoreApi) {}

  /** A view starts using the player; call the returned function when it stops. */
  retain(): () => void {
    if (this.holders++ === 0) {
      this.unsubscribe = this.api.subscribe((state, prev) => {
        if (state.pendingEvents.length === 0) this.memory = new PlayMemory();
        if (state.pendingEvents !== prev.pendingEvents || state.paused !== prev.paused) this.kick();
      });
      this.kick();
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.holders === 0) {
        this.unsubscribe?.();
        this.unsubscribe = undefined;
        this.timer?.();
        this.timer = undefined;
      }
    };
  }

  /** Called with the events of each step as it is played. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private kick(): void {
    if (this.timer !== undefined || this.holders === 0) return;
    // Never inside the store's own update: the next step starts on a fresh frame.
    this.timer = atFrameAfter(0, () => this.step());
  }

  private step(): void {
    this.timer = undefined;
    const state = this.api.getState();
    if (state.paused) return;
    const step = nextStep(state.pendingEvents, state.speed, this.memory);
    if (!step) return;
    // The wait starts before the ack: acking changes the store, whose listener must find
    // the player busy rather than start another step at once.
    this.timer = atFrameAfter(step.waitMs, () => this.step());
    state.ackEvents(step.ackThrough);
    for (const listener of this.listeners) listener(step.played);
  }
}

const players = new WeakMap<AppStoreApi, EventPlayer>();

export function playerFor(api: AppStoreApi): EventPlayer {
  let player = players.get(api);
  if (!player) {
    player = new EventPlayer(api);
    players.set(api, player);
  }
  return player;
}
