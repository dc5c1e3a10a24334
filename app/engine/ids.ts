/**
 * Deterministic ids. Docker's container and volume ids are random; ours are the sha256 of
 * a seed and a counter held in the session state, so a replay gives the same ids every
 * time and the state stays plain serialisable data.
 */
import { sha256Hex } from './fs/digest';

export interface IdSource {
  /** A new 64-hex id, different for every call. */
  next(kind: string): string;
  /** A small non-negative integer in [0, bound), for choices like generated names. */
  pick(bound: number): number;
}

export interface IdState {
  seed: string;
  counter: number;
}

/** An id source over a counter; `state()` gives what to store to resume it. */
export class CounterIds implements IdSource {
  constructor(
    private readonly seed: string,
    private counter = 0,
  ) {}

  next(kind: string): string {
    this.counter++;
    return sha256Hex(`${this.seed}:${kind}:${this.counter}`);
  }

  pick(bound: number): number {
    const hex = this.next('pick').slice(0, 8);
    return bound <= 0 ? 0 : parseInt(hex, 16) % bound;
  }

  state(): IdState {
    return { seed: this.seed, counter: this.counter };
  }
}
