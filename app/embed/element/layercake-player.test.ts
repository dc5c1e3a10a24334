import { describe, expect, it } from 'vitest';
import * as protocol from '../protocol';
import { readEmbedConfig } from '../config';
import { encodeSession } from '../../share/link';
import * as element from './layercake-player';

const PLAYER = 'https://cdn.example.org/layercake/embed.html';
const PAGE = 'https://docs.example.org/guide/images.html';

describe('<layercake-player> helpers', () => {
  it('speak the same protocol as the player', () => {
    expect(element.RESIZE).toBe(protocol.RESIZE);
    expect(element.PROTOCOL_VERSION).toBe(protocol.PROTOCOL_VERSION);
    expect(element.MIN_HEIGHT).toBe(protocol.MIN_HEIGHT);
    expect(element.MAX_HEIGHT).toBe(protocol.MAX_HEIGHT);
    const message = protocol.resizeMessage(321.5);
    expect(element.isResize(message)).toBe(true);
    expect(element.isResize({ ...message, v: 2 })).toBe(false);
    expect(element.isResize({ type: 'other', v: 1, height: 3 })).toBe(false);
  });

  it('builds a frame URL the player reads back exactly', () => {
    const script = 'docker run -d --name web nginx\necho "a+b & <c>" > x.txt\n';
    const url = element.frameUrl(
      PLAYER,
      {
        scenario: script,
        views: 'layers,containers',
        theme: 'dark',
        autoplay: '1',
        edit: '0',
        title: 'Demo',
      },
      'https://docs.example.org',
      PAGE,
    );
    expect(typeof url).toBe('string');
    const config = readEmbedConfig(url as string, '');
    expect(config).toEqual({
      scenario: { kind: 'script', script },
      views: ['layers', 'containers'],
      theme: 'dark',
      autoplay: true,
      interactive: false,
      parentOrigin: 'https://docs.example.org',
      title: 'Demo',
    });
  });

  it('passes a share-link value through unchanged', () => {
    const s = encodeSession({ steps: [{ input: 'docker pull nginx' }], drafts: {} });
    const url = element.frameUrl(PLAYER, { scenario: s }, 'https://docs.example.org', PAGE);
    expect(new URL(url as string).hash).toBe(`#s=${s}`);
    expect(readEmbedConfig(url as string, '').scenario).toEqual({
      kind: 'script',
      script: 'docker pull nginx\n',
    });
  });

  it('resolves a scenario file against the page', () => {
    const url = element.frameUrl(PLAYER, { src: 'demo.sh' }, 'https://docs.example.org', PAGE);
    expect(new URL(url as string).searchParams.get('src')).toBe(
      'https://docs.example.org/guide/demo.sh',
    );
  });

  it('refuses an oversized scenario with a message', () => {
    const url = element.frameUrl(
      PLAYER,
      { scenario: 'x'.repeat(element.MAX_SCENARIO + 1) },
      'https://a.b',
      PAGE,
    );
    expect(url).toEqual({ error: 'This scenario is too long to embed.' });
  });

  it('dedents an inline script child', () => {
    expect(element.dedent('\n    docker pull nginx\n      echo hi\n\n')).toBe(
      'docker pull nginx\n  echo hi\n',
    );
    expect(element.dedent('   \n')).toBe('');
  });

  it('clamps heights', () => {
    expect(element.clampHeight(10)).toBe(element.MIN_HEIGHT);
    expect(element.clampHeight(1e9)).toBe(element.MAX_HEIGHT);
    expect(element.clampHeight(500.2)).toBe(501);
  });
});
