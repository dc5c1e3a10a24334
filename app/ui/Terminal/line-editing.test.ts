import { describe, expect, it } from 'vitest';
import { FRESH, historyDown, historyUp, needsMoreInput, splitPaste } from './line-editing';

describe('needsMoreInput', () => {
  it('waits for a here-document to be closed', () => {
    expect(needsMoreInput("cat > Dockerfile <<'EOF'")).toBe(true);
    expect(needsMoreInput("cat > Dockerfile <<'EOF'\nFROM x")).toBe(true);
    expect(needsMoreInput("cat > Dockerfile <<'EOF'\nFROM x\nEOF")).toBe(false);
  });

  it('waits for a closing quote, a line after a backslash or after a pipe', () => {
    expect(needsMoreInput("echo 'hello")).toBe(true);
    expect(needsMoreInput('echo a \\')).toBe(true);
    expect(needsMoreInput('ls |')).toBe(true);
    expect(needsMoreInput('docker ps')).toBe(false);
    expect(needsMoreInput('')).toBe(false);
  });
});

describe('splitPaste', () => {
  it('runs complete lines and leaves the text after the last line break at the prompt', () => {
    expect(splitPaste('ls\npwd\necho')).toEqual({
      complete: ['ls', 'pwd'],
      pending: [],
      line: 'echo',
    });
  });

  it('keeps an open here-document collecting lines', () => {
    expect(splitPaste('ls\ncat > f <<EOF\nline 1\n')).toEqual({
      complete: ['ls'],
      pending: ['cat > f <<EOF', 'line 1'],
      line: '',
    });
  });

  it('leaves a paste without a line break alone', () => {
    expect(splitPaste('docker ps')).toEqual({ complete: [], pending: [], line: 'docker ps' });
  });
});

describe('history', () => {
  const history = ['ls', 'docker ps', 'pwd'];

  it('walks back from the newest and forward again to the line being typed', () => {
    const up1 = historyUp(history, FRESH, 'doc')!;
    expect(up1.text).toBe('pwd');
    const up2 = historyUp(history, up1.cursor, up1.text)!;
    expect(up2.text).toBe('docker ps');
    const down1 = historyDown(history, up2.cursor)!;
    expect(down1.text).toBe('pwd');
    const down2 = historyDown(history, down1.cursor)!;
    expect(down2).toEqual({ cursor: FRESH, text: 'doc' });
  });

  it('stops at the oldest entry and does nothing below the newest', () => {
    let cursor = FRESH;
    for (let i = 0; i < 3; i++) cursor = historyUp(history, cursor, '')!.cursor;
    expect(historyUp(history, cursor, '')).toBeNull();
    expect(historyDown(history, FRESH)).toBeNull();
  });
});
