/**
 * The two snippets the Embed dialog offers for the current session: an iframe (with a few
 * lines that keep it sized) and the <layercake-player> element. The session travels as a
 * share-link value (`1.…`), whose alphabet needs no escaping in an attribute or a URL.
 */
import type { EmbedTheme, View } from './config';

export interface SnippetOptions {
  /** Where the app is published, ending in `/` (embed.html and layercake-player.js live there). */
  base: string;
  /** A share-link value, `1.…` (app/share). */
  session: string;
  views: readonly View[];
  theme: EmbedTheme;
  autoplay: boolean;
  interactive: boolean;
  title: string;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function settings(o: SnippetOptions): [string, string][] {
  const out: [string, string][] = [['views', o.views.join(',')]];
  if (o.theme !== 'system') out.push(['theme', o.theme]);
  if (o.autoplay) out.push(['autoplay', '1']);
  if (!o.interactive) out.push(['edit', '0']);
  if (o.title) out.push(['title', o.title]);
  return out;
}

export function iframeSnippet(o: SnippetOptions): string {
  const query = new URLSearchParams(settings(o)).toString();
  const src = `${o.base}embed.html?${query}#s=${o.session}`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(o.title || 'Layercake player')}"
  sandbox="allow-scripts" loading="lazy" style="width: 100%; height: 480px; border: 0"></iframe>
<script>
  // Keeps the player as tall as its content (it says so with a "layercake:resize" message).
  addEventListener('message', (e) => {
    for (const f of document.querySelectorAll('iframe[src^="${escapeAttribute(o.base)}embed.html"]'))
      if (e.source === f.contentWindow && e.data?.type === 'layercake:resize' && e.data.v === 1)
        f.style.height = Math.min(10000, Math.max(80, Math.ceil(e.data.height))) + 'px';
  });
</script>`;
}

export function elementSnippet(o: SnippetOptions): string {
  const attributes = settings(o)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<script type="module" src="${escapeAttribute(o.base)}layercake-player.js"></script>
<layercake-player${attributes}
  scenario="${o.session}"></layercake-player>`;
}
