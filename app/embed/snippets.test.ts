import { describe, expect, it } from 'vitest';
import { encodeSession } from '../share/link';
import { readEmbedConfig } from './config';
import { elementSnippet, iframeSnippet, type SnippetOptions } from './snippets';

const session = encodeSession({ steps: [{ input: 'docker run -d --name web nginx' }], drafts: {} });
const options: SnippetOptions = {
  base: 'https://learn.example.org/layercake/',
  session,
  views: ['layers', 'containers'],
  theme: 'dark',
  autoplay: true,
  interactive: false,
  title: 'Web "demo" <1>',
};

describe('embed snippets', () => {
  it('give an iframe whose address the player reads back', () => {
    const html = iframeSnippet(options);
    const src = /src="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(src.startsWith('https://learn.example.org/layercake/embed.html?')).toBe(true);
    expect(html).toContain('sandbox="allow-scripts"');
    expect(readEmbedConfig(src, '')).toMatchObject({
      scenario: { kind: 'script', script: 'docker run -d --name web nginx\n' },
      views: ['layers', 'containers'],
      theme: 'dark',
      autoplay: true,
      interactive: false,
      title: 'Web "demo" <1>',
    });
  });

  it('escape the title so it cannot leave its attribute', () => {
    expect(iframeSnippet(options)).toContain('title="Web &quot;demo&quot; &lt;1&gt;"');
    expect(elementSnippet(options)).toContain('title="Web &quot;demo&quot; &lt;1&gt;"');
  });

  it('give a custom element with its script and the session as a share value', () => {
    const html = elementSnippet(options);
    expect(html).toContain(
      '<script type="module" src="https://learn.example.org/layercake/layercake-player.js"></script>',
    );
    expect(html).toContain(`scenario="${session}"`);
    expect(html).toContain('views="layers,containers"');
    expect(html).toContain('edit="0"');
  });

  it('leave defaults out', () => {
    const html = elementSnippet({
      ...options,
      theme: 'system',
      autoplay: false,
      interactive: true,
      title: '',
    });
    expect(html).not.toMatch(/theme=|autoplay=|edit=|title=/);
  });
});
