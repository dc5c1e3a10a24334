import { describe, expect, it } from 'vitest';
import {
  INITIAL_PLAYER,
  reducePlayer,
  shiftSpeed,
  stepDelay,
  type PlayerState,
} from './player-reducer';

const mid = { position: 3, total: 12 };
const start = { position: 0, total: 12 };
const end = { position: 12, total: 12 };

describe('reducePlayer', () => {
  it('runs the next step, unless every step has run', () => {
    expect(reducePlayer(INITIAL_PLAYER, 'next', mid).effect).toEqual({ type: 'run-next' });
    expect(reducePlayer(INITIAL_PLAYER, 'next', end).effect).toBeNull();
  });

  it('undoes on back and stops auto-advance, but not before the first step', () => {
    const playing = { ...INITIAL_PLAYER, playing: true };
    const back = reducePlayer(playing, 'back', mid);
    expect(back.effect).toEqual({ type: 'undo' });
    expect(back.state.playing).toBe(false);
    expect(reducePlayer(INITIAL_PLAYER, 'back', start).effect).toBeNull();
  });

  it('resets on Home and runs the rest on End', () => {
    expect(reducePlayer(INITIAL_PLAYER, 'start', mid).effect).toEqual({ type: 'reset' });
    expect(reducePlayer(INITIAL_PLAYER, 'end', mid).effect).toEqual({ type: 'run-all' });
    expect(reducePlayer(INITIAL_PLAYER, 'end', end).effect).toBeNull();
  });

  it('toggles play (running the next step at once), and will not start playing at the end', () => {
    const played = reducePlayer(INITIAL_PLAYER, 'toggle-play', mid);
    const on = played.state;
    expect(on.playing).toBe(true);
    expect(played.effect).toEqual({ type: 'run-next' });
    expect(reducePlayer(on, 'toggle-play', mid).effect).toBeNull();
    expect(reducePlayer(on, 'toggle-play', mid).state.playing).toBe(false);
    expect(reducePlayer(INITIAL_PLAYER, 'toggle-play', end).state.playing).toBe(false);
  });

  it('stops playing when next reaches past the end', () => {
    const playing = { ...INITIAL_PLAYER, playing: true };
    expect(reducePlayer(playing, 'next', end).state.playing).toBe(false);
  });

  it('changes speed along the store speeds', () => {
    expect(reducePlayer(INITIAL_PLAYER, 'faster', mid).state.speed).toBe(2);
    expect(reducePlayer(INITIAL_PLAYER, 'slower', mid).state.speed).toBe(0.5);
  });

  it('blanks the screen and, while blank, takes only B or Escape to return', () => {
    const blank = reducePlayer(INITIAL_PLAYER, 'blank', mid).state;
    expect(blank.blank).toBe(true);
    const next = reducePlayer(blank, 'next', mid);
    expect(next.effect).toBeNull();
    expect(next.state.blank).toBe(true);
    expect(reducePlayer(blank, 'blank', mid).state.blank).toBe(false);
    expect(reducePlayer(blank, 'escape', mid).state.blank).toBe(false);
  });

  it('opens help with ? and closes it with ? or Escape; blanking closes it', () => {
    const help = reducePlayer(INITIAL_PLAYER, 'help', mid).state;
    expect(help.help).toBe(true);
    expect(reducePlayer(help, 'help', mid).state.help).toBe(false);
    expect(reducePlayer(help, 'escape', mid).state.help).toBe(false);
    expect(reducePlayer(help, 'blank', mid).state.help).toBe(false);
  });

  it('asks for full screen, even on a blank screen', () => {
    const blank: PlayerState = { ...INITIAL_PLAYER, blank: true };
    expect(reducePlayer(INITIAL_PLAYER, 'fullscreen', mid).effect).toEqual({ type: 'fullscreen' });
    expect(reducePlayer(blank, 'fullscreen', mid).effect).toEqual({ type: 'fullscreen' });
  });
});

describe('speed', () => {
  it('stays at the ends of the list', () => {
    expect(shiftSpeed(4, 1)).toBe(4);
    expect(shiftSpeed(0.25, -1)).toBe(0.25);
    expect(shiftSpeed(1, 1)).toBe(2);
  });

  it('shortens the auto-advance delay as the speed rises', () => {
    expect(stepDelay(2)).toBeLessThan(stepDelay(1));
    expect(stepDelay(0.5)).toBe(stepDelay(1) * 2);
  });
});
