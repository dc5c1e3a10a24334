/**
 * <layercake-player>: one script tag for documentation authors. It builds a sandboxed
 * iframe of embed.html (scripts only: no storage, no same-origin access), loads it when it
 * comes near the viewport, and keeps it as tall as its content from the player's
 * `layercake:resize` messages (accepted from its own frame only).
 *
 *   <script type="module" src="https://…/layercake-player.js"></script>
 *   <layercake-player scenario="docker run -d --name web nginx" views="layers,containers">
 *   </layercake-player>
 *   <layercake-player views="containers,terminal">
 *     <script type="text/plain">docker run -d --name web nginx</script>
 *   </layercake-player>
 *
 * Attributes: scenario (a script, or a share-link value 1.…), src (a scenario file on the
 * player's site), views, theme, autoplay, edit, title, height (before the first message),
 * player (embed.html's URL; default: next to this script).
 *
 * Its own bundle with no imports (no React, nothing shared with the app), so it stays a
 * couple of KB. The protocol constants repeat app/embed/protocol.ts (a test compares them).
 */

export const RESIZE = 'layercake:resize';
export const PROTOCOL_VERSION = 1;
export const MIN_HEIGHT = 80;
export const MAX_HEIGHT = 10_000;
export const MAX_SCENARIO = 64 * 1024;
const PASSED_ON = ['views', 'theme', 'autoplay', 'edit', 'title'] as const;

export interface PlayerAttributes {
  scenario?: string | null;
  src?: string | null;
  views?: string | null;
  theme?: string | null;
  autoplay?: string | null;
  edit?: string | null;
  title?: string | null;
}

/** Removes the indentation an inline script's lines share, and blank edge lines. */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  while (lines.length && lines[0]?.trim() === '') lines.shift();
  while (lines.length && lines.at(-1)?.trim() === '') lines.pop();
  const indents = lines
    .filter((l) => l.trim() !== '')
    .map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n') + (lines.length ? '\n' : '');
}

/** The frame's URL: settings in the query, the scenario in the fragment (never sent to a server). */
export function frameUrl(
  player: string,
  attrs: PlayerAttributes,
  pageOrigin: string,
  pageUrl: string,
): string | { error: string } {
  const url = new URL(player);
  for (const name of PASSED_ON) {
    const value = attrs[name];
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(name, value);
  }
  if (/^https?:$/.test(new URL(pageOrigin).protocol)) url.searchParams.set('origin', pageOrigin);
  const scenario = attrs.scenario ?? '';
  if (scenario.length > MAX_SCENARIO) return { error: 'This scenario is too long to embed.' };
  if (/^\d{1,4}\.[A-Za-z0-9+\-$]*$/.test(scenario.trim())) {
    url.hash = `s=${scenario.trim()}`;
  } else if (scenario !== '') {
    url.hash = `scenario=${encodeURIComponent(scenario)}`;
  } else if (attrs.src) {
    url.searchParams.set('src', new URL(attrs.src, pageUrl).href);
  }
  return url.href;
}

export function isResize(data: unknown): data is { height: number } {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === RESIZE &&
    m.v === PROTOCOL_VERSION &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height)
  );
}

export const clampHeight = (h: number) => Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(h)));

function definePlayer(): void {
  const here = import.meta.url;

  class LayercakePlayer extends HTMLElement {
    static observedAttributes = [
      'scenario',
      'src',
      'views',
      'theme',
      'autoplay',
      'edit',
      'title',
      'player',
    ];
    private frame: HTMLIFrameElement | null = null;
    private observer: IntersectionObserver | null = null;
    private near = false;
    private readonly onMessage = (event: MessageEvent) => {
      const frame = this.frame;
      // Only this element's own frame: its window, its origin (or "null", sandboxed).
      if (!frame || event.source !== frame.contentWindow) return;
      const expected = new URL(frame.src || here).origin;
      if (event.origin !== 'null' && event.origin !== expected) return;
      if (isResize(event.data)) frame.style.height = `${clampHeight(event.data.height)}px`;
    };

    connectedCallback() {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      if (!this.frame) {
        const style = document.createElement('style');
        style.textContent =
          ':host{display:block}iframe{display:block;width:100%;border:0;color-scheme:normal}p{font:inherit;color:#b91c1c}';
        const frame = document.createElement('iframe');
        frame.setAttribute('sandbox', 'allow-scripts');
        frame.setAttribute('loading', 'lazy');
        frame.setAttribute('referrerpolicy', 'strict-origin');
        frame.style.height = `${clampHeight(Number(this.getAttribute('height')) || 480)}px`;
        root.append(style, frame);
        this.frame = frame;
      }
      window.addEventListener('message', this.onMessage);
      if (typeof IntersectionObserver === 'undefined') this.load();
      else {
        this.observer = new IntersectionObserver(
          (entries) => {
            if (entries.some((e) => e.isIntersecting)) {
              this.near = true;
              this.observer?.disconnect();
              this.load();
            }
          },
          { rootMargin: '300px' },
        );
        this.observer.observe(this);
      }
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.onMessage);
      this.observer?.disconnect();
    }

    attributeChangedCallback() {
      if (this.near || (this.frame && this.frame.src)) this.load();
    }

    private scenario(): string | null {
      const attr = this.getAttribute('scenario');
      if (attr !== null) return attr;
      const inline = this.querySelector('script[type="text/plain"]');
      return inline ? dedent(inline.textContent ?? '') : null;
    }

    private load() {
      const frame = this.frame;
      if (!frame) return;
      const title = this.getAttribute('title') || 'Layercake player';
      frame.title = title;
      const url = frameUrl(
        this.getAttribute('player') || new URL('embed.html', here).href,
        {
          scenario: this.scenario(),
          src: this.getAttribute('src'),
          views: this.getAttribute('views'),
          theme: this.getAttribute('theme'),
          autoplay: this.getAttribute('autoplay'),
          edit: this.getAttribute('edit'),
          title,
        },
        location.origin,
        document.baseURI,
      );
      if (typeof url !== 'string') {
        const p = document.createElement('p');
        p.textContent = url.error;
        frame.replaceWith(p);
        this.frame = null;
        return;
      }
      if (frame.src !== url) frame.src = url;
    }
  }

  if (!customElements.get('layercake-player'))
    customElements.define('layercake-player', LayercakePlayer);
}

if (typeof HTMLElement !== 'undefined' && typeof customElements !== 'undefined') definePlayer();
