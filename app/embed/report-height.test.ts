import { describe, expect, it } from 'vitest';
import { reportHeight, type FrameWindow, type HeightSource } from './report-height';

const PARENT = 'https://docs.example.org';

function setup(origin: string | null) {
  const posted: { message: unknown; origin: string }[] = [];
  const parent = {
    postMessage: (message: unknown, o: string) => posted.push({ message, origin: o }),
  };
  let listener: ((e: MessageEvent) => void) | null = null;
  const win: FrameWindow = {
    parent: parent as unknown as Window,
    addEventListener: (_t, l) => void (listener = l),
    removeEventListener: () => void (listener = null),
  };
  let height = 300;
  let changed = () => {};
  const source: HeightSource = {
    measure: () => height,
    watch: (cb) => {
      changed = cb;
      return () => (changed = () => {});
    },
  };
  const stop = reportHeight(win, origin, source);
  return {
    posted,
    stop,
    resize(h: number) {
      height = h;
      changed();
    },
    receive(data: unknown, from: string, source: unknown = parent) {
      listener?.({ data, origin: from, source } as MessageEvent);
    },
  };
}

describe('reportHeight', () => {
  it('posts the height to the parent origin only, at once and on change', () => {
    const f = setup(PARENT);
    f.resize(300); // unchanged: not sent again
    f.resize(412.2);
    expect(f.posted).toEqual([
      { message: { type: 'layercake:resize', v: 1, height: 300 }, origin: PARENT },
      { message: { type: 'layercake:resize', v: 1, height: 413 }, origin: PARENT },
    ]);
  });

  it('answers a size request from the parent and ignores everyone else', () => {
    const f = setup(PARENT);
    const request = { type: 'layercake:request-size', v: 1 };
    f.receive(request, 'https://evil.example');
    f.receive(request, PARENT, {}); // right origin, wrong window
    f.receive({ type: 'something-else' }, PARENT);
    expect(f.posted).toHaveLength(1);
    f.receive(request, PARENT);
    expect(f.posted).toHaveLength(2);
  });

  it('says nothing while nothing is rendered (height 0)', () => {
    const f = setup(PARENT);
    f.resize(0);
    f.resize(250);
    expect(f.posted.map((p) => (p.message as { height: number }).height)).toEqual([300, 250]);
  });

  it('stays silent without a known parent origin (never posts to *)', () => {
    const f = setup(null);
    f.resize(500);
    expect(f.posted).toEqual([]);
  });

  it('stops when asked', () => {
    const f = setup(PARENT);
    f.stop();
    f.resize(999);
    f.receive({ type: 'layercake:request-size', v: 1 }, PARENT);
    expect(f.posted).toHaveLength(1);
  });
});
