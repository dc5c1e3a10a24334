import { describe, expect, it } from 'vitest';
import { commandForKey, isTyping } from './player-keys';

describe('commandForKey', () => {
  it('maps the forward keys to next and the backward keys to back', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown']) expect(commandForKey({ key })).toBe('next');
    for (const key of ['ArrowLeft', 'PageUp']) expect(commandForKey({ key })).toBe('back');
  });

  it('maps Home, End, P, +, -, B, F and ? to their commands in either case', () => {
    expect(commandForKey({ key: 'Home' })).toBe('start');
    expect(commandForKey({ key: 'End' })).toBe('end');
    expect(commandForKey({ key: 'p' })).toBe('toggle-play');
    expect(commandForKey({ key: 'P' })).toBe('toggle-play');
    expect(commandForKey({ key: '+' })).toBe('faster');
    expect(commandForKey({ key: '=' })).toBe('faster');
    expect(commandForKey({ key: '-' })).toBe('slower');
    expect(commandForKey({ key: 'B' })).toBe('blank');
    expect(commandForKey({ key: 'f' })).toBe('fullscreen');
    expect(commandForKey({ key: '?' })).toBe('help');
  });

  it('leaves other keys alone', () => {
    expect(commandForKey({ key: 'x' })).toBeNull();
    expect(commandForKey({ key: 'Tab' })).toBeNull();
  });

  it('ignores keys with Ctrl, Cmd or Alt held, which belong to the browser', () => {
    expect(commandForKey({ key: 'f', ctrlKey: true })).toBeNull();
    expect(commandForKey({ key: 'p', metaKey: true })).toBeNull();
    expect(commandForKey({ key: 'ArrowLeft', altKey: true })).toBeNull();
  });

  it('takes no key while the person types in a field or an editor', () => {
    expect(commandForKey({ key: 'ArrowRight', targetTag: 'TEXTAREA' })).toBeNull();
    expect(commandForKey({ key: ' ', targetTag: 'INPUT' })).toBeNull();
    expect(commandForKey({ key: 'b', targetTag: 'DIV', targetEditable: true })).toBeNull();
    expect(commandForKey({ key: 'p', targetTag: 'DIV', targetRole: 'textbox' })).toBeNull();
    expect(commandForKey({ key: 'End', targetTag: 'SELECT' })).toBeNull();
  });

  it('lets Space press a focused button instead of stepping, but arrows still step', () => {
    expect(commandForKey({ key: ' ', targetTag: 'BUTTON' })).toBeNull();
    expect(commandForKey({ key: 'ArrowRight', targetTag: 'BUTTON' })).toBe('next');
    expect(commandForKey({ key: ' ', targetTag: 'DIV' })).toBe('next');
  });
});

describe('isTyping', () => {
  it('is false for the player itself and for buttons', () => {
    expect(isTyping({ key: 'a', targetTag: 'DIV' })).toBe(false);
    expect(isTyping({ key: 'a', targetTag: 'BUTTON' })).toBe(false);
  });
});
