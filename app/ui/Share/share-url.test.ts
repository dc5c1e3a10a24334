import { describe, expect, it } from 'vitest';
import { readFragment } from '../../share/link';
import { appAddress, appBase, linkFor } from './share-url';

describe('share addresses', () => {
  it('drop the query and fragment of the page', () => {
    expect(appAddress('https://a.example/lc/index.html?mode=lessons#s=1.x')).toBe(
      'https://a.example/lc/index.html',
    );
    expect(appBase('https://a.example/lc/index.html?mode=lessons')).toBe('https://a.example/lc/');
    expect(appBase('https://a.example/lc/')).toBe('https://a.example/lc/');
  });

  it('make a link that opens the same session', () => {
    const doc = { steps: [{ input: 'docker pull nginx', time: 1_768_467_600_000 }], drafts: {} };
    const link = linkFor('https://a.example/lc/?mode=x#old', doc);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url.startsWith('https://a.example/lc/#s=1.')).toBe(true);
    expect(readFragment(new URL(link.url).hash)).toMatchObject({ kind: 'session', doc });
  });

  it('refuse a session too long for a link, saying what to do', () => {
    // Varied text that does not compress away.
    const noise = Array.from({ length: 40_000 }, (_, i) => ((i * 7919) % 65_521).toString(36)).join(
      ' ',
    );
    const link = linkFor('https://a.example/', { steps: [{ input: `echo ${noise}` }], drafts: {} });
    expect(link).toMatchObject({ ok: false, error: expect.stringMatching(/too long for a link/) });
  });
});
