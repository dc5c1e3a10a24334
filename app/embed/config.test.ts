import { describe, expect, it } from 'vitest';
import { encodeSession } from '../share/link';
import { MAX_SCENARIO, readEmbedConfig } from './config';

const PAGE = 'https://docs.example.org/layercake/embed.html';
const at = (query: string, referrer = '') => readEmbedConfig(`${PAGE}${query}`, referrer);

describe('readEmbedConfig', () => {
  it('has defaults a documentation page can rely on', () => {
    expect(at('')).toEqual({
      scenario: { kind: 'none' },
      views: ['layers', 'containers', 'terminal'],
      theme: 'system',
      autoplay: false,
      interactive: true,
      parentOrigin: null,
      title: 'Layercake player',
    });
  });

  it('reads an inline scenario from the fragment, plus signs and all', () => {
    const script = 'docker run -d --name web nginx\necho 1+1 > a.txt\n';
    expect(at(`#scenario=${encodeURIComponent(script)}`).scenario).toEqual({
      kind: 'script',
      script,
    });
  });

  it('reads a share-link session as a script', () => {
    const s = encodeSession({ steps: [{ input: 'docker pull nginx' }], drafts: {} });
    expect(at(`#s=${s}`).scenario).toEqual({ kind: 'script', script: 'docker pull nginx\n' });
    expect(at(`?s=${encodeURIComponent(s)}`).scenario).toEqual({
      kind: 'script',
      script: 'docker pull nginx\n',
    });
  });

  it('reports a bad encoded scenario instead of throwing', () => {
    expect(at('#s=1.AAAA').scenario).toMatchObject({ kind: 'error' });
    expect(at(`#scenario=${'x'.repeat(MAX_SCENARIO + 1)}`).scenario).toMatchObject({
      kind: 'error',
      error: expect.stringMatching(/longer than 64 KB/),
    });
  });

  it('accepts scenario files from the same site only', () => {
    expect(at('?src=scenarios/web.sh').scenario).toEqual({
      kind: 'url',
      url: 'https://docs.example.org/layercake/scenarios/web.sh',
    });
    expect(at('?src=https://evil.example/x.sh').scenario).toMatchObject({ kind: 'error' });
    expect(at('?src=javascript:alert(1)').scenario).toMatchObject({ kind: 'error' });
    expect(at('?src=data:text/plain,ls').scenario).toMatchObject({ kind: 'error' });
  });

  it('keeps known views in the order given and ignores the rest', () => {
    expect(at('?views=terminal,layers,bogus,layers').views).toEqual(['terminal', 'layers']);
    expect(at('?views=bogus').views).toEqual(['layers', 'containers', 'terminal']);
  });

  it('reads theme, autoplay, edit and title, falling back on nonsense', () => {
    const c = at('?theme=dark&autoplay=1&edit=0&title=%3Cb%3EDemo%3C%2Fb%3E');
    expect(c).toMatchObject({ theme: 'dark', autoplay: true, interactive: false });
    expect(c.title).toBe('<b>Demo</b>'); // shown as text, never as HTML
    expect(at('?theme=neon&autoplay=maybe&edit=perhaps')).toMatchObject({
      theme: 'system',
      autoplay: false,
      interactive: true,
    });
  });

  it('sends heights to the origin parameter, else to the referrer, never to *', () => {
    expect(at('?origin=https://blog.example.com').parentOrigin).toBe('https://blog.example.com');
    expect(at('', 'https://blog.example.com/post/1?x').parentOrigin).toBe(
      'https://blog.example.com',
    );
    expect(at('?origin=*', 'https://blog.example.com/p').parentOrigin).toBe(
      'https://blog.example.com',
    );
    expect(at('?origin=https://a.example/path').parentOrigin).toBeNull();
    expect(at('?origin=javascript:alert(1)').parentOrigin).toBeNull();
  });

  it('never throws on a malformed address', () => {
    expect(readEmbedConfig('not a url', 'also not').scenario).toEqual({ kind: 'none' });
  });
});
